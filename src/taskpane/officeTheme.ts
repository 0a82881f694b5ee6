import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * The Fluent theme that matches Office's: dark when Office's body background is dark, so the
 * pane does not glare in a dark Excel.
 */
export function fluentThemeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const hex = officeTheme?.bodyBackgroundColor?.replace("#", "");
  if (!hex || hex.length !== 6) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
