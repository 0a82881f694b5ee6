/** @jest-environment jsdom */
import "../jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type { Language } from "../../../src/domain/common/language";
import { kpiRegistry } from "../../../src/domain/kpi/registry";
import { workbookError } from "../../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../../src/domain/workbook/workbookErrorCode";
import { FunctionsPanel } from "../../../src/taskpane/functions/FunctionsPanel";
import { FakeHost } from "../../support/fakeHost";

// Every test renders the 31 functions' Fluent cards, which jsdom takes seconds to build when the
// suites run in parallel.
jest.setTimeout(20_000);

const renderPanel = (language: Language, host = new FakeHost()) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <FunctionsPanel language={language} host={host} />
    </FluentProvider>
  );
  return host;
};

const reference = (name: string) => within(screen.getByRole("region", { name })).getByRole("list");

const locked = workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
  excelCode: "AccessDenied",
  detail: "The cell is locked.",
});

const CTR_NATIVE = '=IF(AND(C2="",D2=""),"",IF(MIN(C2,D2)<0,SQRT(-1),C2/D2))';

describe("the Functions tab's reference", () => {
  it("lists every KPI function with its signature, example, result and native formula", () => {
    renderPanel("en");
    const items = within(reference("KPI functions")).getAllByRole("listitem");
    expect(items).toHaveLength(Object.keys(kpiRegistry).length);
    const ctr = items.find((item) => within(item).queryByText("KPI.CTR(clicks, impressions)"));
    expect(ctr).toBeDefined();
    const card = within(ctr as HTMLElement);
    expect(card.getByText("=KPI.CTR(34, 1000)")).toBeTruthy();
    expect(card.getByText(/→ 3\.4%/)).toBeTruthy();
    expect(
      card.getByText(
        '=IF(AND(clicks="",impressions=""),"",IF(MIN(clicks,impressions)<0,SQRT(-1),clicks/impressions))'
      )
    ).toBeTruthy();
    expect(screen.getByText("31 of 31 functions")).toBeTruthy();
  });

  it("says a function has no native formula where Excel has none", () => {
    renderPanel("en");
    const items = within(reference("KPI functions")).getAllByRole("listitem");
    const sentiment = items.find((item) => within(item).queryByText(/^KPI\.SENTIMENT\(/));
    expect(within(sentiment as HTMLElement).getByText(/none in Excel/)).toBeTruthy();
  });

  it("narrows the list to the functions whose name, in either language, or description matches", async () => {
    const user = userEvent.setup();
    renderPanel("en");
    const search = screen.getByRole("searchbox", { name: "Search the functions" });
    await user.click(search);
    await user.paste("taux clic");
    const list = reference("KPI functions");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).getByText("KPI.CTR(clicks, impressions)")).toBeTruthy();
    expect(screen.getByText("1 of 31 functions")).toBeTruthy();

    await user.clear(search);
    await user.paste("cost per");
    const names = within(list)
      .getAllByRole("listitem")
      .map((item) => /^KPI\.\w+/.exec(item.textContent ?? "")?.[0]);
    expect(names).toEqual(["KPI.CPC", "KPI.CPM", "KPI.CPA", "KPI.CPE"]);
  });

  it("says so when no function matches", async () => {
    const user = userEvent.setup();
    renderPanel("en");
    await user.click(screen.getByRole("searchbox", { name: "Search the functions" }));
    await user.paste("zzz");
    expect(within(reference("KPI functions")).queryAllByRole("listitem")).toHaveLength(0);
    expect(screen.getByText("No function matches “zzz”.")).toBeTruthy();
  });

  it("shows French names, ; separators and decimal commas in a French Excel", () => {
    renderPanel("fr");
    const list = reference("Fonctions KPI");
    expect(within(list).getByText("KPI.TAUX_CLIC(clics; impressions)")).toBeTruthy();
    expect(within(list).getByText("=KPI.TAUX_CLIC(34; 1000)")).toBeTruthy();
    expect(within(list).getByText(/→ 3,4%/)).toBeTruthy();
    expect(
      within(list).getByText(
        '=SI(ET(clics="";impressions="");"";SI(MIN(clics;impressions)<0;RACINE(-1);clics/impressions))'
      )
    ).toBeTruthy();
    expect(within(list).getByText(/→ À risque/)).toBeTruthy();
    expect(within(list).queryByText(/=KPI\.CTR\(/)).toBeNull();
  });

  it("finds a function by its English name in a French Excel", async () => {
    const user = userEvent.setup();
    renderPanel("fr");
    await user.click(screen.getByRole("searchbox", { name: "Rechercher une fonction" }));
    await user.paste("=KPI.CTR");
    const items = within(reference("Fonctions KPI")).getAllByRole("listitem");
    expect(items.map((item) => /^KPI\.\w+/.exec(item.textContent ?? "")?.[0])).toEqual([
      "KPI.TAUX_CLIC",
    ]);
    expect(screen.getByText("1 fonction sur 31")).toBeTruthy();
  });
});

describe("inserting a function's example", () => {
  it("writes the example into the selected cell and says where", async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.selection = "Data!C4";
    renderPanel("en", host);
    await user.click(screen.getByRole("button", { name: "Insert into selected cell: KPI.CTR" }));
    expect(host.cells.get("Data!C4")).toBe("=KPI.CTR(34, 1000)");
    expect(await screen.findByText("Inserted into Data!C4.")).toBeTruthy();
  });

  it("writes the en-US formula Excel stores from a French pane too", async () => {
    const user = userEvent.setup();
    const host = renderPanel("fr");
    await user.click(
      screen.getByRole("button", { name: "Insérer dans la cellule sélectionnée : KPI.TAUX_CLIC" })
    );
    expect(host.cells.get("Sheet1!A1")).toBe("=KPI.CTR(34, 1000)");
    expect(await screen.findByText("Insérée dans Sheet1!A1.")).toBeTruthy();
  });

  it("says why Excel refused, in the user's language", async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.failNext = locked;
    renderPanel("fr", host);
    await user.click(
      screen.getByRole("button", { name: "Insérer dans la cellule sélectionnée : KPI.TAUX_CLIC" })
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Excel a refusé la requête (AccessDenied) : The cell is locked."
    );
    expect(host.cells.size).toBe(0);
  });
});

describe("converting KPI formulas to native formulas", () => {
  const workbook = () => {
    const host = new FakeHost();
    host.selection = "Sheet1!B2";
    host.enter("Sheet1!B2", "=KPI.CTR(C2,D2)");
    host.enter("Sheet1!B3", "=KPI.SENTIMENT(A3)");
    host.enter("Sheet1!B4", "=KPI.CTR(C2:C9,D2:D9)");
    host.enter("Sheet2!B2", "=KPI.CTR(C2,D2)");
    return host;
  };

  it("converts the selection by default and reports the new formula", async () => {
    const user = userEvent.setup();
    const host = renderPanel("en", workbook());
    await user.click(screen.getByRole("button", { name: "Convert KPI formulas" }));
    expect(await screen.findByText("1 cell converted, 0 function calls kept.")).toBeTruthy();
    const converted = screen.getByRole("list", { name: "Converted" });
    expect(within(converted).getByText(CTR_NATIVE)).toBeTruthy();
    expect(converted.textContent).toContain("Sheet1!B2:");
    expect(host.cells.get("Sheet1!B2")).toBe(CTR_NATIVE);
    expect(host.cells.get("Sheet1!B3")).toBe("=KPI.SENTIMENT(A3)");
  });

  it("converts the active sheet when asked, and says which calls it kept and why", async () => {
    const user = userEvent.setup();
    const host = renderPanel("en", workbook());
    await user.click(screen.getByRole("radio", { name: "Active sheet" }));
    await user.click(screen.getByRole("button", { name: "Convert KPI formulas" }));
    expect(await screen.findByText("2 cells converted, 1 function call kept.")).toBeTruthy();
    const converted = screen.getByRole("list", { name: "Converted" });
    expect(within(converted).getAllByRole("listitem")).toHaveLength(2);
    expect(converted.textContent).toContain("needs Excel 365 or 2024");
    const kept = screen.getByRole("list", { name: "Kept" });
    expect(kept.textContent).toBe(
      "Sheet1!B3: KPI.SENTIMENT has no equivalent in Excel's own functions."
    );
    expect(host.cells.get("Sheet2!B2")).toBe("=KPI.CTR(C2,D2)");
  });

  it("reports in French with the formulas as a French Excel shows them", async () => {
    const user = userEvent.setup();
    renderPanel("fr", workbook());
    await user.click(screen.getByRole("radio", { name: "La feuille active" }));
    await user.click(screen.getByRole("button", { name: "Convertir les formules KPI" }));
    expect(
      await screen.findByText("2 cellules converties, 1 appel de fonction conservé.")
    ).toBeTruthy();
    const converted = screen.getByRole("list", { name: "Converties" });
    expect(
      within(converted).getByText('=SI(ET(C2="";D2="");"";SI(MIN(C2;D2)<0;RACINE(-1);C2/D2))')
    ).toBeTruthy();
    expect(screen.getByRole("list", { name: "Conservées" }).textContent).toBe(
      "Sheet1!B3: KPI.SENTIMENT n'a pas d'équivalent parmi les fonctions d'Excel."
    );
  });

  it("says when there was nothing to convert", async () => {
    const user = userEvent.setup();
    renderPanel("en");
    await user.click(screen.getByRole("button", { name: "Convert KPI formulas" }));
    expect(await screen.findByText("No KPI formula found.")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Converted" })).toBeNull();
  });

  it("says why Excel refused, and changes nothing", async () => {
    const user = userEvent.setup();
    const host = workbook();
    host.failNext = locked;
    renderPanel("en", host);
    await user.click(screen.getByRole("button", { name: "Convert KPI formulas" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Excel refused the request (AccessDenied): The cell is locked.");
    expect(host.cells.get("Sheet1!B2")).toBe("=KPI.CTR(C2,D2)");
  });
});

describe("the Functions tab's accessibility", () => {
  it("breaks no axe-core rule with a report, an insert message and a search shown", async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.enter("Sheet1!A1", "=KPI.SENTIMENT(B1)");
    renderPanel("en", host);
    // Narrowed to one function: axe takes seconds per card in jsdom.
    await user.click(screen.getByRole("searchbox", { name: "Search the functions" }));
    await user.paste("cpc");
    await user.click(screen.getByRole("button", { name: "Convert KPI formulas" }));
    await screen.findByRole("list", { name: "Kept" });
    await user.click(screen.getByRole("button", { name: "Insert into selected cell: KPI.CPC" }));
    await screen.findByText("Inserted into Sheet1!A1.");
    // Colour contrast needs layout, which jsdom does not do; Fluent's tokens are its guarantee.
    const results = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
