import {
  Body1,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { type DragEvent, useRef, useState } from "react";
import type { Language } from "../../domain/common/language";
import { progressFraction } from "../../domain/progress";
import { renderWorkbookError } from "../../domain/workbook/messages";
import { isWorkbookError, type WorkbookError } from "../../domain/workbook/workbookError";
import type { WorkbookHost } from "../../office/host";
import { lazyPanel } from "../lazyPanel";
import type { FileCardProps } from "./FileCard";
import { importStrings } from "./strings";
import { type CurrentImport, type ImportRunOptions, useImports } from "./useImports";

// A file's card (tables, issues, summary) is its own chunk: the pane's first load shows none.
const FileCard = lazyPanel<FileCardProps>(
  async () => (await import("./FileCard")).FileCard,
  ({ entry, strings }) => strings.cardLoading(entry.name)
);

/** The files the picker offers: the containers the importer reads. */
const ACCEPT = ".csv,.xls,.xlsx,.zip";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  dropZone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export interface ImportPanelProps extends ImportRunOptions {
  readonly language: Language;
  readonly host: WorkbookHost;
}

function progressLabel(current: CurrentImport, strings: (typeof importStrings)["en"]): string {
  return current.phase === "parse" ? strings.reading(current.name) : strings.writing(current.name);
}

/**
 * The Import tab: export files dropped or chosen (or the sheet the user has open) are read in a
 * worker and merged into the workbook's tables, one at a time, with a progress bar; each gets a
 * card with what was found, its issues, its first rows, and the summary, mapping or error.
 */
export function ImportPanel({ language, host, ...runOptions }: ImportPanelProps) {
  const styles = useStyles();
  const strings = importStrings[language];
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [panelError, setPanelError] = useState<string | null>(null);
  const { entries, current, importSources, importWithMapping } = useImports(host, runOptions);

  const importFiles = (files: FileList | null) => {
    const list = files ? Array.from(files) : [];
    if (list.length === 0) return;
    setPanelError(null);
    void importSources(list.map((file) => ({ name: file.name, source: file })));
  };

  const showError = (error: WorkbookError, prefix?: string) =>
    setPanelError([prefix, renderWorkbookError(error, language)].filter((part) => part).join(" "));

  const importCurrentSheet = async () => {
    setPanelError(null);
    const grid = await host.readActiveSheet();
    if (isWorkbookError(grid)) {
      showError(grid, strings.sheetUnread);
      return;
    }
    await importSources([{ name: grid.sheet, source: grid }]);
  };

  const openLog = async () => {
    const shown = await host.showTable("importLog");
    if (isWorkbookError(shown)) showError(shown);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    importFiles(event.dataTransfer.files);
  };

  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Subtitle2 as="h2" block id="import-heading">
        {strings.heading}
      </Subtitle2>
      <div
        data-drop-zone
        role="group"
        aria-label={strings.dropZone}
        className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Body1>{strings.intro}</Body1>
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {strings.chooseFiles}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept={ACCEPT}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            importFiles(event.target.files);
            // The same file chosen again must fire a change (a corrected export, a retry).
            event.target.value = "";
          }}
        />
      </div>
      <Button appearance="secondary" onClick={() => void importCurrentSheet()}>
        {strings.importSheet}
      </Button>
      {current && (
        <Field label={progressLabel(current, strings)}>
          <ProgressBar
            thickness="large"
            value={current.progress ? progressFraction(current.progress) : undefined}
          />
        </Field>
      )}
      {panelError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{panelError}</MessageBarBody>
        </MessageBar>
      )}
      {entries.length > 0 && (
        <ul className={styles.list} aria-label={strings.files}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <FileCard
                entry={entry}
                language={language}
                strings={strings}
                onMapping={(mapping) => void importWithMapping(entry.id, mapping)}
                onOpenLog={() => void openLog()}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
