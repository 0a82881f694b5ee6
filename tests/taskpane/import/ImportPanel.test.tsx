/** @jest-environment jsdom */
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../../src/domain/common/language";
import type { ImportedFile } from "../../../src/domain/workbook/importedFile";
import { workbookError } from "../../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../../src/domain/workbook/workbookErrorCode";
import type { ImportWorker } from "../../../src/taskpane/import/importWorkerProtocol";
import { ImportPanel } from "../../../src/taskpane/import/ImportPanel";
import { FakeHost } from "../../support/fakeHost";
import { InlineWorker } from "./inlineWorker";

const fixtures = join(__dirname, "../../fixtures/exports");

// Each test imports real exports through the real importer and host fake: seconds on a busy machine.
jest.setTimeout(30_000);

/** A fixture as the File a user would drop or pick. */
function fixture(path: string): File {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return new File([readFileSync(join(fixtures, path))], name);
}

const INSTAGRAM = "instagram/mbs-posts-2025/Mar-18-2025_Apr-14-2025_1019826952924933.csv";
const HOOTSUITE = "unknown/generic-proposal/hootsuite_post_export.csv";
const TRUNCATED = "unknown/truncated-xlsx/report.xlsx";

function renderPanel(
  options: { language?: Language; host?: FakeHost; worker?: () => ImportWorker } = {}
) {
  const host = options.host ?? new FakeHost();
  const createWorker = options.worker ?? (() => new InlineWorker());
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel language={options.language ?? "en"} host={host} createWorker={createWorker} />
    </FluentProvider>
  );
  const input = view.container.querySelector<HTMLInputElement>("input[type=file]");
  if (!input) throw new Error("no file input");
  return { host, input, view };
}

/** The card of an imported file, once its status reads `status`. */
async function cardOf(name: string, status: string): Promise<HTMLElement> {
  const card = await screen.findByRole("region", { name }, { timeout: 20_000 });
  await within(card).findAllByText(status, {}, { timeout: 20_000 });
  return card;
}

describe("the Import tab", () => {
  it("imports a known export and shows what it found, its first rows and the summary", async () => {
    const user = userEvent.setup();
    const { host, input } = renderPanel();

    await user.upload(input, fixture(INSTAGRAM));

    const card = await cardOf(INSTAGRAM.split("/").pop() ?? "", "Imported");
    expect(within(card).getByText("Instagram")).toBeTruthy();
    expect(within(card).getByText("meta-business-suite/instagram-posts")).toBeTruthy();
    const preview = within(card).getByRole("table", { name: "First rows (posts)" });
    expect(within(preview).getAllByRole("row").length).toBeGreaterThan(1);
    expect(within(preview).getByRole("columnheader", { name: "Post ID" })).toBeTruthy();

    const summary = within(card).getByRole("table", { name: "What the import did" });
    const posts = host.tables.get("posts")?.rows.length ?? 0;
    expect(posts).toBeGreaterThan(0);
    expect(
      within(summary).getByRole("row", { name: new RegExp(`^Posts ${posts} 0 0 0`) })
    ).toBeTruthy();

    await user.click(within(card).getByRole("button", { name: "Open the import log" }));
    expect(host.activeSheet.sheet).toBe("Import log");
  });

  it("imports several files one at a time, dropped on the drop zone", async () => {
    const { host, view } = renderPanel();
    const zone = view.container.querySelector("[data-drop-zone]");
    if (!zone) throw new Error("no drop zone");

    fireEvent.drop(zone, { dataTransfer: { files: [fixture(INSTAGRAM), fixture(TRUNCATED)] } });

    await cardOf("report.xlsx", "Not imported");
    await cardOf(INSTAGRAM.split("/").pop() ?? "", "Imported");
    expect(host.calls.filter((call) => call === "writeImport")).toHaveLength(1);
  });

  it("shows a damaged file's error and imports nothing from it", async () => {
    const user = userEvent.setup();
    const { host, input } = renderPanel();

    await user.upload(input, fixture(TRUNCATED));

    const card = await cardOf("report.xlsx", "Not imported");
    expect(
      within(card).getByText(
        "The spreadsheet cannot be read: the file is incomplete (cut short or damaged)."
      )
    ).toBeTruthy();
    expect(within(card).getByText("Error")).toBeTruthy();
    expect(within(card).getByText("Nothing from this file was imported.")).toBeTruthy();
    expect(host.calls).not.toContain("writeImport");
  });

  it("proposes a mapping for an unknown file, which the user corrects and confirms", async () => {
    const user = userEvent.setup();
    const { host, input } = renderPanel();

    await user.upload(input, fixture(HOOTSUITE));

    const card = await cardOf("hootsuite_post_export.csv", "Needs a column mapping");
    const impressions = await within(card).findByRole("combobox", {
      name: "Field for column Impressions",
    });
    expect((impressions as HTMLSelectElement).value).toBe("impressions");
    const mood = within(card).getByRole("combobox", { name: "Field for column Mood" });
    expect((mood as HTMLSelectElement).value).toBe("");
    expect(within(card).getAllByText("90%").length).toBeGreaterThan(0);
    expect(within(impressions).getByRole("option", { name: "Post ID (required)" })).toBeTruthy();
    expect(host.calls).not.toContain("writeImport");

    await user.selectOptions(impressions, "Reach");
    await user.click(within(card).getByRole("button", { name: "Import with this mapping" }));

    const imported = await cardOf("hootsuite_post_export.csv", "Imported");
    expect(within(imported).getByText("2 posts")).toBeTruthy();
    const written = await host.readTables(["posts"]);
    expect(written).toMatchObject({
      posts: [
        { postId: "https://www.instagram.com/p/abc/", reach: 1200, impressions: null },
        { postId: "https://www.instagram.com/p/abd/", reach: 900, impressions: null },
      ],
    });
  });

  it("will not import a mapping without a required field, and says which", async () => {
    const user = userEvent.setup();
    const { input } = renderPanel();
    await user.upload(input, fixture(HOOTSUITE));
    const card = await cardOf("hootsuite_post_export.csv", "Needs a column mapping");

    const url = await within(card).findByRole("combobox", { name: "Field for column Post URL" });
    await user.selectOptions(url, "Not imported");

    expect(
      within(card).getByText("Map a column to Post ID: without it, no row can be imported.")
    ).toBeTruthy();
    const confirm = within(card).getByRole("button", { name: "Import with this mapping" });
    expect(confirm.getAttribute("aria-disabled")).toBe("true");
  });

  it("shows a progress bar naming the file while it is read", async () => {
    const user = userEvent.setup();
    const worker = new InlineWorker(true);
    const { input } = renderPanel({ worker: () => worker });

    await user.upload(input, fixture(INSTAGRAM));

    const bar = await screen.findByRole("progressbar", {
      name: `Reading ${INSTAGRAM.split("/").pop() ?? ""}`,
    });
    expect(bar).toBeTruthy();
    worker.release();
    await cardOf(INSTAGRAM.split("/").pop() ?? "", "Imported");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("speaks French: labels, issues, mapping fields and the summary", async () => {
    const user = userEvent.setup();
    const { input } = renderPanel({ language: "fr" });
    expect(screen.getByRole("heading", { name: "Importer des exports" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Importer depuis la feuille active" })).toBeTruthy();

    await user.upload(input, [fixture(HOOTSUITE), fixture(INSTAGRAM)]);

    const unknown = await cardOf(
      "hootsuite_post_export.csv",
      "Correspondance des colonnes à vérifier"
    );
    expect(
      within(unknown).getByText(/La disposition du fichier n'est pas celle d'un export connu/)
    ).toBeTruthy();
    const field = await within(unknown).findByRole("combobox", {
      name: "Champ de la colonne Post URL",
    });
    expect(within(field).getByRole("option", { name: "Lien permanent" })).toBeTruthy();
    expect(
      within(field).getByRole("option", { name: "ID de la publication (obligatoire)" })
    ).toBeTruthy();
    const exactly = { normalizer: (text: string) => text };
    expect(within(unknown).getAllByText("90\u202f%", exactly).length).toBeGreaterThan(0);

    const known = await cardOf(INSTAGRAM.split("/").pop() ?? "", "Importé");
    expect(within(known).getByRole("table", { name: "Ce que l'importation a fait" })).toBeTruthy();
    expect(within(known).getByRole("columnheader", { name: "Ajoutées" })).toBeTruthy();
    expect(
      within(known).getByRole("button", { name: "Ouvrir le journal des importations" })
    ).toBeTruthy();
  });

  it("shows Excel's refusal in the user's language and that nothing was written", async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.failNext = workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
      excelCode: "AccessDenied",
      detail: "La feuille est protégée.",
    });
    const { input } = renderPanel({ host, language: "fr" });

    await user.upload(input, fixture(INSTAGRAM));

    const card = await cardOf(INSTAGRAM.split("/").pop() ?? "", "Excel a refusé l'importation");
    expect(
      within(card).getByText(
        "Excel a refusé la requête (AccessDenied) : La feuille est protégée. Aucune ligne de ce fichier n'a été écrite."
      )
    ).toBeTruthy();
    expect(host.tables.size).toBe(0);
  });

  it("says what was and was not written when Excel refuses an import part-way", async () => {
    const user = userEvent.setup();
    class RefusingHost extends FakeHost {
      override async writeImport(file: ImportedFile) {
        await super.writeImport(file);
        return {
          ...workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
            excelCode: "RequestPayloadSizeLimitExceeded",
            detail: "The request payload size has exceeded the limit.",
          }),
          written: { tables: [{ table: "Posts", rows: 2 }], rows: 2, total: 3 },
        };
      }
    }
    const { input } = renderPanel({ host: new RefusingHost() });

    await user.upload(input, fixture(INSTAGRAM));

    const card = await cardOf(INSTAGRAM.split("/").pop() ?? "", "Excel refused the import");
    expect(
      within(card).getByText(/Before Excel refused, 2 of 3 rows were written \(Posts: 2\)/)
    ).toBeTruthy();
    expect(within(card).queryByRole("table", { name: "What the import did" })).toBeNull();
  });

  it("imports the sheet the user has open through the same import", async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.activeSheet = {
      sheet: "Analytics",
      values: [
        ["Date", "Views"],
        ["2020-06-10", 3342],
        ["2020-06-11", 120],
      ],
      firstRow: 1,
    };
    renderPanel({ host });

    await user.click(screen.getByRole("button", { name: "Import from the current sheet" }));

    const card = await cardOf("Analytics", "Imported");
    expect(within(card).getByText("YouTube")).toBeTruthy();
    expect(host.tables.get("daily")?.rows).toHaveLength(2);
  });

  it("says when the current sheet cannot be read", async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.failNext = workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
      excelCode: "ResponsePayloadSizeLimitExceeded",
      detail: "The response is too large.",
    });
    renderPanel({ host });

    await user.click(screen.getByRole("button", { name: "Import from the current sheet" }));

    expect(
      await screen.findByText(
        "The current sheet could not be read. Excel refused the request (ResponsePayloadSizeLimitExceeded): The response is too large."
      )
    ).toBeTruthy();
  });

  it("says when the import log cannot be shown", async () => {
    const user = userEvent.setup();
    const { host, input } = renderPanel();
    await user.upload(input, fixture(INSTAGRAM));
    const card = await cardOf(INSTAGRAM.split("/").pop() ?? "", "Imported");
    host.tables.delete("importLog");

    await user.click(within(card).getByRole("button", { name: "Open the import log" }));

    await waitFor(() =>
      expect(screen.getByText(/The workbook has no ImportLog table/)).toBeTruthy()
    );
  });
});
