/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../support/fakeHost";

jest.setTimeout(20_000);

const renderApp = (language: "en" | "fr") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} host={new FakeHost()} />
    </FluentProvider>
  );

describe("App", () => {
  it("opens on the Functions tab, its panel labelled by the tab", () => {
    renderApp("en");
    const tab = screen.getByRole("tab", { name: "Functions", selected: true });
    const panel = screen.getByRole("tabpanel", { name: "Functions" });
    expect(tab.getAttribute("aria-controls")).toBe(panel.id);
    expect(within(panel).getByRole("region", { name: "KPI functions" })).toBeTruthy();
    expect(within(panel).getByText("KPI.CTR(clicks, impressions)")).toBeTruthy();
  });

  it("speaks French to a French Office, with French function names", () => {
    renderApp("fr");
    expect(screen.getByRole("heading", { level: 1, name: "Social KPI" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Fonctions" })).toBeTruthy();
    const section = screen.getByRole("region", { name: "Fonctions KPI" });
    expect(within(section).getByText("KPI.TAUX_ENGAGEMENT(interactions; base)")).toBeTruthy();
  });
});
