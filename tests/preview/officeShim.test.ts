/** @jest-environment jsdom */
import { installOfficeShim, officeContext } from "../../preview/officeShim";

describe("the preview's Office shim", () => {
  it("answers onReady at once and shadows the library's context, keeping its other members", async () => {
    // Like Microsoft's library: `context` is a getter without a setter, which only Office fills.
    const library = { isSetSupported: () => true };
    Object.defineProperty(library, "context", { get: () => undefined, enumerable: true });
    (window as unknown as { Office: object }).Office = library;

    installOfficeShim({ language: "fr", theme: "dark" });
    expect(officeContext().displayLanguage).toBe("fr-FR");
    const office = (
      window as unknown as { Office: typeof library & { onReady: () => Promise<unknown> } }
    ).Office;
    await expect(office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(office.isSetSupported()).toBe(true);

    // Switching again builds on the library, not on the previous shim.
    installOfficeShim({ language: "en", theme: "light" });
    expect(officeContext().displayLanguage).toBe("en-US");
    expect(Object.getPrototypeOf((window as unknown as { Office: object }).Office)).toBe(library);
  });
});
