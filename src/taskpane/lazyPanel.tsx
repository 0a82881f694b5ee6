import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { type ComponentType, useEffect, useRef, useState } from "react";
import type { Language } from "../domain/common/language";
import { strings } from "./i18n/strings";

type Loading<P> =
  | { readonly state: "loading" }
  | { readonly state: "loaded"; readonly Panel: ComponentType<P> }
  | { readonly state: "failed"; readonly detail: string };

/**
 * A panel whose code is downloaded when it is first shown, not with the pane (the pane's first load
 * stays small): a labelled spinner meanwhile, then the panel. When the download fails — the add-in
 * is offline, or a new version was deployed and the old chunks are gone — the user reads why in
 * their language and can try again: the download is retried, not the failure remembered as
 * `React.lazy` would. Once downloaded, the panel shows at once every time it is mounted again.
 *
 * @example
 * const GoalsTab = lazyPanel(
 *   async () => (await import("./GoalsPanel")).GoalsPanel,
 *   ({ language }) => goalsStrings[language].loading
 * );
 */
export function lazyPanel<P extends { readonly language: Language }>(
  load: () => Promise<ComponentType<P>>,
  loadingLabel: (props: P) => string
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let download: Promise<ComponentType<P>> | undefined;
  // One download for every instance mounted meanwhile; a failed one is forgotten so a retry asks again.
  const downloadPanel = () =>
    (download ??= load().then(
      (Panel) => (loaded = Panel),
      (error: unknown) => {
        download = undefined;
        throw error;
      }
    ));

  function LazyPanel(props: P) {
    const [loading, setLoading] = useState<Loading<P>>(() =>
      loaded ? { state: "loaded", Panel: loaded } : { state: "loading" }
    );
    const [attempt, setAttempt] = useState(0);

    useEffect(() => {
      let live = true;
      downloadPanel().then(
        (Panel) =>
          live &&
          setLoading((current) =>
            current.state === "loaded" ? current : { state: "loaded", Panel }
          ),
        (error: unknown) =>
          live &&
          setLoading({
            state: "failed",
            detail: error instanceof Error ? error.message : String(error),
          })
      );
      return () => {
        live = false;
      };
    }, [attempt]);

    const retried = useRef<HTMLDivElement>(null);
    useEffect(() => {
      if (loading.state === "loaded") focusHeadingIn(retried.current);
    }, [loading.state]);

    if (loading.state === "loaded") {
      // The "Try again" button is gone with the message, and focus with it to the page's body:
      // after a retry the panel takes focus, so keyboard and screen-reader users land where it is.
      return attempt === 0 ? (
        <loading.Panel {...props} />
      ) : (
        <div ref={retried} tabIndex={-1}>
          <loading.Panel {...props} />
        </div>
      );
    }
    if (loading.state === "loading") return <Spinner size="small" label={loadingLabel(props)} />;
    const text = strings[props.language];
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.loadFailedTitle}</MessageBarTitle>
          {text.loadFailed(loading.detail)}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              setLoading({ state: "loading" });
              setAttempt((n) => n + 1);
            }}
          >
            {text.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return LazyPanel;
}

/** Focuses a container's first heading (made focusable by script only), else the container. */
function focusHeadingIn(container: HTMLElement | null): void {
  if (!container) return;
  const heading = container.querySelector<HTMLElement>("h1, h2, h3, h4, h5, h6");
  if (heading && !heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  (heading ?? container).focus();
}
