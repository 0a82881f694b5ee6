import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { type ImportResult, importExport } from "../../../../src/domain/import";
import { prepareBiffStream } from "../../../../src/domain/import/containers/biffCheck";
import { readWorkbookStream } from "../../../../src/domain/import/containers/compoundFile";
import { unreadable } from "../../../../src/domain/import/containers/containerCheck";
import type { ContainerProblem } from "../../../../src/domain/import/containers/containerProblem";
import { MAX_CELLS_PER_WORKBOOK } from "../../../../src/domain/import/spreadsheet";
import { ISSUE } from "../../../../src/domain/import/issues";
import { issueMessage } from "../../../../src/domain/import/messages";

// Each check is shown rejecting a real fixture damaged in one precise way. The undamaged fixture
// must still import its records, so no test here can pass because the fixture never imported.
const root = join(__dirname, "../../../fixtures/exports");
const FIXTURES = {
  contentXls: "linkedin/content-xls/acme-page_content_1766385907708.xls",
  followersXls: "linkedin/followers-xls/acme-page_followers_1766385928211.xls",
  contentXlsx: "linkedin/content-resaved-xlsx/pro-efficient-data-entry_content_1742193384396.xlsx",
  youtubeZip: "youtube/zip-of-csvs/Content 2024-09-27_2024-09-28 Channel.zip",
  facebookSpreadsheetMl: "facebook/classic-posts-spreadsheetml/Facebook Posts Q3.xls",
} as const;
type Fixture = keyof typeof FIXTURES;

const fixture = (key: Fixture) => new Uint8Array(readFileSync(join(root, FIXTURES[key])));

const importBytes = (key: Fixture, bytes: Uint8Array) =>
  importExport({ name: FIXTURES[key].split("/").pop() ?? "", bytes }, { today: "2026-03-03" });

const recordCount = (result: ImportResult) =>
  result.posts.length +
  result.daily.length +
  result.traffic.length +
  result.ads.length +
  result.audience.length +
  result.mentions.length;

function expectRejected(result: ImportResult, problem: ContainerProblem): void {
  const params = unreadable(problem);
  expect(result.issues).toContainEqual({
    severity: "error",
    code: ISSUE.UNREADABLE_SPREADSHEET,
    message: issueMessage(ISSUE.UNREADABLE_SPREADSHEET, params, "en"),
    params,
  });
  expect(recordCount(result)).toBe(0);
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const u16 = (bytes: Uint8Array, at: number) => view(bytes).getUint16(at, true);
const u32 = (bytes: Uint8Array, at: number) => view(bytes).getUint32(at, true);
const setU16 = (bytes: Uint8Array, at: number, value: number) =>
  view(bytes).setUint16(at, value, true);
const setU32 = (bytes: Uint8Array, at: number, value: number) =>
  view(bytes).setUint32(at, value, true);

/** Where a byte pattern first occurs (BIFF record headers are found this way). */
function indexOf(bytes: Uint8Array, pattern: readonly number[]): number {
  const at = bytes.findIndex((_, i) => pattern.every((byte, j) => bytes[i + j] === byte));
  expect(at).toBeGreaterThan(0);
  return at;
}

// --- OLE2: these fixtures have 512-byte sectors, one FAT sector and one directory sector. ---
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const sectorAt = (sector: number) => (sector + 1) * SECTOR;
const fatEntryAt = (bytes: Uint8Array, sector: number) => sectorAt(u32(bytes, 76)) + 4 * sector;
const directoryEntryAt = (bytes: Uint8Array, index: number) =>
  sectorAt(u32(bytes, 48)) + 128 * index;

function directoryIndex(bytes: Uint8Array, name: string): number {
  const index = [0, 1, 2, 3].find((i) => {
    const at = directoryEntryAt(bytes, i);
    const length = u16(bytes, at + 64) / 2 - 1;
    return (
      String.fromCharCode(...Array.from({ length }, (_, c) => u16(bytes, at + 2 * c))) === name
    );
  });
  expect(index).toBeDefined();
  return index ?? -1;
}

/** The sectors of an undamaged chain, following `next` (the FAT, or the mini FAT). */
function chain(start: number, next: (sector: number) => number): number[] {
  const sectors: number[] = [];
  for (let sector = start; sector !== END_OF_CHAIN; sector = next(sector)) sectors.push(sector);
  return sectors;
}

// --- ZIP: the parts as the central directory lists them. ---
interface ZipArchive {
  readonly FileIndex: Array<{ name: string; content?: Uint8Array }>;
}
// SheetJS types its CFB/ZIP container library as `any`; these are the two calls used here.
const zipLibrary = XLSX.CFB as {
  read(data: Uint8Array, options: { type: "array" }): ZipArchive;
  write(archive: ZipArchive, options: { fileType: "zip"; type: "array" }): ArrayLike<number>;
};

interface ZipPart {
  readonly name: string;
  readonly centralAt: number;
  readonly localAt: number;
  readonly dataAt: number;
}

function zipParts(bytes: Uint8Array): { eocd: number; parts: ZipPart[] } {
  const eocd = bytes.length - 22;
  expect(u32(bytes, eocd)).toBe(0x06054b50);
  const parts: ZipPart[] = [];
  for (let at = u32(bytes, eocd + 16), i = 0; i < u16(bytes, eocd + 10); i++) {
    const nameLength = u16(bytes, at + 28);
    const localAt = u32(bytes, at + 42);
    parts.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      centralAt: at,
      localAt,
      dataAt: localAt + 30 + u16(bytes, localAt + 26) + u16(bytes, localAt + 28),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { eocd, parts };
}

function zipPart(bytes: Uint8Array, name: string): ZipPart {
  const part = zipParts(bytes).parts.find((candidate) => candidate.name === name);
  expect(part).toBeDefined();
  return part as ZipPart;
}

describe("the container checks", () => {
  it.each(Object.keys(FIXTURES) as Fixture[])(
    "let the undamaged %s fixture import its records",
    async (key) => {
      const result = await importBytes(key, fixture(key));
      expect(recordCount(result)).toBeGreaterThan(0);
      expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    }
  );

  describe("OLE2 (.xls)", () => {
    it("rejects an OLE2 file whose FAT chain loops, with an error issue", async () => {
      const bytes = fixture("contentXls");
      const workbook = directoryEntryAt(bytes, directoryIndex(bytes, "Workbook"));
      const sectors = chain(u32(bytes, workbook + 116), (s) => u32(bytes, fatEntryAt(bytes, s)));
      expect(sectors.length).toBeGreaterThan(2);
      setU32(bytes, fatEntryAt(bytes, sectors.at(-1) ?? 0), sectors[0] ?? 0);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("rejects an OLE2 file whose FAT lies in a sector past the end of the file", async () => {
      const bytes = fixture("contentXls");
      setU32(bytes, 76, bytes.length / SECTOR + 10);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("rejects an OLE2 file whose directory starts in a sector past the end of the file", async () => {
      const bytes = fixture("contentXls");
      setU32(bytes, 48, 0x00ffffff);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("rejects an OLE2 file whose directory tree points back into itself", async () => {
      const bytes = fixture("contentXls");
      const first = u32(bytes, directoryEntryAt(bytes, 0) + 76);
      const sibling = u32(bytes, directoryEntryAt(bytes, first) + 72);
      expect(sibling).toBe(directoryIndex(bytes, "Workbook"));
      setU32(bytes, directoryEntryAt(bytes, sibling) + 68, first);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("rejects an OLE2 file whose mini FAT chain loops (a small workbook stream)", async () => {
      const bytes = fixture("followersXls");
      const workbook = directoryEntryAt(bytes, directoryIndex(bytes, "Workbook"));
      expect(u32(bytes, workbook + 120)).toBeLessThan(4096);
      const miniFatAt = sectorAt(u32(bytes, 60));
      const miniSectors = chain(u32(bytes, workbook + 116), (s) => u32(bytes, miniFatAt + 4 * s));
      expect(miniSectors.length).toBeGreaterThan(2);
      setU32(bytes, miniFatAt + 4 * (miniSectors.at(-1) ?? 0), miniSectors[1] ?? 0);
      expectRejected(await importBytes("followersXls", bytes), "damaged");
    });

    it("rejects an OLE2 file whose workbook stream is longer than its sector chain", async () => {
      const bytes = fixture("contentXls");
      const workbook = directoryEntryAt(bytes, directoryIndex(bytes, "Workbook"));
      setU32(bytes, workbook + 120, u32(bytes, workbook + 120) + 4 * SECTOR);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("rejects an OLE2 file whose header declares a sector size other than 512 or 4096 bytes", async () => {
      const bytes = fixture("contentXls");
      setU16(bytes, 30, 10);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("reports an OLE2 file without a Workbook stream as not an Excel workbook", async () => {
      const bytes = fixture("contentXls");
      setU16(bytes, directoryEntryAt(bytes, directoryIndex(bytes, "Workbook")), "X".charCodeAt(0));
      expectRejected(await importBytes("contentXls", bytes), "not-a-workbook");
    });

    it("follows a DIFAT chain past the header's 109 FAT sectors, and rejects it when it loops", async () => {
      // The fixture padded with empty sectors and described by 237 FAT sectors: 109 listed in the
      // header, 127 in a first DIFAT sector and one in a second. Only the first FAT sector holds
      // entries for sectors in use; the others cover the padding.
      const original = fixture("contentXls");
      const padding = 240;
      const bytes = new Uint8Array(original.length + padding * SECTOR);
      bytes.set(original);
      const firstPad = original.length / SECTOR - 1;
      const [firstDifat, secondDifat] = [firstPad + 108, firstPad + 109];
      const fatSectors = [u32(original, 76)];
      for (let s = firstPad; fatSectors.length < 237; s++) {
        if (s !== firstDifat && s !== secondDifat) fatSectors.push(s);
      }
      setU32(bytes, 44, fatSectors.length);
      fatSectors.slice(0, 109).forEach((sector, i) => setU32(bytes, 76 + 4 * i, sector));
      setU32(bytes, 68, firstDifat);
      setU32(bytes, 72, 2);
      fatSectors
        .slice(109, 236)
        .forEach((sector, i) => setU32(bytes, sectorAt(firstDifat) + 4 * i, sector));
      setU32(bytes, sectorAt(firstDifat) + 4 * 127, secondDifat);
      setU32(bytes, sectorAt(secondDifat), fatSectors[236] ?? 0);
      for (let i = 1; i < 128; i++) setU32(bytes, sectorAt(secondDifat) + 4 * i, 0xffffffff);
      setU32(bytes, sectorAt(secondDifat) + 4 * 127, END_OF_CHAIN);
      const undamaged = await importBytes("contentXls", bytes);
      expect(recordCount(undamaged)).toBe(recordCount(await importBytes("contentXls", original)));

      setU32(bytes, sectorAt(firstDifat) + 4 * 127, firstDifat);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });
  });

  describe("BIFF records (the workbook stream inside an .xls)", () => {
    it("rejects a workbook whose number record turned into a formula too short for its token length (SheetJS looped forever on it)", async () => {
      const bytes = fixture("contentXls");
      const number = indexOf(bytes, [0x03, 0x02, 0x0e, 0x00]);
      setU16(bytes, number, 0x0006);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("rejects a workbook whose shared-string table ends inside a string's character count (SheetJS looped forever on it)", async () => {
      const bytes = fixture("contentXls");
      const sst = indexOf(bytes, [0xfc, 0x00, 0x08, 0x00]);
      setU16(bytes, sst + 2, 9);
      setU32(bytes, sst + 8, 1);
      expectRejected(await importBytes("contentXls", bytes), "damaged");
    });

    it("drops the records the import does not read, even one turned into a type SheetJS loops on", async () => {
      // An empty INTERFACEEND record retyped as a BIFF2 STRING, whose length byte SheetJS then
      // reads past the record: it looped forever. The import does not need the record at all.
      const bytes = fixture("contentXls");
      const interfaceEnd = indexOf(bytes, [0xe2, 0x00, 0x00, 0x00]);
      setU16(bytes, interfaceEnd, 0x0007);
      expect(await importBytes("contentXls", bytes)).toEqual(
        await importBytes("contentXls", fixture("contentXls"))
      );
    });

    it("blanks a formula's tokens before SheetJS reads them (the import reads the cached value)", async () => {
      const bytes = fixture("contentXls");
      const label = indexOf(bytes, [0x04, 0x02, 0x33, 0x00]);
      setU16(bytes, label, 0x0006);
      const stream = readWorkbookStream(bytes);
      if (!("value" in stream)) throw new Error(`the fixture does not read: ${stream.problem}`);
      const prepared = prepareBiffStream(stream.value);
      if (!("value" in prepared)) throw new Error(`the stream is refused: ${prepared.problem}`);
      const formula = indexOf(prepared.value, [0x06, 0x00, 0x33, 0x00]);
      expect(u16(prepared.value, formula + 4 + 20)).toBe(0);
      expect(u16(bytes, label + 4 + 20)).not.toBe(0);
      const result = await importBytes("contentXls", bytes);
      expect(result.issues.filter((issue) => issue.code === ISSUE.UNREADABLE_SPREADSHEET)).toEqual(
        []
      );
    });

    it("reports a workbook with a FILEPASS record as password-protected", async () => {
      const bytes = fixture("contentXls");
      setU16(bytes, indexOf(bytes, [0xe2, 0x00, 0x00, 0x00]), 0x002f);
      expectRejected(await importBytes("contentXls", bytes), "encrypted");
    });

    it("accepts a shared-string table whose string continues in a CONTINUE record", () => {
      const record = (type: number, body: number[]) => [
        type & 0xff,
        type >> 8,
        body.length & 0xff,
        body.length >> 8,
        ...body,
      ];
      const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
      const stream = new Uint8Array([
        ...record(0x0809, [0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]),
        // Two strings: "Date", then "Impressions" split after "Impr" into a CONTINUE record,
        // whose first byte says the rest is two bytes a character.
        ...record(0x00fc, [
          2,
          0,
          0,
          0,
          2,
          0,
          0,
          0,
          4,
          0,
          0,
          ...ascii("Date"),
          11,
          0,
          0,
          ...ascii("Impr"),
        ]),
        ...record(0x003c, [1, ...ascii("essions").flatMap((code) => [code, 0])]),
        ...record(0x000a, []),
      ]);
      expect(prepareBiffStream(stream)).toEqual({ value: stream });
      // The table body starts at 16, the CONTINUE body at 42: a third string declared, then a
      // second string read one byte a character, so that the third begins on the last byte.
      const damaged = stream.slice();
      setU32(damaged, 16 + 4, 3);
      expect(prepareBiffStream(damaged)).toEqual({ value: damaged });
      setU16(damaged, 16 + 15, 17);
      damaged[42] = 0;
      expect(prepareBiffStream(damaged)).toEqual({ problem: "damaged" });
    });
  });

  describe("ZIP (.xlsx and ZIP of CSVs)", () => {
    it("rejects a ZIP whose compressed part has one changed byte (SheetJS inflated it forever), with an error issue", async () => {
      const bytes = fixture("youtubeZip");
      // This exact change made SheetJS's inflater loop forever on the compressed CSV.
      bytes[zipPart(bytes, "Table data.csv").dataAt + 39] = 64;
      expectRejected(await importBytes("youtubeZip", bytes), "checksum");
    });

    it("rejects an .xlsx whose worksheet no longer matches its CRC-32 after one flipped byte", async () => {
      const bytes = fixture("contentXlsx");
      const sheet = zipPart(bytes, "xl/worksheets/sheet1.xml");
      bytes[sheet.dataAt + 100] = (bytes[sheet.dataAt + 100] ?? 0) ^ 0x01;
      expectRejected(await importBytes("contentXlsx", bytes), "checksum");
    });

    it("rejects a ZIP whose directory lists another CRC-32 than its part has", async () => {
      const bytes = fixture("youtubeZip");
      const part = zipPart(bytes, "Totals.csv");
      setU32(bytes, part.centralAt + 16, u32(bytes, part.centralAt + 16) ^ 0x1);
      expectRejected(await importBytes("youtubeZip", bytes), "checksum");
    });

    it("rejects a ZIP whose central directory would start after its end record", async () => {
      const bytes = fixture("contentXlsx");
      const { eocd } = zipParts(bytes);
      setU32(bytes, eocd + 16, eocd + 1);
      expectRejected(await importBytes("contentXlsx", bytes), "damaged");
    });

    it("rejects a ZIP whose directory entry points beside its local header", async () => {
      const bytes = fixture("contentXlsx");
      const part = zipPart(bytes, "xl/workbook.xml");
      setU32(bytes, part.centralAt + 42, part.localAt + 1);
      expectRejected(await importBytes("contentXlsx", bytes), "damaged");
    });

    it("rejects a ZIP whose local header declares another size than its directory (SheetJS sizes its buffer from it)", async () => {
      const bytes = fixture("contentXlsx");
      const part = zipPart(bytes, "xl/styles.xml");
      setU32(bytes, part.localAt + 22, 0x10000000);
      expectRejected(await importBytes("contentXlsx", bytes), "damaged");
    });

    it("reports a ZIP part flagged as encrypted as password-protected", async () => {
      const bytes = fixture("contentXlsx");
      const part = zipPart(bytes, "xl/workbook.xml");
      setU16(bytes, part.localAt + 6, u16(bytes, part.localAt + 6) | 0x1);
      expectRejected(await importBytes("contentXlsx", bytes), "encrypted");
    });

    it("reports a ZIP part compressed other than stored or deflated as unsupported", async () => {
      const bytes = fixture("youtubeZip");
      const part = zipPart(bytes, "Table data.csv");
      setU16(bytes, part.centralAt + 10, 12);
      setU16(bytes, part.localAt + 8, 12);
      expectRejected(await importBytes("youtubeZip", bytes), "unsupported");
    });

    it("rejects a ZIP whose parts declare more than 256 MB unpacked", async () => {
      const bytes = fixture("youtubeZip");
      const part = zipPart(bytes, "Chart data.csv");
      setU32(bytes, part.centralAt + 24, 300 * 1024 * 1024);
      setU32(bytes, part.localAt + 22, 300 * 1024 * 1024);
      expectRejected(await importBytes("youtubeZip", bytes), "too-large");
    });

    it("reports a ZIP without its end-of-central-directory record as incomplete", async () => {
      const bytes = fixture("contentXlsx");
      expectRejected(await importBytes("contentXlsx", bytes.slice(0, -22)), "incomplete");
    });
  });

  describe("sheet size", () => {
    it("reads the cells an .xlsx holds, not the whole grid its <dimension> declares", async () => {
      const archive = zipLibrary.read(fixture("contentXlsx"), { type: "array" });
      for (const entry of archive.FileIndex) {
        if (!entry.name.startsWith("sheet") || !entry.content) continue;
        const xml = new TextDecoder().decode(entry.content);
        const whole = xml.replace(/<dimension ref="[^"]*"/, '<dimension ref="A1:XFD1048576"');
        expect(whole).not.toBe(xml);
        entry.content = new TextEncoder().encode(whole);
      }
      const bytes = new Uint8Array(zipLibrary.write(archive, { fileType: "zip", type: "array" }));
      const result = await importBytes("contentXlsx", bytes);
      expect(result).toEqual(await importBytes("contentXlsx", fixture("contentXlsx")));
    });

    it(`refuses a workbook whose rows spread over more than ${MAX_CELLS_PER_WORKBOOK} cells`, async () => {
      const xml = new TextDecoder().decode(fixture("facebookSpreadsheetMl"));
      // Every row moved 65,536 rows further down: the last one lands on Excel's last row.
      let row = 0;
      const spread = xml.replace(/<Row>/g, () => `<Row ss:Index="${++row * 65_536}">`);
      expect(row * 65_536).toBe(1_048_576);
      const result = await importBytes("facebookSpreadsheetMl", new TextEncoder().encode(spread));
      expect(result.issues).toContainEqual(
        expect.objectContaining({
          severity: "error",
          code: ISSUE.UNREADABLE_SPREADSHEET,
          message: expect.stringContaining("more than 2,000,000 cells") as string,
        })
      );
      expect(recordCount(result)).toBe(0);
    });
  });
});
