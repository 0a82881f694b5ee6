import {
  makeStyles,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Language } from "../../domain/common/language";
import { FIELDS, type FieldSpec } from "../../domain/import/fields";
import type { RecordKind, RecordLists } from "../../domain/import/schema";
import { CaptionedTable } from "./CaptionedTable";
import type { ImportStrings } from "./strings";

/** Records shown of a file: enough to recognise it, few enough for a narrow pane. */
const PREVIEW_RECORDS = 5;

const useStyles = makeStyles({
  // An automatic layout ignores a cell's max-width: the text inside carries it.
  cell: {
    display: "inline-block",
    maxWidth: "16em",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    verticalAlign: "bottom",
  },
  header: { whiteSpace: "nowrap" },
});

/** The kind a file holds most records of: the one its preview shows. */
export function mainKind(records: RecordLists): RecordKind | null {
  let best: RecordKind | null = null;
  for (const kind of Object.keys(FIELDS) as RecordKind[]) {
    if (records[kind].length > (best ? records[best].length : 0)) best = kind;
  }
  return best;
}

const cellText = (value: unknown, language: Language): string =>
  typeof value === "number"
    ? value.toLocaleString(language === "fr" ? "fr-FR" : "en-US")
    : typeof value === "string"
      ? value
      : "";

export interface PreviewTableProps {
  readonly records: RecordLists;
  readonly language: Language;
  readonly strings: ImportStrings;
}

/** The first records of a file's main kind, with the fields the export filled in. */
export function PreviewTable({ records, language, strings }: PreviewTableProps) {
  const styles = useStyles();
  const kind = mainKind(records);
  if (!kind) return null;
  const rows = (records[kind] as readonly object[])
    .slice(0, PREVIEW_RECORDS)
    .map((record) => record as Readonly<Record<string, unknown>>);
  const fields = Object.entries<FieldSpec>(FIELDS[kind]).filter(([field]) =>
    rows.some((row) => row[field] !== null && row[field] !== undefined)
  );
  return (
    <CaptionedTable caption={strings.preview(strings.kinds[kind])}>
      <TableHeader>
        <TableRow>
          {fields.map(([field, spec]) => (
            <TableHeaderCell key={field} className={styles.header}>
              {spec.label[language]}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={index}>
            {fields.map(([field]) => (
              <TableCell key={field} title={cellText(row[field], language)}>
                <span className={styles.cell}>{cellText(row[field], language)}</span>
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </CaptionedTable>
  );
}
