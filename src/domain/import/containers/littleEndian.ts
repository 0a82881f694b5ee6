/**
 * Unsigned little-endian integers read out of a container's bytes (ZIP, OLE2 and BIFF all store
 * them so). Bytes past the end read as 0: every caller checks lengths against the structure it
 * walks, and a 0 is never mistaken for a valid pointer or size there.
 *
 * @example
 * u16(new Uint8Array([0x09, 0x08]), 0) //=> 0x0809
 * u32(new Uint8Array([0x50, 0x4b, 0x05, 0x06]), 0) //=> 0x06054b50
 */
export const u16 = (bytes: Uint8Array, at: number): number =>
  (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);

/** {@link u16} for 32 bits, never negative (no sign bit: `>>> 0` semantics). */
export const u32 = (bytes: Uint8Array, at: number): number =>
  u16(bytes, at) + u16(bytes, at + 2) * 0x10000;

/** {@link u16} for 64 bits (ZIP64 sizes), exact up to 2^53. */
export const u64 = (bytes: Uint8Array, at: number): number =>
  u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
