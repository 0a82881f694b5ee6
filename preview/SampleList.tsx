import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { type DragEvent, useEffect, useState } from "react";
import { dropFileOnPane } from "./dropSample";
import type { Sample } from "./samples";
import { SAMPLES, sampleFileName, sampleUrl } from "./samples";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    overflowY: "auto",
    minHeight: 0,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "grab",
  },
  file: { color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

type Message = { intent: "success" | "warning" | "error"; text: string };

/** The sample files, fetched once so a drag can carry them (dragstart cannot wait for a fetch). */
function useSampleFiles(): [ReadonlyMap<Sample, File>, string | undefined] {
  const [files, setFiles] = useState<ReadonlyMap<Sample, File>>(new Map());
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    Promise.all(
      SAMPLES.map(async (sample): Promise<[Sample, File]> => {
        const response = await fetch(sampleUrl(sample));
        if (!response.ok) throw new Error(`${sampleFileName(sample)}: HTTP ${response.status}`);
        return [sample, new File([await response.blob()], sampleFileName(sample))];
      })
    ).then(
      (entries) => {
        if (!cancelled) setFiles(new Map(entries));
      },
      (reason: unknown) => {
        if (!cancelled) setError(`The samples could not be loaded (${String(reason)}).`);
      }
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return [files, error];
}

export interface SampleListProps {
  /** The element holding the task pane, where the drop zone is looked for. */
  readonly pane: () => HTMLElement | null;
}

/** Real-layout exports a visitor can drop into the pane (button or drag) or download. */
export function SampleList({ pane }: SampleListProps) {
  const styles = useStyles();
  const [files, loadError] = useSampleFiles();
  const [message, setMessage] = useState<Message>();

  async function drop(sample: Sample): Promise<void> {
    const file = files.get(sample);
    const root = pane();
    if (!file || !root) return;
    const dropped = await dropFileOnPane(root, file);
    setMessage(
      dropped
        ? { intent: "success", text: `${sample.label} dropped into the pane.` }
        : { intent: "warning", text: "The pane shows no import drop zone to drop the file on." }
    );
  }

  function dragStart(event: DragEvent<HTMLElement>, sample: Sample): void {
    const file = files.get(sample);
    if (!file) return;
    event.dataTransfer.effectAllowed = "copy";
    event.dataTransfer.items.add(file);
    // Chromium saves a file dragged out of the page from this entry.
    const url = new URL(sampleUrl(sample), document.baseURI).href;
    event.dataTransfer.setData("DownloadURL", `application/octet-stream:${file.name}:${url}`);
  }

  return (
    <section className={styles.root} aria-labelledby="samples-heading">
      <Subtitle2 as="h2" id="samples-heading">
        Sample exports
      </Subtitle2>
      <Body1 className={styles.intro}>
        Real export layouts from the test fixtures. Drag one onto the pane&apos;s drop zone, or use
        its button.
      </Body1>
      {loadError && (
        <MessageBar intent="error">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {SAMPLES.map((sample) => (
          <li
            key={sample.fixture}
            className={styles.item}
            draggable={files.has(sample)}
            onDragStart={(event) => dragStart(event, sample)}
          >
            <Body1>{sample.label}</Body1>
            <Caption1 className={styles.file}>{sampleFileName(sample)}</Caption1>
            <div className={styles.actions}>
              <Button
                size="small"
                appearance="primary"
                disabled={!files.has(sample)}
                aria-label={`Drop into pane: ${sample.label}`}
                onClick={() => void drop(sample)}
              >
                Drop into pane
              </Button>
              <Link
                href={sampleUrl(sample)}
                download={sampleFileName(sample)}
                aria-label={`Download: ${sample.label}`}
              >
                Download
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
