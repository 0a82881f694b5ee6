import type { Checked } from "./containerProblem";
import { u16, u32 } from "./littleEndian";

/**
 * Reads the workbook stream out of an OLE2 compound file (the container of a BIFF `.xls`,
 * [MS-CFB]) with every structure checked and every walk bounded.
 *
 * SheetJS follows some sector chains and the directory tree without remembering where it has
 * been, so a damaged FAT or directory sends it round a loop forever; it also parses the document
 * property streams, trusting the counts in them. The import needs none of that: it reads the one
 * workbook stream here and hands SheetJS only that stream's bytes (SheetJS reads a bare BIFF
 * stream as it reads an `.xls`).
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_LENGTH = 128;
const MINI_SECTOR_LENGTH = 64;
const MINI_STREAM_CUTOFF = 4096;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;
const STREAM = 2;
const ROOT = 5;

interface DirectoryEntry {
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

/** The sectors of the file and its FAT, with the chain walks that check them. */
class Sectors {
  private readonly perFatSector: number;
  /** Which sectors a walk has already claimed: two streams may not share one, nor loop. */
  private readonly claimed: Uint8Array;

  constructor(
    private readonly bytes: Uint8Array,
    readonly size: number,
    readonly count: number,
    private readonly fatSectors: readonly number[]
  ) {
    this.perFatSector = size / 4;
    this.claimed = new Uint8Array(count);
    for (const sector of fatSectors) this.claimed[sector] = 1;
  }

  offset(sector: number): number {
    return (sector + 1) * this.size;
  }

  private next(sector: number): number {
    const fatSector = this.fatSectors[Math.floor(sector / this.perFatSector)];
    if (fatSector === undefined) return FREE_SECTOR;
    return u32(this.bytes, this.offset(fatSector) + (sector % this.perFatSector) * 4);
  }

  /**
   * The sectors of the chain from `start`, at least `minimum` of them, or `damaged` if it leaves
   * the file, ends early, or comes back to a sector already read.
   */
  chain(start: number, minimum: number): Checked<number[]> {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = this.next(sector)) {
      if (sector >= this.count || this.claimed[sector]) return { problem: "damaged" };
      this.claimed[sector] = 1;
      sectors.push(sector);
    }
    return sectors.length >= minimum ? { value: sectors } : { problem: "damaged" };
  }

  /** The bytes of a chain's sectors, cut to `length`. */
  read(chain: readonly number[], length: number): Uint8Array {
    const out = new Uint8Array(chain.length * this.size);
    chain.forEach((sector, index) => {
      const at = this.offset(sector);
      out.set(this.bytes.subarray(at, at + this.size), index * this.size);
    });
    return out.subarray(0, length);
  }
}

/** The FAT's own sectors: the header's 109 DIFAT entries, then the DIFAT chain. */
function fatSectorList(
  bytes: Uint8Array,
  sectorSize: number,
  sectorCount: number
): Checked<number[]> {
  const fatCount = u32(bytes, 44);
  // Each FAT sector is itself a sector of the file; a larger count is a damaged header.
  if (fatCount === 0 || fatCount > sectorCount) return { problem: "damaged" };
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_DIFAT_ENTRIES); i++) {
    fat.push(u32(bytes, 76 + 4 * i));
  }
  const seen = new Set<number>();
  const perDifatSector = sectorSize / 4 - 1;
  for (let difat = u32(bytes, 68); fat.length < fatCount;) {
    if (difat >= sectorCount || seen.has(difat)) return { problem: "damaged" };
    seen.add(difat);
    const at = (difat + 1) * sectorSize;
    for (let i = 0; i < perDifatSector && fat.length < fatCount; i++) {
      fat.push(u32(bytes, at + 4 * i));
    }
    difat = u32(bytes, at + 4 * perDifatSector);
  }
  if (fat.some((sector) => sector >= sectorCount) || new Set(fat).size !== fat.length) {
    return { problem: "damaged" };
  }
  return { value: fat };
}

function directoryEntry(directory: Uint8Array, index: number): DirectoryEntry {
  const at = index * DIRECTORY_ENTRY_LENGTH;
  // The stored length counts bytes, the terminating NUL included; a name holds at most 31 chars.
  const nameLength = Math.max(0, Math.min(u16(directory, at + 64) >> 1, 32) - 1);
  const chars = Array.from({ length: nameLength }, (_, i) => u16(directory, at + 2 * i));
  return {
    name: String.fromCharCode(...chars),
    type: directory[at + 66] ?? 0,
    left: u32(directory, at + 68),
    right: u32(directory, at + 72),
    child: u32(directory, at + 76),
    start: u32(directory, at + 116),
    size: u32(directory, at + 120),
  };
}

/**
 * The children of a storage, walking its red-black tree with each entry visited once (a damaged
 * tree may point back into itself).
 */
function childrenOf(
  entries: readonly DirectoryEntry[],
  storage: DirectoryEntry
): Checked<DirectoryEntry[]> {
  const children: DirectoryEntry[] = [];
  const visited = new Set<number>();
  const pending = storage.child === NO_STREAM ? [] : [storage.child];
  for (let index = pending.pop(); index !== undefined; index = pending.pop()) {
    const entry = entries[index];
    if (!entry || visited.has(index)) return { problem: "damaged" };
    visited.add(index);
    children.push(entry);
    if (entry.left !== NO_STREAM) pending.push(entry.left);
    if (entry.right !== NO_STREAM) pending.push(entry.right);
  }
  return { value: children };
}

/** The workbook stream, found as SheetJS finds it: `Workbook` (BIFF8), else `Book` (BIFF5), any case. */
function workbookEntry(children: readonly DirectoryEntry[]): DirectoryEntry | undefined {
  const named = (name: string) =>
    children.find((entry) => entry.type === STREAM && entry.name.toUpperCase() === name);
  return named("WORKBOOK") ?? named("BOOK");
}

/**
 * The bytes of the workbook stream of an OLE2 file, or what is wrong with the file.
 *
 * @example
 * readWorkbookStream(aLinkedInXls) //=> { value: Uint8Array [0x09, 0x08, …] } (a BIFF BOF record)
 * readWorkbookStream(thatXlsWithItsFatChainLooped) //=> { problem: "damaged" }
 */
export function readWorkbookStream(bytes: Uint8Array): Checked<Uint8Array> {
  if (SIGNATURE.some((byte, i) => bytes[i] !== byte)) return { problem: "damaged" };
  const major = u16(bytes, 26);
  const sectorShift = u16(bytes, 30);
  if (!((major === 3 && sectorShift === 9) || (major === 4 && sectorShift === 12))) {
    return { problem: "damaged" };
  }
  if (u16(bytes, 32) !== 6 || u32(bytes, 56) !== MINI_STREAM_CUTOFF) return { problem: "damaged" };
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize);
  if (sectorCount < 1) return { problem: "incomplete" };

  const fat = fatSectorList(bytes, sectorSize, sectorCount);
  if ("problem" in fat) return fat;
  const sectors = new Sectors(bytes, sectorSize, sectorCount, fat.value);

  const directoryChain = sectors.chain(u32(bytes, 48), 1);
  if ("problem" in directoryChain) return directoryChain;
  const directory = sectors.read(directoryChain.value, directoryChain.value.length * sectorSize);
  const entries = Array.from({ length: directory.length / DIRECTORY_ENTRY_LENGTH }, (_, index) =>
    directoryEntry(directory, index)
  );
  const root = entries[0];
  if (root?.type !== ROOT) return { problem: "damaged" };
  const children = childrenOf(entries, root);
  if ("problem" in children) return children;
  if (children.value.some((entry) => entry.name === "EncryptedPackage")) {
    return { problem: "encrypted" };
  }
  const workbook = workbookEntry(children.value);
  if (!workbook) return { problem: "not-a-workbook" };
  if (workbook.size > bytes.length) return { problem: "damaged" };

  if (workbook.size >= MINI_STREAM_CUTOFF) {
    const chain = sectors.chain(workbook.start, Math.ceil(workbook.size / sectorSize));
    return "problem" in chain ? chain : { value: sectors.read(chain.value, workbook.size).slice() };
  }
  // A small stream lives in 64-byte mini sectors inside the root's stream, chained by the mini FAT.
  if (root.size > bytes.length) return { problem: "damaged" };
  const miniStreamChain = sectors.chain(root.start, Math.ceil(root.size / sectorSize));
  if ("problem" in miniStreamChain) return miniStreamChain;
  const miniStream = sectors.read(miniStreamChain.value, root.size);
  const miniFatChain = sectors.chain(u32(bytes, 60), 1);
  if ("problem" in miniFatChain) return miniFatChain;
  const miniFat = sectors.read(miniFatChain.value, miniFatChain.value.length * sectorSize);
  const miniSectors: number[] = [];
  const visited = new Set<number>();
  for (let mini = workbook.start; mini !== END_OF_CHAIN;) {
    if (visited.has(mini) || (mini + 1) * MINI_SECTOR_LENGTH > miniStream.length) {
      return { problem: "damaged" };
    }
    visited.add(mini);
    miniSectors.push(mini);
    mini = mini * 4 + 4 <= miniFat.length ? u32(miniFat, mini * 4) : FREE_SECTOR;
  }
  if (miniSectors.length * MINI_SECTOR_LENGTH < workbook.size) return { problem: "damaged" };
  const stream = new Uint8Array(miniSectors.length * MINI_SECTOR_LENGTH);
  miniSectors.forEach((mini, index) =>
    stream.set(
      miniStream.subarray(mini * MINI_SECTOR_LENGTH, (mini + 1) * MINI_SECTOR_LENGTH),
      index * MINI_SECTOR_LENGTH
    )
  );
  return { value: stream.slice(0, workbook.size) };
}
