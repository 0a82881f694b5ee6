import { valueError } from "../../common/nativeFormula";

/** The native formula of `elapsedShare` (../elapsedShare.ts); `#VALUE!` for a deadline before the start. */
export const nativeElapsedShare = (start: string, deadline: string, asOf: string): string =>
  `IF(${deadline}<${start},${valueError("deadline")},IF(${deadline}=${start},IF(${asOf}>=${deadline},1,0),MAX(0,MIN(1,(${asOf}-${start})/(${deadline}-${start})))))`;

/** The reference of an "as of" argument, or today when it is omitted. */
export const asOfRef = (ref: string | undefined): string => ref ?? "TODAY()";
