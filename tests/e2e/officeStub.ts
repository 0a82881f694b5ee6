/**
 * What the test serves in place of Microsoft's office.js: an `Office` that is ready at once with
 * the given display language and theme, and a `CustomFunctions` that records registrations, so
 * the real taskpane.html runs in Chromium as it would in Excel's shared runtime.
 */
export function officeStub({
  language,
  background,
}: {
  language: string;
  background: string;
}): string {
  return `
window.__associated = [];
window.CustomFunctions = {
  associate: (id) => window.__associated.push(id),
  Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};
window.Office = {
  onReady: (callback) => Promise.resolve(callback && callback({ host: "Excel", platform: "OfficeOnline" })),
  context: { displayLanguage: ${JSON.stringify(language)}, officeTheme: { bodyBackgroundColor: ${JSON.stringify(background)} } },
};`;
}
