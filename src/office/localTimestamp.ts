const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A moment as the user's clock shows it, `YYYY-MM-DDTHH:mm`: Excel dates have no time zone, so
 * the import log shows local time, like a date the user would type.
 *
 * @example
 * localTimestamp(new Date(2026, 10, 26, 9, 5)) //=> "2026-11-26T09:05"
 */
export function localTimestamp(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}
