import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { unpackZip } from "../../../../src/domain/import/containers/unpackZip";

interface Part {
  readonly name: string;
  readonly content: Uint8Array;
}

const UTF8_NAME_FLAG = 0x0800;

/**
 * A ZIP written here with zlib, independently of the code under test: each part deflated or
 * stored, its name UTF-8 with bit 11 set when `utf8Names`, else one byte per character.
 */
function writeZip(
  parts: ReadonlyArray<Part & { readonly deflate: boolean }>,
  utf8Names = false
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = utf8Names
      ? new TextEncoder().encode(part.name)
      : Uint8Array.from(part.name, (char) => char.charCodeAt(0));
    const data = part.deflate ? new Uint8Array(deflateRawSync(part.content)) : part.content;
    const header = (signature: number, length: number) => {
      const bytes = new Uint8Array(length + name.length);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, signature, true);
      return { bytes, view };
    };
    const local = header(0x04034b50, 30);
    local.view.setUint16(4, 20, true);
    local.view.setUint16(6, utf8Names ? UTF8_NAME_FLAG : 0, true);
    local.view.setUint16(8, part.deflate ? 8 : 0, true);
    local.view.setUint32(14, crc32(part.content), true);
    local.view.setUint32(18, data.length, true);
    local.view.setUint32(22, part.content.length, true);
    local.view.setUint16(26, name.length, true);
    local.bytes.set(name, 30);
    const entry = header(0x02014b50, 46);
    entry.view.setUint16(8, utf8Names ? UTF8_NAME_FLAG : 0, true);
    entry.view.setUint16(10, part.deflate ? 8 : 0, true);
    entry.view.setUint32(16, crc32(part.content), true);
    entry.view.setUint32(20, data.length, true);
    entry.view.setUint32(24, part.content.length, true);
    entry.view.setUint16(28, name.length, true);
    entry.view.setUint32(42, offset, true);
    entry.bytes.set(name, 46);
    chunks.push(local.bytes, data);
    central.push(entry.bytes);
    offset += local.bytes.length + data.length;
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(
    12,
    central.reduce((sum, entry) => sum + entry.length, 0),
    true
  );
  end.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]));
}

// SheetJS types its ZIP reader as `any`; this is the one call used here.
const zipReader = XLSX.CFB as {
  read(
    data: Uint8Array,
    options: { type: "array" }
  ): {
    FullPaths: string[];
    FileIndex: Array<{ type: number; content?: ArrayLike<number> }>;
  };
};

/** The files SheetJS reads out of a ZIP, by path. */
function readBySheetJs(zip: Uint8Array): Part[] {
  const archive = zipReader.read(zip, { type: "array" });
  return archive.FileIndex.flatMap((entry, index) =>
    entry.type === 2
      ? [
          {
            name: (archive.FullPaths[index] ?? "").replace(/^Root Entry\//, ""),
            content: Uint8Array.from(entry.content ?? []),
          },
        ]
      : []
  );
}

const partName = fc
  .array(fc.stringMatching(/^[A-Za-z0-9_.[\]-]{1,12}$/), { minLength: 1, maxLength: 3 })
  .map((folders) => folders.join("/"));
const partContent = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.string({ maxLength: 512 }).map((text) => new TextEncoder().encode(text.repeat(4)))
);
const parts = fc.uniqueArray(
  fc.record({ name: partName, content: partContent, deflate: fc.boolean() }),
  { minLength: 1, maxLength: 8, selector: (part) => part.name }
);

describe("unpackZip", () => {
  it("gives back every part of a ZIP, deflated or stored, with its name and content, in order", () => {
    fc.assert(
      fc.property(parts, (written) => {
        const unpacked = unpackZip(writeZip(written));
        if (typeof unpacked === "string") throw new Error(`refused: ${unpacked}`);
        expect(unpacked.parts.map(({ name, content }) => ({ name, content }))).toEqual(
          written.map(({ name, content }) => ({ name, content }))
        );
      })
    );
  });

  it("hands SheetJS an uncompressed ZIP in which it reads the very parts of the original", () => {
    fc.assert(
      fc.property(parts, (written) => {
        const zip = writeZip(written);
        const unpacked = unpackZip(zip);
        if (typeof unpacked === "string") throw new Error(`refused: ${unpacked}`);
        expect(readBySheetJs(unpacked.stored)).toEqual(readBySheetJs(zip));
        // Stored: every local header says method 0, so SheetJS has nothing to inflate.
        const view = new DataView(unpacked.stored.buffer, unpacked.stored.byteOffset);
        let at = 0;
        for (const part of unpacked.parts) {
          expect(view.getUint32(at, true)).toBe(0x04034b50);
          expect(view.getUint16(at + 8, true)).toBe(0);
          at += 30 + view.getUint16(at + 26, true) + part.content.length;
        }
      })
    );
  });

  it("reads a real .xlsx through the stored archive into the same sheets as from the download", () => {
    const download = new Uint8Array(
      readFileSync(
        join(
          __dirname,
          "../../../fixtures/exports/linkedin/content-resaved-xlsx/pro-efficient-data-entry_content_1742193384396.xlsx"
        )
      )
    );
    const unpacked = unpackZip(download);
    if (typeof unpacked === "string") throw new Error(`refused: ${unpacked}`);
    const sheets = (bytes: Uint8Array) => {
      const workbook = XLSX.read(bytes, { type: "array", dense: true });
      return workbook.SheetNames.map((name) => {
        const sheet = workbook.Sheets[name];
        return sheet ? XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }) : [];
      });
    };
    const fromDownload = sheets(download);
    expect(fromDownload.flat(2).length).toBeGreaterThan(10);
    expect(sheets(unpacked.stored)).toEqual(fromDownload);
  });

  it("reads a name flagged UTF-8 as its text, and an unflagged one a character per byte", () => {
    const part = {
      name: "Données de la table.csv",
      content: new Uint8Array([0x61]),
      deflate: true,
    };
    const flagged = unpackZip(writeZip([part], true));
    const unflagged = unpackZip(writeZip([{ ...part, name: "Donn\u00c3\u00a9es.csv" }]));
    if (typeof flagged === "string" || typeof unflagged === "string") throw new Error("refused");
    expect(flagged.parts[0]?.name).toBe("Données de la table.csv");
    expect(unflagged.parts[0]?.name).toBe("Donn\u00c3\u00a9es.csv");
  });

  it("refuses a part whose content does not match its CRC-32, naming the checksum", () => {
    const zip = writeZip([
      { name: "a.csv", content: new TextEncoder().encode("a,b\n1,2\n"), deflate: false },
    ]);
    const dataAt = 30 + "a.csv".length;
    zip[dataAt] = (zip[dataAt] ?? 0) ^ 0x01;
    expect(unpackZip(zip)).toBe("checksum");
  });
});
