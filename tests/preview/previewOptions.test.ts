import {
  officeContextFor,
  readPreviewOptions,
  writePreviewOptions,
} from "../../preview/previewOptions";
import { languageOf } from "../../src/domain/common/language";
import { fluentThemeFor } from "../../src/taskpane/officeTheme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

describe("the preview's options", () => {
  it("reads French and the dark theme from the URL, English and light otherwise", () => {
    expect(readPreviewOptions("?lang=fr&theme=dark")).toEqual({ language: "fr", theme: "dark" });
    expect(readPreviewOptions("?lang=fr-CA")).toEqual({ language: "fr", theme: "light" });
    expect(readPreviewOptions("")).toEqual({ language: "en", theme: "light" });
    expect(readPreviewOptions("?lang=de&theme=sepia")).toEqual({ language: "en", theme: "light" });
  });

  it("writes the options back into the URL, keeping its other parameters", () => {
    const search = writePreviewOptions("?debug=1&lang=en", { language: "fr", theme: "dark" });
    const params = new URLSearchParams(search);
    expect(params.get("debug")).toBe("1");
    expect(readPreviewOptions(search)).toEqual({ language: "fr", theme: "dark" });
  });

  it("gives the pane, through Office's context, the language and theme it reads in Excel", () => {
    const french = officeContextFor({ language: "fr", theme: "dark" });
    expect(languageOf(french.displayLanguage)).toBe("fr");
    expect(fluentThemeFor(french.officeTheme)).toBe(webDarkTheme);
    const english = officeContextFor({ language: "en", theme: "light" });
    expect(languageOf(english.displayLanguage)).toBe("en");
    expect(fluentThemeFor(english.officeTheme)).toBe(webLightTheme);
  });
});
