/** @jest-environment jsdom */
import "./jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentType } from "react";
import type { Language } from "../../src/domain/common/language";
import { lazyPanel } from "../../src/taskpane/lazyPanel";

// Fluent's first renders can take seconds while other test files run in parallel.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

interface NoteProps {
  readonly language: Language;
  readonly note: string;
}

function Note({ note }: NoteProps) {
  return <p>{note}</p>;
}

/** A download the test settles by hand, as the network would. */
function deferred() {
  let settle!: { resolve: (panel: ComponentType<NoteProps>) => void; reject: (e: Error) => void };
  const promise = new Promise<ComponentType<NoteProps>>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

const loadingLabel = ({ language }: NoteProps) =>
  language === "fr" ? "Chargement de la note…" : "Loading the note…";

const show = (Panel: ComponentType<NoteProps>, language: Language = "en") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <Panel language={language} note="Hello" />
    </FluentProvider>
  );

describe("a panel downloaded on demand", () => {
  it("shows a labelled spinner while its code downloads, then the panel", async () => {
    const download = deferred();
    const Panel = lazyPanel(() => download.promise, loadingLabel);
    show(Panel);

    expect(screen.getByRole("progressbar", { name: "Loading the note…" })).toBeTruthy();
    download.resolve(Note);

    expect(await screen.findByText("Hello")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("says in the user's language that its code did not download, with the reason", async () => {
    const Panel = lazyPanel(
      () => Promise.reject(new Error("Loading chunk 4 failed.")),
      loadingLabel
    );
    show(Panel, "fr");

    const message = await screen.findByRole("group", {
      name: "Cette partie du complément ne s'est pas chargée",
    });
    expect(message.textContent).toContain(
      "Son code n'a pas pu être téléchargé (Loading chunk 4 failed.)"
    );
    expect(screen.getByRole("button", { name: "Réessayer" })).toBeTruthy();
  });

  it("downloads again when the user tries again, and shows the panel when that succeeds", async () => {
    const attempts = [deferred(), deferred()];
    const load = jest.fn<Promise<ComponentType<NoteProps>>, []>();
    for (const attempt of attempts) load.mockImplementationOnce(() => attempt.promise);
    const Panel = lazyPanel(load, loadingLabel);
    show(Panel);
    attempts[0]!.reject(new Error("Failed to fetch"));
    await screen.findByRole("group", { name: "This part of the add-in did not load" });

    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));

    expect(screen.getByRole("progressbar", { name: "Loading the note…" })).toBeTruthy();
    expect(
      screen.queryByRole("group", { name: "This part of the add-in did not load" })
    ).toBeNull();
    attempts[1]!.resolve(Note);
    expect(await screen.findByText("Hello")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("moves focus to the panel's first heading once a retry has downloaded it", async () => {
    function Titled({ note }: NoteProps) {
      return (
        <section aria-labelledby="note-title">
          <h2 id="note-title">The note</h2>
          <button type="button">{note}</button>
        </section>
      );
    }
    const load = jest
      .fn<Promise<ComponentType<NoteProps>>, []>()
      .mockRejectedValueOnce(new Error("Failed to fetch"))
      .mockResolvedValueOnce(Titled);
    const Panel = lazyPanel(load, loadingLabel);
    show(Panel);

    await userEvent.setup().click(await screen.findByRole("button", { name: "Try again" }));

    const heading = await screen.findByRole("heading", { name: "The note" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // Focusable by script only: Tab still goes from the heading to the panel's first control.
    expect(heading.tabIndex).toBe(-1);
  });

  it("moves focus into a panel without a heading once a retry has downloaded it", async () => {
    const load = jest
      .fn<Promise<ComponentType<NoteProps>>, []>()
      .mockRejectedValueOnce(new Error("Failed to fetch"))
      .mockResolvedValueOnce(Note);
    const Panel = lazyPanel(load, loadingLabel);
    show(Panel);

    await userEvent.setup().click(await screen.findByRole("button", { name: "Try again" }));

    const note = await screen.findByText("Hello");
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement?.contains(note)).toBe(true);
  });

  it("leaves focus alone when the panel downloads at the first attempt", async () => {
    const Panel = lazyPanel(() => Promise.resolve<ComponentType<NoteProps>>(Note), loadingLabel);
    show(Panel);

    await screen.findByText("Hello");

    expect(document.activeElement).toBe(document.body);
  });

  it("keeps failing visibly when the retry fails too", async () => {
    const load = jest.fn(() => Promise.reject(new Error("Failed to fetch")));
    const Panel = lazyPanel(load, loadingLabel);
    show(Panel);
    await userEvent.setup().click(await screen.findByRole("button", { name: "Try again" }));

    expect(await screen.findByRole("button", { name: "Try again" })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("downloads once for every panel shown, and shows at once when mounted again", async () => {
    const load = jest.fn(() => Promise.resolve<ComponentType<NoteProps>>(Note));
    const Panel = lazyPanel(load, loadingLabel);
    const first = show(Panel);
    show(Panel);
    expect(await screen.findAllByText("Hello")).toHaveLength(2);
    first.unmount();

    show(Panel);

    // Mounted again after the download: no spinner, not even for one render.
    expect(screen.getAllByText("Hello")).toHaveLength(2);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
