/** @jest-environment jsdom */
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../support/fakeHost";
import { InlineWorker } from "./import/inlineWorker";

// Imports read real exports through the real importer: seconds on a busy machine.
jest.setTimeout(30_000);

// jsdom has no Web Workers: the pane's worker runs the importer inline, held back when a test asks.
let mockNextWorker = () => new InlineWorker();
jest.mock("../../src/taskpane/import/createImportWorker", () => ({
  createImportWorker: () => mockNextWorker(),
}));
afterEach(() => {
  mockNextWorker = () => new InlineWorker();
});

const renderApp = (language: "en" | "fr", host = new FakeHost()) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} host={host} />
    </FluentProvider>
  );

const EXPORT = "Mar-18-2025_Apr-14-2025_1019826952924933.csv";

/** Picks an Instagram export in the Import tab, as the user would. */
async function importExport(view: ReturnType<typeof renderApp>) {
  const input = view.container.querySelector<HTMLInputElement>("input[type=file]");
  if (!input) throw new Error("no file input");
  const path = join(__dirname, "../fixtures/exports/instagram/mbs-posts-2025", EXPORT);
  await userEvent.setup().upload(input, new File([readFileSync(path)], EXPORT));
}

/** The export's card once it says it was imported, with the import's summary. */
async function importedCard(): Promise<HTMLElement> {
  const card = await screen.findByRole("region", { name: EXPORT }, { timeout: 20_000 });
  await within(card).findByText("Imported", {}, { timeout: 20_000 });
  expect(within(card).getByRole("table", { name: "What the import did" })).toBeTruthy();
  return card;
}

/** Opens a feature's tab as the user would. */
const openTab = (name: string) => userEvent.setup().click(screen.getByRole("tab", { name }));

describe("App", () => {
  it("opens on the Import tab, the features in the order of the work", () => {
    renderApp("en");
    const inOrder = ["Import", "Templates", "Goals", "Functions"].map((name) =>
      screen.getByRole("tab", { name })
    );
    expect(screen.getAllByRole("tab")).toEqual(inOrder);
    expect(screen.getByRole("tab", { name: "Import", selected: true })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Choose files" })).toBeTruthy();
  });

  it("shows a tab's panel labelled by the tab once it is chosen", async () => {
    renderApp("en");
    await openTab("Functions");
    const tab = screen.getByRole("tab", { name: "Functions", selected: true });
    const panel = screen.getByRole("tabpanel", { name: "Functions" });
    expect(tab.getAttribute("aria-controls")).toBe(panel.id);
    // The reference is downloaded when the tab is first opened.
    expect(await within(panel).findByRole("region", { name: "KPI functions" })).toBeTruthy();
    expect(within(panel).getByText("KPI.CTR(clicks, impressions)")).toBeTruthy();
  });

  it("speaks French to a French Office, with French function names", async () => {
    renderApp("fr");
    expect(screen.getByRole("heading", { level: 1, name: "Social KPI" })).toBeTruthy();
    await openTab("Fonctions");
    const section = await screen.findByRole("region", { name: "Fonctions KPI" });
    expect(within(section).getByText("KPI.TAUX_ENGAGEMENT(interactions; base)")).toBeTruthy();
  });

  it("keeps the import's cards and summary when the user leaves the Import tab and comes back", async () => {
    const host = new FakeHost();
    const view = renderApp("en", host);
    await importExport(view);
    await importedCard();

    await openTab("Functions");
    await screen.findByRole("region", { name: "KPI functions" });
    // The Import tab's panel is kept but hidden: neither announced nor reachable with the keyboard.
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
    expect(screen.queryByRole("region", { name: EXPORT })).toBeNull();
    expect(screen.queryByRole("button", { name: "Choose files" })).toBeNull();

    await openTab("Import");
    const card = await importedCard();
    expect(within(card).getByText("Instagram")).toBeTruthy();
    expect(host.calls.filter((call) => call === "writeImport")).toHaveLength(1);
  });

  it("lands the summary of an import still running when the user switched tabs", async () => {
    const worker = new InlineWorker(true);
    mockNextWorker = () => worker;
    const host = new FakeHost();
    const view = renderApp("en", host);
    await importExport(view);
    await within(await screen.findByRole("region", { name: EXPORT })).findByText("Reading");

    await openTab("Goals");
    worker.release();
    await waitFor(() => expect(host.calls).toContain("writeImport"), { timeout: 20_000 });
    await openTab("Import");

    await importedCard();
  });
});
