import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { languageOf } from "../../src/domain/common/language";
import { fluentThemeFor } from "../../src/taskpane/officeTheme";

describe("fluentThemeFor", () => {
  it("follows a dark Office theme", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  });

  it("follows a light Office theme", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  });

  it("falls back to light when Office gives no theme", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});

describe("languageOf", () => {
  it("speaks French to every French locale and English to the rest", () => {
    expect(languageOf("fr-FR")).toBe("fr");
    expect(languageOf("fr-CA")).toBe("fr");
    expect(languageOf("de-DE")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });
});
