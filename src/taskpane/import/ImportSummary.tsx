import {
  Body1,
  Button,
  makeStyles,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../domain/common/language";
import { formatInteger } from "../../domain/catalogue";
import type { ImportReport } from "../../domain/workbook/importReport";
import { describeSkipped } from "../../domain/workbook/messages";
import { CaptionedTable } from "./CaptionedTable";
import type { ImportStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  action: { alignSelf: "flex-start" },
});

export interface ImportSummaryProps {
  readonly report: ImportReport;
  readonly language: Language;
  readonly strings: ImportStrings;
  readonly onOpenLog: () => void;
}

/** What an import did to each table (added, updated, unchanged, skipped and why), and the log. */
export function ImportSummary({ report, language, strings, onOpenLog }: ImportSummaryProps) {
  const styles = useStyles();
  const n = (value: number) => formatInteger(value, language);
  // The file's own left-out rows (totals, descriptions) are in no table: the total says them.
  const notWritten = describeSkipped(report.skippedReasons, language);
  return (
    <div className={styles.root}>
      <CaptionedTable caption={strings.summary}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.table}</TableHeaderCell>
            <TableHeaderCell>{strings.added}</TableHeaderCell>
            <TableHeaderCell>{strings.updated}</TableHeaderCell>
            <TableHeaderCell>{strings.unchanged}</TableHeaderCell>
            <TableHeaderCell>{strings.skipped}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.tables.map((table) => {
            const skipped = table.skipped.reduce((sum, s) => sum + s.rows, 0);
            const reasons = describeSkipped(table.skipped, language);
            return (
              <TableRow key={table.kind}>
                <TableCell>{table.table}</TableCell>
                <TableCell>{n(table.added)}</TableCell>
                <TableCell>{n(table.updated)}</TableCell>
                <TableCell>{n(table.unchanged)}</TableCell>
                <TableCell>{reasons === "" ? n(skipped) : `${n(skipped)} (${reasons})`}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </CaptionedTable>
      {notWritten !== "" && <Body1>{strings.notWritten(notWritten)}</Body1>}
      <Button className={styles.action} appearance="secondary" onClick={onOpenLog}>
        {strings.openLog}
      </Button>
    </div>
  );
}
