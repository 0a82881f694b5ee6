/** CRC-32 (ISO 3309, the checksum ZIP stores for every part), eight bytes a step. */

const POLYNOMIAL = 0xedb88320;

/**
 * Eight tables of 256 (the "slicing-by-8" method): table k gives the CRC of a byte followed by k
 * zero bytes, so eight bytes fold into the CRC with eight look-ups and no dependency between
 * them, instead of a chain of eight. A sheet of an `.xlsx` is tens of megabytes: this is most of
 * what checking it costs once it is inflated.
 */
const TABLES = (() => {
  const tables = new Uint32Array(8 * 256);
  for (let index = 0; index < 256; index++) {
    let crc = index;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? POLYNOMIAL ^ (crc >>> 1) : crc >>> 1;
    tables[index] = crc >>> 0;
  }
  for (let index = 0; index < 256; index++) {
    let crc = tables[index] ?? 0;
    for (let table = 1; table < 8; table++) {
      crc = (tables[crc & 0xff] ?? 0) ^ (crc >>> 8);
      tables[table * 256 + index] = crc;
    }
  }
  return tables;
})();

/**
 * The CRC-32 of the bytes, as the unsigned number a ZIP directory holds.
 *
 * @example
 * crc32(new TextEncoder().encode("123456789")) //=> 0xcbf43926
 */
export function crc32(bytes: Uint8Array): number {
  const t = TABLES;
  const length = bytes.length;
  let crc = 0xffffffff;
  let at = 0;
  for (; at + 8 <= length; at += 8) {
    const low =
      crc ^
      ((bytes[at] ?? 0) |
        ((bytes[at + 1] ?? 0) << 8) |
        ((bytes[at + 2] ?? 0) << 16) |
        ((bytes[at + 3] ?? 0) << 24));
    crc =
      (t[7 * 256 + (low & 0xff)] ?? 0) ^
      (t[6 * 256 + ((low >>> 8) & 0xff)] ?? 0) ^
      (t[5 * 256 + ((low >>> 16) & 0xff)] ?? 0) ^
      (t[4 * 256 + (low >>> 24)] ?? 0) ^
      (t[3 * 256 + (bytes[at + 4] ?? 0)] ?? 0) ^
      (t[2 * 256 + (bytes[at + 5] ?? 0)] ?? 0) ^
      (t[256 + (bytes[at + 6] ?? 0)] ?? 0) ^
      (t[bytes[at + 7] ?? 0] ?? 0);
  }
  for (; at < length; at++) crc = (t[(crc ^ (bytes[at] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
