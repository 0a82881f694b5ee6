/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type { Language } from "../../../src/domain/common/language";
import { budgetTemplate } from "../../../src/domain/templates/budget";
import { dateToSerial } from "../../../src/domain/common/excelDate";
import { contentTemplate } from "../../../src/domain/templates/content";
import { dashboardTemplate } from "../../../src/domain/templates/dashboard";
import { goalsTemplate } from "../../../src/domain/templates/goals";
import { workbookError } from "../../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../../src/domain/workbook/workbookErrorCode";
import { TemplatesPanel } from "../../../src/taskpane/templates/TemplatesPanel";
import { FakeHost } from "../../support/fakeHost";
import { posts, postsFile } from "../../support/builders/records";

// Fluent's first renders can take seconds while other test files run in parallel.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const refused = workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
  excelCode: "AccessDenied",
  location: "Range.values",
  detail: "The sheet is protected.",
});

function renderPanel(host = new FakeHost(), language: Language = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesPanel host={host} language={language} />
    </FluentProvider>
  );
  return { host, user: userEvent.setup() };
}

/** The panel once it knows which templates the workbook has (the buttons are enabled then). */
async function renderReady(host = new FakeHost(), language: Language = "en") {
  const rendered = renderPanel(host, language);
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  return rendered;
}

const card = (title: string) => screen.getByRole("group", { name: title });

describe("the Templates tab", () => {
  it("shows the five templates, each with what it makes and what a refresh keeps", async () => {
    await renderReady();

    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(
      items.map((item) => within(item).getByRole("heading", { level: 3 }).textContent)
    ).toEqual([
      "KPI dashboard",
      "SMART goals",
      "Review cadence",
      "Budget allocation",
      "Content performance",
    ]);
    expect(
      within(card("SMART goals")).getByText(/A refresh keeps your goals, owners and notes/)
    ).toBeTruthy();
    expect(
      within(card("KPI dashboard")).getByText(
        /a period or platform chosen here replaces the sheet's cell/
      )
    ).toBeTruthy();
    expect(
      within(card("Budget allocation")).getByText(/currency comes from the Ads table/)
    ).toBeTruthy();
    expect(screen.getAllByText("Not in this workbook yet")).toHaveLength(5);
  });

  it("creates a template's sheet, names it, then offers to refresh it", async () => {
    const { host, user } = await renderReady();

    await user.click(screen.getByRole("button", { name: "Create SMART goals" }));

    const message = await screen.findByRole("group", { name: "Sheet created" });
    expect(message.textContent).toContain("The sheet “Goals” was added to the workbook.");
    expect(document.activeElement).toBe(message);
    expect(within(card("SMART goals")).getByText("In this workbook: sheet “Goals”")).toBeTruthy();
    expect(host.templates.get("goals")?.sheetName).toBe("Goals");

    await user.click(screen.getByRole("button", { name: "Refresh SMART goals" }));

    const refreshed = await screen.findByRole("group", { name: "Sheet refreshed" });
    expect(refreshed.textContent).toContain("what you typed in its input cells was kept");
    expect(host.calls.filter((call) => call === "applyTemplate")).toHaveLength(2);
  });

  it("says Refresh for a template the workbook already has, under the sheet's current name", async () => {
    const host = new FakeHost();
    host.sheetNames.push("Budget allocation");
    await host.applyTemplate((tables) => budgetTemplate(tables, "en"));

    await renderReady(host);

    expect(screen.getByRole("button", { name: "Refresh Budget allocation" })).toBeTruthy();
    expect(
      within(card("Budget allocation")).getByText(
        "In this workbook: sheet “Budget allocation (Social KPI)”"
      )
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create KPI dashboard" })).toBeTruthy();
  });

  it("passes the row counts typed in the pane to the templates' builders", async () => {
    const { host, user } = await renderReady();

    const goalRows = screen.getByRole("spinbutton", { name: "Goal rows" });
    await user.clear(goalRows);
    await user.type(goalRows, "5");
    await user.click(screen.getByRole("button", { name: "Create SMART goals" }));
    const groupRows = screen.getByRole("spinbutton", { name: "Platform and post type rows" });
    await user.clear(groupRows);
    await user.type(groupRows, "3");
    await user.click(screen.getByRole("button", { name: "Create Content performance" }));
    await screen.findByRole("group", { name: "Sheet created" });

    expect(host.templates.get("goals")?.spec).toEqual(goalsTemplate({}, "en", { rows: 5 }));
    expect(host.templates.get("content")?.spec).toEqual(
      contentTemplate({}, "en", { groupRows: 3 })
    );
  });

  it("passes the period and platform chosen on the dashboard's card to its builder", async () => {
    const { host, user } = await renderReady();
    const dashboard = within(card("KPI dashboard"));

    await user.type(dashboard.getByLabelText("Period start"), "2026-01-05");
    await user.type(dashboard.getByLabelText("Period end"), "2026-01-18");
    await user.selectOptions(dashboard.getByRole("combobox", { name: "Platform" }), "Instagram");
    await user.click(screen.getByRole("button", { name: "Create KPI dashboard" }));
    await screen.findByRole("group", { name: "Sheet created" });

    const period = { start: dateToSerial(2026, 1, 5), end: dateToSerial(2026, 1, 18) };
    expect(host.templates.get("dashboard")?.spec).toEqual(
      dashboardTemplate({}, "en", { period, platform: "instagram" })
    );
    expect(Object.fromEntries(host.templates.get("dashboard")?.inputs ?? [])).toEqual({
      B3: period.start,
      B4: period.end,
      B5: "Instagram",
    });
  });

  it("replaces on refresh what the user typed on the sheet with the options chosen, and only those", async () => {
    const host = new FakeHost();
    await host.applyTemplate((tables) => dashboardTemplate(tables, "en"));
    host.enter("Dashboard!B3", dateToSerial(2025, 6, 1));
    host.enter("Dashboard!B4", dateToSerial(2025, 6, 30));
    host.enter("Dashboard!B5", "x");
    const { user } = await renderReady(host);

    await user.selectOptions(
      within(card("KPI dashboard")).getByRole("combobox", { name: "Platform" }),
      "All platforms"
    );
    await user.click(screen.getByRole("button", { name: "Refresh KPI dashboard" }));
    await screen.findByRole("group", { name: "Sheet refreshed" });

    expect(Object.fromEntries(host.templates.get("dashboard")?.inputs ?? [])).toEqual({
      B3: dateToSerial(2025, 6, 1),
      B4: dateToSerial(2025, 6, 30),
      B5: "All",
    });
  });

  it("blocks an end before the start, and a lone date, saying what to fix", async () => {
    const { host, user } = await renderReady();
    const content = within(card("Content performance"));
    const create = screen.getByRole("button", { name: "Create Content performance" });

    await user.type(content.getByLabelText("Period start"), "2026-03-10");
    expect(content.getByText("Enter the end too, or clear both dates.")).toBeTruthy();
    expect(create).toHaveProperty("disabled", true);
    const end = content.getByLabelText("Period end");
    await user.type(end, "2026-03-09");

    expect(content.getByText("The end is before the start.")).toBeTruthy();
    expect(end.getAttribute("aria-invalid")).toBe("true");
    expect(create).toHaveProperty("disabled", true);
    await user.click(create);
    expect(host.calls).not.toContain("applyTemplate");

    await user.clear(end);
    await user.type(end, "2026-03-31");
    expect(content.queryByText("The end is before the start.")).toBeNull();
    await user.click(create);
    await screen.findByRole("group", { name: "Sheet created" });
    expect(host.templates.get("content")?.inputs.get("C3")).toBe(dateToSerial(2026, 3, 31));
  });

  it("writes the currency chosen on the budget card, and leaves it to the data by default", async () => {
    const { host, user } = await renderReady();
    const currency = within(card("Budget allocation")).getByRole("combobox", { name: "Currency" });

    expect((currency as HTMLSelectElement).value).toBe("");
    expect(within(currency).getByRole("option", { name: "From the data" })).toBeTruthy();
    await user.selectOptions(currency, "CHF – Swiss franc");
    await user.click(screen.getByRole("button", { name: "Create Budget allocation" }));
    await screen.findByRole("group", { name: "Sheet created" });

    expect(host.templates.get("budget")?.spec).toEqual(
      budgetTemplate({}, "en", { currency: "CHF" })
    );
    expect(host.templates.get("budget")?.inputs.get("C3")).toBe("CHF");
  });

  it("keeps the options chosen when Excel refuses the template, so it can be tried again", async () => {
    const host = new FakeHost();
    const { user } = await renderReady(host);
    const currency = within(card("Budget allocation")).getByRole("combobox", { name: "Currency" });
    await user.selectOptions(currency, "USD – US dollar");
    host.failNext = refused;

    await user.click(screen.getByRole("button", { name: "Create Budget allocation" }));
    await screen.findByRole("group", { name: "Budget allocation was not applied" });

    expect((currency as HTMLSelectElement).value).toBe("USD");
    await user.click(screen.getByRole("button", { name: "Create Budget allocation" }));
    await screen.findByRole("group", { name: "Sheet created" });
    expect(host.templates.get("budget")?.inputs.get("C3")).toBe("USD");
  });

  it("builds a template from the tables the workbook has when it is applied", async () => {
    const host = new FakeHost();
    const { user } = await renderReady(host);
    await host.writeImport(postsFile(posts(2)));

    await user.click(screen.getByRole("button", { name: "Create Content performance" }));
    await screen.findByRole("group", { name: "Sheet created" });

    expect(host.templates.get("content")?.spec).toEqual(
      contentTemplate({ posts: "Posts", importLog: "ImportLog" }, "en", { groupRows: 12 })
    );
  });

  it("refuses a row count outside its bounds, saying which are allowed", async () => {
    const { host, user } = await renderReady();

    const goalRows = screen.getByRole("spinbutton", { name: "Goal rows" });
    await user.clear(goalRows);
    await user.type(goalRows, "500");

    expect(
      within(card("SMART goals")).getByText("Enter a whole number from 1 to 100.")
    ).toBeTruthy();
    expect(goalRows.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("button", { name: "Create SMART goals" })).toHaveProperty(
      "disabled",
      true
    );
    expect(host.calls).not.toContain("applyTemplate");
  });

  it("shows Excel's refusal in the user's language and keeps offering to create", async () => {
    const host = new FakeHost();
    const { user } = await renderReady(host);
    host.failNext = refused;

    await user.click(screen.getByRole("button", { name: "Create Review cadence" }));

    const message = await screen.findByRole("group", { name: "Review cadence was not applied" });
    expect(message.textContent).toContain(
      "Excel refused the request (AccessDenied at Range.values): The sheet is protected."
    );
    expect(document.activeElement).toBe(message);
    expect(screen.getByRole("button", { name: "Create Review cadence" })).toBeTruthy();
    expect(host.templates.has("cadence")).toBe(false);
  });

  it("disables every button while a template is being applied", async () => {
    const host = new FakeHost();
    let finish: () => void = () => undefined;
    const applyTemplate = host.applyTemplate.bind(host);
    host.applyTemplate = (template) =>
      new Promise((resolve) => {
        finish = () => resolve(applyTemplate(template));
      });
    const { user } = await renderReady(host);

    await user.click(screen.getByRole("button", { name: "Create KPI dashboard" }));

    const buttons = within(screen.getByRole("list")).getAllByRole("button");
    expect(buttons.every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(within(card("KPI dashboard")).getByText("Applying…")).toBeTruthy();
    finish();
    await screen.findByRole("group", { name: "Sheet created" });
    expect(screen.getByRole("button", { name: "Refresh KPI dashboard" })).toHaveProperty(
      "disabled",
      false
    );
  });

  it("still applies templates when it cannot tell which the workbook has, and says why", async () => {
    const host = new FakeHost();
    host.failNext = refused;
    const { user } = await renderReady(host);

    expect(
      screen.getByRole("group", { name: "Could not tell which templates this workbook has" })
        .textContent
    ).toContain("Excel refused the request (AccessDenied at Range.values)");
    await user.click(screen.getByRole("button", { name: "Create or refresh SMART goals" }));

    expect(await screen.findByRole("group", { name: "Sheet created" })).toBeTruthy();
  });

  it("speaks French: cards, buttons, the sheet's French name and Excel's error", async () => {
    const host = new FakeHost();
    const { user } = await renderReady(host, "fr");

    expect(screen.getByRole("heading", { level: 2, name: "Modèles de feuilles" })).toBeTruthy();
    expect(
      within(card("Objectifs SMART")).getByText(/Une actualisation garde vos objectifs/)
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Créer Objectifs SMART" }));

    const message = await screen.findByRole("group", { name: "Feuille créée" });
    expect(message.textContent).toContain("La feuille « Objectifs » a été ajoutée au classeur.");
    expect(host.templates.get("goals")?.spec).toEqual(goalsTemplate({}, "fr", { rows: 20 }));

    host.failNext = refused;
    await user.click(screen.getByRole("button", { name: "Actualiser Objectifs SMART" }));
    const error = await screen.findByRole("group", {
      name: "Objectifs SMART n'a pas été appliqué",
    });
    expect(error.textContent).toContain("Excel a refusé la requête (AccessDenied à Range.values)");
  });

  it("speaks French in the options: dates, platforms, currencies and what to fix", async () => {
    const host = new FakeHost();
    const { user } = await renderReady(host, "fr");
    const dashboard = within(card("Tableau de bord KPI"));

    expect(
      dashboard.getByText(/une période ou une plateforme choisie ici remplace la cellule/)
    ).toBeTruthy();
    const platform = dashboard.getByRole("combobox", { name: "Plateforme" });
    expect(
      within(platform)
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual([
      "Comme sur la feuille",
      "Toutes les plateformes",
      "Facebook",
      "Instagram",
      "X",
      "LinkedIn",
      "TikTok",
      "YouTube",
    ]);
    await user.type(dashboard.getByLabelText("Début de période"), "2026-02-10");
    await user.type(dashboard.getByLabelText("Fin de période"), "2026-02-01");
    expect(dashboard.getByText("La fin est avant le début.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Créer Tableau de bord KPI" })).toHaveProperty(
      "disabled",
      true
    );

    await user.selectOptions(platform, "Toutes les plateformes");
    await user.clear(dashboard.getByLabelText("Début de période"));
    await user.clear(dashboard.getByLabelText("Fin de période"));
    await user.click(screen.getByRole("button", { name: "Créer Tableau de bord KPI" }));
    await screen.findByRole("group", { name: "Feuille créée" });
    expect(host.templates.get("dashboard")?.inputs.get("B5")).toBe("Toutes");
    expect(
      within(
        within(card("Répartition du budget")).getByRole("combobox", { name: "Devise" })
      ).getByRole("option", { name: "GBP – livre sterling" })
    ).toBeTruthy();
  });

  it("has no accessibility violations axe can find, every control labelled", async () => {
    await renderReady();

    const results = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });

    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
