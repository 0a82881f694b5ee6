/** @jest-environment jsdom */
import "../jsdomGaps";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { dateToSerial } from "../../../src/domain/common/excelDate";
import type { Language } from "../../../src/domain/common/language";
import { workbookError } from "../../../src/domain/workbook/workbookError";
import { WORKBOOK_ERROR } from "../../../src/domain/workbook/workbookErrorCode";
import { GoalsPanel } from "../../../src/taskpane/goals/GoalsPanel";
import { post, postsFile } from "../../support/builders/records";
import { FakeHost } from "../../support/fakeHost";

const TODAY = dateToSerial(2026, 3, 20);

function renderPanel(host: FakeHost, language: Language = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <GoalsPanel host={host} language={language} today={TODAY} />
    </FluentProvider>
  );
  return userEvent.setup({ delay: null });
}

// Rendering Fluent in jsdom on a shared machine is slow; the default 5 s is too tight for a whole form.
jest.setTimeout(30_000);

const field = (name: RegExp) => screen.getByRole("textbox", { name });

interface Typed {
  specific?: string;
  metric?: string;
  platform?: string;
  baseline?: string;
  target?: string;
  relevant?: string;
  start?: string;
  deadline?: string;
}

/** Replaces a field's text as a user pasting it would (typing key by key is slow in jsdom). */
async function typeInto(user: UserEvent, element: HTMLElement, text: string): Promise<void> {
  await user.clear(element);
  if (text !== "") await user.paste(text);
}

/** Fills the form as a user would, in English; a key left out keeps its field as it is. */
async function fill(user: UserEvent, typed: Typed): Promise<void> {
  const type = async (element: HTMLElement, text: string | undefined) => {
    if (text !== undefined) await typeInto(user, element, text);
  };
  await type(field(/^Goal/), typed.specific);
  if (typed.metric !== undefined) {
    await user.selectOptions(screen.getByRole("combobox", { name: /^KPI/ }), typed.metric);
  }
  if (typed.platform !== undefined) {
    await user.selectOptions(screen.getByRole("combobox", { name: /^Platform/ }), typed.platform);
  }
  await type(field(/^Baseline/), typed.baseline);
  await type(field(/^Target/), typed.target);
  await type(field(/^Business objective/), typed.relevant);
  await type(screen.getByLabelText(/^Start/), typed.start);
  await type(screen.getByLabelText(/^Deadline/), typed.deadline);
}

const VALID: Typed = {
  specific: "Raise Instagram engagement rate from 3% to 4.5% by June",
  metric: "ENGAGEMENT_RATE",
  platform: "instagram",
  baseline: "3%",
  target: "4.5%",
  relevant: "Brand awareness",
  start: "2026-03-01",
  deadline: "2026-06-30",
};

describe("GoalsPanel", () => {
  it("guides each SMART letter with a hint", async () => {
    renderPanel(new FakeHost());
    for (const letter of [
      "S — Specific",
      "M — Measurable",
      "A — Achievable",
      "R — Relevant",
      "T — Time-bound",
    ]) {
      expect(screen.getByRole("group", { name: letter })).toBeTruthy();
    }
    expect(
      screen.getByRole("group", { name: "S — Specific" }).getAttribute("aria-describedby")
    ).toBeTruthy();
    expect(screen.getByText(/One sentence with the KPI and the number to reach/)).toBeTruthy();
    // The panel reads the imported tables when it mounts; that read lands before the test ends.
    await act(() => Promise.resolve());
  });

  it("blocks writing an incomplete goal, says why on each field and moves focus to the first", async () => {
    const host = new FakeHost();
    const user = renderPanel(host);

    await user.click(screen.getByRole("button", { name: "Add goal" }));

    expect(host.calls).not.toContain("addGoal");
    const goal = field(/^Goal/);
    expect(goal.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(goal);
    expect(screen.getByText(/Say what the goal is, in one sentence/)).toBeTruthy();
    expect(screen.getByText("Choose a KPI.")).toBeTruthy();
    expect(screen.getByLabelText(/^Deadline/).getAttribute("aria-invalid")).toBe("true");
  });

  it("refuses a target equal to the baseline and a deadline before the start", async () => {
    const host = new FakeHost();
    const user = renderPanel(host);
    await fill(user, { ...VALID, target: "0.03", deadline: "2026-02-01" });

    await user.click(screen.getByRole("button", { name: "Add goal" }));

    expect(host.calls).not.toContain("addGoal");
    expect(screen.getByText(/The target equals the baseline/)).toBeTruthy();
    expect(screen.getByText("The deadline must come after the start.")).toBeTruthy();
    expect(document.activeElement).toBe(field(/^Target/));
  });

  it("adds a valid goal and names the sheet and row it went to", async () => {
    const host = new FakeHost();
    const user = renderPanel(host);
    await fill(user, VALID);

    await user.click(screen.getByRole("button", { name: "Add goal" }));

    expect(
      await screen.findByText(
        "Goal added to sheet Goals, row 5. The sheet Goals was created for it."
      )
    ).toBeTruthy();
    const inputs = host.templates.get("goals")?.inputs;
    expect(inputs?.get("A5")).toBe(VALID.specific);
    expect(inputs?.get("H5")).toBe(0.045);
    expect(inputs?.get("I5")).toBe(dateToSerial(2026, 3, 1));
    expect((field(/^Goal/) as HTMLTextAreaElement).value).toBe("");

    await fill(user, VALID);
    await user.click(screen.getByRole("button", { name: "Add goal" }));
    expect(await screen.findByText("Goal added to sheet Goals, row 6.")).toBeTruthy();
  });

  it("shows the current value when the imported data covers the KPI, and asks for it otherwise", async () => {
    const host = new FakeHost();
    await host.writeImport(
      postsFile([
        post(1, {
          platform: "instagram",
          publishedAt: "2026-03-05T10:00",
          engagements: 30,
          impressions: 1000,
        }),
        post(2, {
          platform: "instagram",
          publishedAt: "2026-03-19T10:00",
          engagements: 50,
          impressions: 1000,
        }),
        post(3, {
          platform: "instagram",
          publishedAt: "2026-03-25T10:00",
          engagements: 900,
          impressions: 1000,
        }),
      ])
    );
    const user = renderPanel(host);
    await waitFor(() => expect(host.calls).toContain("readTables"));

    await fill(user, {
      metric: "ENGAGEMENT_RATE",
      platform: "instagram",
      start: "2026-03-01",
      deadline: "2026-06-30",
    });

    expect(screen.getByRole("status").textContent).toBe(
      "Current value from your imported data over the goal's dates: 4%"
    );
    expect(screen.queryByRole("textbox", { name: /^Current value/ })).toBeNull();

    await fill(user, { metric: "CPA" });
    expect(screen.queryByRole("status")).toBeNull();
    expect(field(/^Current value/)).toBeTruthy();
    expect(screen.getByText(/does not measure this KPI over these dates/)).toBeTruthy();
  });

  it("speaks French: hints, labels, validation and numbers typed the French way", async () => {
    const host = new FakeHost();
    const user = renderPanel(host, "fr");
    expect(screen.getByRole("group", { name: "T — Temporel" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Ajouter l'objectif" }));
    expect(screen.getByText("Choisissez un KPI.")).toBeTruthy();
    expect(host.calls).not.toContain("addGoal");

    await typeInto(
      user,
      screen.getByRole("textbox", { name: /^Objectif$|^Objectif \*/ }),
      "Porter le taux de clic à 2,5 %"
    );
    await user.selectOptions(screen.getByRole("combobox", { name: /^KPI/ }), "CTR");
    await typeInto(user, screen.getByRole("textbox", { name: /^Départ/ }), "1,5 %");
    await typeInto(user, screen.getByRole("textbox", { name: /^Cible/ }), "2,5");
    await typeInto(
      user,
      screen.getByRole("textbox", { name: /^Objectif métier/ }),
      "Trafic du site"
    );
    await typeInto(user, screen.getByLabelText(/^Début/), "2026-03-01");
    await typeInto(user, screen.getByLabelText(/^Échéance/), "2026-06-30");
    await user.click(screen.getByRole("button", { name: "Ajouter l'objectif" }));
    expect(
      screen.getByText(
        "Ce KPI est un taux : saisissez 2,5 % (avec le signe %), ou la fraction 0,025."
      )
    ).toBeTruthy();

    await typeInto(user, screen.getByRole("textbox", { name: /^Cible/ }), "2,5 %");
    await user.click(screen.getByRole("button", { name: "Ajouter l'objectif" }));
    expect(
      await screen.findByText(
        "Objectif ajouté à la feuille Objectifs, ligne 5. La feuille Objectifs a été créée pour lui."
      )
    ).toBeTruthy();
    expect(host.templates.get("goals")?.inputs.get("B5")).toBe("TAUX_CLIC");
  });

  it("shows the workbook's refusal in the user's language and keeps the goal typed", async () => {
    const host = new FakeHost();
    const user = renderPanel(host, "en");
    await waitFor(() => expect(host.calls).toContain("readTables"));
    await fill(user, VALID);
    host.failNext = workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
      excelCode: "AccessDenied",
      detail: "The sheet is protected.",
    });

    await user.click(screen.getByRole("button", { name: "Add goal" }));

    expect(
      await screen.findByText(
        "The goal was not added. Excel refused the request (AccessDenied): The sheet is protected."
      )
    ).toBeTruthy();
    expect((field(/^Goal/) as HTMLTextAreaElement).value).toBe(VALID.specific);
    expect(host.templates.has("goals")).toBe(false);
  });

  it("says when the imported data cannot be read, and still lets the user type the current value", async () => {
    const host = new FakeHost();
    host.failNext = workbookError(WORKBOOK_ERROR.EXCEL_REQUEST_FAILED, {
      excelCode: "GeneralException",
      detail: "Busy.",
    });
    renderPanel(host, "fr");
    expect(
      await screen.findByText(
        "Vos données importées n'ont pas pu être lues : Excel a refusé la requête (GeneralException) : Busy."
      )
    ).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /^Valeur actuelle/ })).toBeTruthy();
  });
});
