/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../support/fakeHost";

const renderApp = (language: "en" | "fr") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} host={new FakeHost()} />
    </FluentProvider>
  );

/** Opens a feature's tab as the user would. */
const openTab = (name: string) => userEvent.setup().click(screen.getByRole("tab", { name }));

describe("App", () => {
  it("opens on the Import tab", () => {
    renderApp("en");
    expect(screen.getAllByRole("tab")[0]?.textContent).toBe("Import");
    expect(screen.getByRole("tab", { name: "Import" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("button", { name: "Choose files" })).toBeTruthy();
  });

  it("lists every KPI function with its arguments in English", async () => {
    renderApp("en");
    await openTab("Functions");
    const section = screen.getByRole("region", { name: "KPI functions" });
    const items = within(section).getAllByRole("listitem");
    expect(items).toHaveLength(Object.keys(kpiRegistry).length);
    expect(within(section).getByText("=KPI.CTR(clicks, impressions)")).toBeTruthy();
  });

  it("speaks French to a French Office, with French function names", async () => {
    renderApp("fr");
    await openTab("Fonctions");
    expect(screen.getByRole("heading", { level: 1, name: "Social KPI" })).toBeTruthy();
    const section = screen.getByRole("region", { name: "Fonctions KPI" });
    expect(within(section).getByText("=KPI.TAUX_ENGAGEMENT(interactions, base)")).toBeTruthy();
  });

  it("shows the native formula a workbook can use without the add-in", async () => {
    renderApp("en");
    await openTab("Functions");
    expect(screen.getByText(/=IF\(AND\(clicks="",impressions=""\)/)).toBeTruthy();
  });
});
