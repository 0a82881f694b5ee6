import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest } from "../../../scripts/manifest/checkManifest";
import { FRENCH_LOCALES } from "../../../scripts/manifest/checks/strings";

const root = join(__dirname, "..", "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const devBase = "https://localhost:3000/";
const fromRepo = (url: string) =>
  url.startsWith(devBase) ? join(root, url.slice(devBase.length)) : undefined;

const check = (xml: string, options: Partial<Parameters<typeof checkManifest>[1]> = {}) =>
  checkManifest(xml, { localFile: fromRepo, production: false, ...options });
const codes = (xml: string, options?: Partial<Parameters<typeof checkManifest>[1]>) => [
  ...new Set(check(xml, options).map((p) => p.code)),
];

/** Replaces exactly one occurrence, so a test cannot silently mutate nothing. */
function mutate(xml: string, search: string | RegExp, replacement: string): string {
  const pattern =
    typeof search === "string" ? search.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : search.source;
  const matches = xml.match(new RegExp(pattern, "g"));
  if (matches?.length !== 1)
    throw new Error(`Expected one match of ${String(search)}, got ${matches?.length ?? 0}`);
  return xml.replace(search, replacement);
}

describe("checkManifest", () => {
  it("passes the project's manifest", () => {
    expect(check(manifest)).toEqual([]);
  });

  it("rejects XML that is not well-formed", () => {
    expect(codes(mutate(manifest, "</DisplayName>", "</DisplayNam>"))).toContain("xml-well-formed");
    expect(codes(manifest.slice(0, 500))).toContain("xml-well-formed");
  });

  it("rejects OfficeApp children out of schema order", () => {
    const swapped = mutate(
      manifest,
      /(<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>)(\s*)(<Requirements>[\s\S]*?<\/Requirements>)/,
      "$3$2$1"
    );
    expect(codes(swapped)).toEqual(["element-order"]);
  });

  it("rejects a Host whose AllFormFactors comes after DesktopFormFactor", () => {
    const allFormFactors =
      /<AllFormFactors>[\s\S]*?<\/AllFormFactors>\s*/.exec(manifest)?.[0] ?? "";
    const moved = mutate(
      mutate(manifest, allFormFactors, ""),
      "</DesktopFormFactor>",
      `</DesktopFormFactor>${allFormFactors}`
    );
    expect(codes(moved)).toEqual(["element-order"]);
  });

  it("rejects CustomFunctions children out of order", () => {
    const swapped = mutate(
      manifest,
      /(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/,
      "$3$2$1"
    );
    expect(codes(swapped)).toEqual(["element-order"]);
  });

  it("rejects an element the schema does not allow", () => {
    expect(codes(mutate(manifest, "<Permissions>", "<Color>red</Color><Permissions>"))).toEqual([
      "element-order",
    ]);
  });

  it("rejects a resid that names no resource", () => {
    expect(
      codes(mutate(manifest, '<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>'))
    ).toEqual(expect.arrayContaining(["resid-undefined", "resource-unused"]));
  });

  it("rejects a resource that nothing uses", () => {
    const extra = mutate(
      manifest,
      "</bt:Urls>",
      '<bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/x.html"/></bt:Urls>'
    );
    expect(codes(extra)).toEqual(["resource-unused"]);
  });

  it("rejects a resid of the wrong kind", () => {
    expect(
      codes(mutate(manifest, '<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>'))
    ).toEqual(expect.arrayContaining(["resid-kind"]));
  });

  it("rejects a resource id defined twice", () => {
    const twice = mutate(
      manifest,
      "</bt:Images>",
      '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/></bt:Images>'
    );
    expect(codes(twice)).toContain("resource-duplicate");
  });

  it("rejects a resid longer than 32 characters", () => {
    const long = "Group.Label.That.Is.Far.Too.Long.X";
    const renamed = manifest.replace(/"Group\.Label"/g, `"${long}"`);
    expect(codes(renamed)).toEqual(["resid-length"]);
  });

  it("rejects a shared runtime that is not long-lived", () => {
    expect(codes(mutate(manifest, 'lifetime="long"', 'lifetime="short"'))).toEqual([
      "shared-runtime",
    ]);
  });

  it("rejects a FunctionFile on another page than the shared runtime", () => {
    const split = mutate(
      mutate(
        manifest,
        '<FunctionFile resid="Taskpane.Url"/>',
        '<FunctionFile resid="Commands.Url"/>'
      ),
      "</bt:Urls>",
      '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/></bt:Urls>'
    );
    expect(codes(split)).toEqual(["shared-runtime"]);
  });

  it("rejects a custom-functions Page outside the shared runtime", () => {
    const split = mutate(
      mutate(
        manifest,
        /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
        '<Page><SourceLocation resid="Functions.Page.Url"/>'
      ),
      "</bt:Urls>",
      '<bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html"/></bt:Urls>'
    );
    expect(codes(split)).toEqual(["shared-runtime"]);
  });

  it("rejects a manifest without the SharedRuntime requirement", () => {
    expect(codes(mutate(manifest, '<Set Name="SharedRuntime" MinVersion="1.1"/>', ""))).toEqual([
      "shared-runtime",
    ]);
  });

  it("rejects a URL that is not https", () => {
    expect(
      codes(
        mutate(
          manifest,
          'https://localhost:3000/help.html"/>\n  <Hosts>',
          'http://localhost:3000/help.html"/>\n  <Hosts>'
        )
      )
    ).toEqual(["https-url"]);
  });

  it("rejects dev URLs in a production manifest", () => {
    expect(codes(manifest, { production: true, localFile: () => undefined })).toContain(
      "production-url"
    );
  });

  it("rejects an AppDomain that is the add-in's own origin", () => {
    const withDomain = mutate(
      manifest,
      'help.html"/>\n  <Hosts>',
      'help.html"/>\n  <AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>'
    );
    expect(codes(withDomain)).toEqual(["app-domain-unneeded"]);
  });

  it("rejects an Id that is not a GUID", () => {
    expect(codes(manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>social-kpi</Id>"))).toEqual(["id-guid"]);
  });

  it("rejects a version that is not n.n.n.n", () => {
    expect(
      codes(mutate(manifest, "<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"))
    ).toEqual(["version-format"]);
    expect(
      codes(mutate(manifest, "<Version>0.1.0.0</Version>", "<Version>0.1.0.70000</Version>"))
    ).toEqual(["version-format"]);
  });

  it("rejects a namespace longer than 32 characters or with spaces", () => {
    expect(
      codes(mutate(manifest, 'DefaultValue="KPI"', `DefaultValue="${"K".repeat(33)}"`))
    ).toEqual(["namespace"]);
    expect(codes(mutate(manifest, 'DefaultValue="KPI"', 'DefaultValue="K P I"'))).toEqual([
      "namespace",
    ]);
  });

  it("rejects a display name longer than Office allows", () => {
    expect(
      codes(
        mutate(manifest, 'DefaultValue="Social KPI for Excel"', `DefaultValue="${"x".repeat(126)}"`)
      )
    ).toEqual(["string-length"]);
  });

  // The checks compare locales case-insensitively; the manifest spells them fr-CA.
  const overrideOf = (element: "Override" | "bt:Override", locale: string, value: string) =>
    `<${element} Locale="${locale.replace(/[a-z]+$/, (region) => region.toUpperCase())}" Value="${value}"/>`;

  it.each(FRENCH_LOCALES)("rejects a user-visible string without its %s override", (locale) => {
    const english = mutate(manifest, overrideOf("bt:Override", locale, "Social KPI est prêt"), "");
    expect(check(english)).toEqual([
      expect.objectContaining({
        code: "locale-override",
        message: expect.stringMatching(new RegExp(`GetStarted\\.Title.*${locale}`)),
      }),
    ]);
    expect(
      codes(mutate(manifest, overrideOf("Override", locale, "Social KPI pour Excel"), ""))
    ).toEqual(["locale-override"]);
  });

  it.each(FRENCH_LOCALES)("rejects custom-function metadata without its %s override", (locale) => {
    const metadata = "https://localhost:3000/functions-fr.json";
    expect(codes(mutate(manifest, overrideOf("bt:Override", locale, metadata), ""))).toEqual([
      "locale-override",
    ]);
  });

  it("rejects a French locale whose text differs from the other French locales", () => {
    const drifted = mutate(
      manifest,
      '<bt:Override Locale="fr-CA" Value="https://localhost:3000/functions-fr.json"/>',
      '<bt:Override Locale="fr-CA" Value="https://localhost:3000/functions.json"/>'
    );
    expect(check(drifted)).toEqual([
      expect.objectContaining({
        code: "locale-override-mismatch",
        message: expect.stringContaining("Functions.Metadata.Url"),
      }),
    ]);
  });

  it("rejects an icon file that does not exist", () => {
    expect(
      codes(manifest, { localFile: (url) => fromRepo(url.replace("icon-80", "icon-81")) })
    ).toEqual(["icon-file"]);
  });

  it("rejects an icon whose pixel size is not the declared one", () => {
    const wrong = mutate(
      manifest,
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>'
    );
    expect(check(wrong)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "icon-size", message: expect.stringContaining("64×64") }),
      ])
    );
  });

  it("rejects a file that is not a PNG where an icon is expected", () => {
    const folder = mkdtempSync(join(tmpdir(), "manifest-"));
    writeFileSync(join(folder, "icon-32.png"), "GIF89a not a png");
    expect(
      codes(manifest, {
        localFile: (url) =>
          url.endsWith("/icon-32.png") ? join(folder, "icon-32.png") : fromRepo(url),
      })
    ).toEqual(["icon-size"]);
  });

  it("rejects a build that lacks a file the manifest points at", () => {
    const folder = mkdtempSync(join(tmpdir(), "dist-"));
    copyFileSync(join(root, "assets", "icon-32.png"), join(folder, "icon-32.png"));
    const served = (url: string) => fromRepo(url)?.replace(root, folder);
    const problems = check(manifest, { production: true, localFile: served }).filter(
      (p) => p.code === "served-file"
    );
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("functions-fr.json")])
    );
  });

  it("reports the line of the offending element", () => {
    const [problem] = check(mutate(manifest, 'lifetime="long"', 'lifetime="short"'));
    expect(problem?.line).toBe(
      manifest.split("\n").findIndex((line) => line.includes("<Runtime ")) + 1
    );
  });
});
