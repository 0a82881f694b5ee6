/** @jest-environment jsdom */
import { webDarkTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { PaneProvider } from "../../src/taskpane/PaneProvider";

describe("the task pane's theme provider", () => {
  it("fills the pane's height with the theme's background, however short the panel", () => {
    render(
      <PaneProvider theme={webDarkTheme}>
        <p>Short panel</p>
      </PaneProvider>
    );
    const provider = screen.getByText("Short panel").parentElement;
    if (!provider) throw new Error("no provider");

    const style = getComputedStyle(provider);
    expect(style.minHeight).toBe("100vh");
    expect(style.backgroundColor).toBe("var(--colorNeutralBackground1)");
    // The variable the background reads is the dark theme's, set on the provider itself.
    expect(style.getPropertyValue("--colorNeutralBackground1").trim()).toBe(
      webDarkTheme.colorNeutralBackground1
    );
  });
});
