/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { kpiRegistry } from "../../src/domain/kpi/registry";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../support/fakeHost";

const renderApp = (language: "en" | "fr") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} host={new FakeHost()} />
    </FluentProvider>
  );

describe("App", () => {
  it("lists every KPI function with its arguments in English", () => {
    renderApp("en");
    const section = screen.getByRole("region", { name: "KPI functions" });
    const items = within(section).getAllByRole("listitem");
    expect(items).toHaveLength(Object.keys(kpiRegistry).length);
    expect(within(section).getByText("=KPI.CTR(clicks, impressions)")).toBeTruthy();
  });

  it("speaks French to a French Office, with French function names", () => {
    renderApp("fr");
    expect(screen.getByRole("heading", { level: 1, name: "Social KPI" })).toBeTruthy();
    const section = screen.getByRole("region", { name: "Fonctions KPI" });
    expect(within(section).getByText("=KPI.TAUX_ENGAGEMENT(interactions, base)")).toBeTruthy();
  });

  it("shows the native formula a workbook can use without the add-in", () => {
    renderApp("en");
    expect(screen.getByText(/=IF\(AND\(clicks="",impressions=""\)/)).toBeTruthy();
  });
});
