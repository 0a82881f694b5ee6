/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../../src/domain/common/language";
import { App } from "../../../src/taskpane/App";
import { FakeHost } from "../../support/fakeHost";

const renderApp = (language: Language) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} host={new FakeHost()} />
    </FluentProvider>
  );

describe("the Goals tab", () => {
  it("loads the SMART-goal form when the tab is opened", async () => {
    renderApp("en");
    expect(screen.queryByRole("heading", { name: "SMART goals" })).toBeNull();

    await userEvent.setup().click(screen.getByRole("tab", { name: "Goals" }));

    expect(await screen.findByRole("heading", { name: "SMART goals" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add goal" })).toBeTruthy();
  });

  it("is called Objectifs in French", async () => {
    renderApp("fr");
    await userEvent.setup().click(screen.getByRole("tab", { name: "Objectifs" }));
    expect(await screen.findByRole("heading", { name: "Objectifs SMART" })).toBeTruthy();
  });
});
