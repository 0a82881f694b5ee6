/** @jest-environment jsdom */
import "../jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../../src/domain/common/language";
import { App } from "../../../src/taskpane/App";
import { TemplatesTab } from "../../../src/taskpane/templates/TemplatesTab";
import { FakeHost } from "../../support/fakeHost";

// Fluent's first renders can take seconds while other test files run in parallel.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const renderTab = (language: Language) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab host={new FakeHost()} language={language} />
    </FluentProvider>
  );

describe("the Templates tab's loading", () => {
  // First: the tab keeps its panel once downloaded, so the download can fail only before any
  // other test has shown the panel.
  it("says in the user's language that the templates did not download, and shows them once a retry does", async () => {
    const panel = "../../../src/taskpane/templates/TemplatesPanel";
    // The tab requires the panel when it mounts: this mock fails as a chunk that does not download.
    jest.doMock(panel, () => {
      throw new Error("Loading chunk 4 failed.");
    });
    renderTab("fr");

    const message = await screen.findByRole("group", {
      name: "Cette partie du complément ne s'est pas chargée",
    });
    expect(message.textContent).toContain("(Loading chunk 4 failed.)");

    jest.dontMock(panel);
    await userEvent.setup().click(screen.getByRole("button", { name: "Réessayer" }));

    expect(await screen.findByRole("heading", { name: "Modèles de feuilles" })).toBeTruthy();
  });

  it("is a tab of the pane, in the user's language", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={new FakeHost()} language="fr" />
      </FluentProvider>
    );

    await userEvent.setup().click(screen.getByRole("tab", { name: "Modèles" }));

    expect(await screen.findByRole("heading", { name: "Modèles de feuilles" })).toBeTruthy();
  });

  it("shows the panel once its code has loaded", async () => {
    renderTab("en");

    expect(await screen.findByRole("heading", { name: "Worksheet templates" })).toBeTruthy();
  });
});
