/** What kind of container the bytes are, from their first bytes. */
export type Container = "ole2" | "zip" | "spreadsheetml" | "text";

/**
 * Tells spreadsheet containers from text: OLE2 (`D0 CF 11 E0`, BIFF8 `.xls` from LinkedIn), ZIP
 * (`PK`, `.xlsx`), and the XML Spreadsheet 2003 that classic Facebook Insights names `.xls`.
 *
 * @example
 * sniffContainer(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])) //=> "ole2"
 * sniffContainer(new TextEncoder().encode("Date,Views\n")) //=> "text"
 */
export function sniffContainer(bytes: Uint8Array, text?: string): Container {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return "ole2";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "zip";
  const head = (text ?? "").slice(0, 2000).trimStart();
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return "spreadsheetml";
  return "text";
}
