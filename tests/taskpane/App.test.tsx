/** @jest-environment jsdom */
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../support/fakeHost";

jest.setTimeout(20_000);

const renderApp = (language: "en" | "fr") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} host={new FakeHost()} />
    </FluentProvider>
  );

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
});
