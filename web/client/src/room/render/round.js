// Peer consultation (intervisie) on the current item's case: what everyone sees (phase, timer, whose turn, the
// entries per phase, the chosen advice) and the chair's controls in the "Intervisie" tab (order, next phase, close).
import { TEXT, label } from "../texts.js";
import { currentItem, isTurnPhase, mayStartRound, mayWriteEntry, nextPhase, phaseLines, phasesReached, roundOfItem, sameId, turnText } from "../view.js";
import { formatMmSs, remainingMs } from "../timer.js";
import { $, el, setHidden, setText, syncList } from "./dom.js";

/** The round shown in the room: the current item's. @param {import("../../room-contract").RoomState} state */
export function shownRound(state) {
  const item = currentItem(state);
  return item ? roundOfItem(state, item.id) : null;
}

/** @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view */
export function renderRound(state, view) {
  const round = shownRound(state);
  setHidden("round", !round);
  $("meeting-room")?.classList.toggle("has-round", Boolean(round));
  if (!round) {
    setHidden("round-entry-form", true);
    return;
  }
  const open = !round.closed && state.meeting.status === "Started";
  setText("round-phase", round.closed ? "Afgesloten" : `Fase: ${label("roundPhase", round.phase)}`);
  renderRoundTimer(round, view.now);

  const turn = open ? turnText(round, view.me, view.nameOf) : null;
  setText("round-turn", turn ?? "");
  setHidden("round-turn", !turn);
  const passFor = /** @type {HTMLButtonElement | null} */ ($("round-pass-for"));
  if (passFor) {
    passFor.hidden = !(view.isChair && open && isTurnPhase(round.phase) && round.turn);
    passFor.textContent = round.turn ? TEXT.passFor(view.nameOf(round.turn)) : "";
    passFor.dataset.userId = round.turn ?? "";
  }

  const chosen = new Set((round.chosenEntryIds ?? []).map((id) => String(id).toLowerCase()));
  const phases = phasesReached(round);
  syncList($("round-phases"), phases, {
    key: (phase) => phase,
    signature: (phase) => JSON.stringify([phaseLines(round, phase), [...chosen], round.closed]),
    build: (phase) => {
      const lines = phaseLines(round, phase);
      return el(
        "section",
        { className: "round-phase-block", "aria-labelledby": `round-phase-${phase}` },
        el("h3", { id: `round-phase-${phase}`, text: label("roundPhase", phase) }),
        lines.length
          ? el(
              "ol",
              { className: "round-entries" },
              ...lines.map((line) =>
                line.entry
                  ? el(
                      "li",
                      { "data-id": line.entry.id, className: chosen.has(String(line.entry.id).toLowerCase()) ? "round-entry is-chosen" : "round-entry" },
                      el("span", { className: "round-entry-author", text: `${view.displayName(line.entry.authorId)}: ` }),
                      el("span", { className: "round-entry-text", text: line.entry.text }),
                      chosen.has(String(line.entry.id).toLowerCase()) ? el("span", { className: "badge badge-advice", text: TEXT.chosen }) : null,
                    )
                  : el("li", { className: "round-pass", text: `${view.displayName(line.pass?.userId)} ${TEXT.passed}` }),
              ),
            )
          : el("p", { className: "empty", text: phase === "Question" ? TEXT.noQuestionYet : TEXT.noEntries }),
      );
    },
  });

  setHidden("round-outcome", !round.closed);
  if (round.closed) {
    const entries = (round.entries ?? []).filter((e) => chosen.has(String(e.id).toLowerCase()));
    syncList($("round-chosen"), entries, {
      key: (e) => e.id,
      signature: () => "",
      build: (e) => el("li", { className: "record" }, el("p", { className: "record-title", text: view.nameOf(e.authorId) }), el("p", { text: e.text })),
      emptyId: "round-chosen-empty",
    });
  }

  const writing = open && mayWriteEntry(round, view.me);
  const form = $("round-entry-form");
  // The turn moved on while this person was typing: focus goes to the line that says whose turn it is, not to the page.
  if (!writing && form && !form.hidden && form.contains(document.activeElement)) {
    const turn = $("round-turn");
    /** @type {HTMLElement | null} */ (turn && !turn.hidden ? turn : $("round-heading"))?.focus();
  }
  setHidden("round-entry-form", !writing);
  if (writing) {
    setText("round-entry-label", TEXT.entryLabel[round.phase]);
    setText("round-entry-submit", TEXT.entrySubmit[round.phase]);
    setHidden("round-pass", !isTurnPhase(round.phase));
  }
}

/** Only the timer's text: called every second, so nothing else is redrawn. */
export function renderRoundTimer(round, now) {
  const left = round && !round.closed ? remainingMs(round.phaseSince, round.phaseMinutes, now) : null;
  setHidden("round-timer", left === null);
  if (left === null) return;
  setText("round-timer", left > 0 ? TEXT.timeLeft(formatMmSs(left)) : TEXT.timeOver);
  $("round-timer")?.classList.toggle("is-over", left === 0);
}

/**
 * The chair's "Intervisie" tab: the start form with the order of turns (`local.order`, kept by the entry module so that
 * the chair's reordering survives pushes), or the next-phase and close forms of the running round.
 * @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view
 * @param {{ order: { userId: string, checked: boolean }[] }} local
 */
export function renderRoundTools(state, view, local) {
  if (!view.isChair) return;
  const item = currentItem(state);
  const running = (state.rounds ?? []).find((r) => !r.closed) ?? null;
  const startable = state.meeting.status === "Started" && mayStartRound(state, item);
  setHidden("round-start-form", !startable);
  setHidden("round-unavailable", startable || Boolean(running));

  if (startable) {
    const list = $("round-order");
    // Where the chair's focus is, by person and control, so a push or a move puts it back on the same control.
    const active = /** @type {HTMLElement | null} */ (list?.contains(document.activeElement) ? document.activeElement : null);
    const focusSelector = active?.dataset.userId
      ? `[data-user-id="${CSS.escape(active.dataset.userId)}"]${active.dataset.delta ? `[data-delta="${active.dataset.delta}"]` : ".round-order-check"}`
      : null;
    syncList(list, local.order, {
      key: (o) => o.userId,
      // No place in the signature: someone coming in or a row moved keeps the other rows (and focus in them) as they are.
      signature: (o) => `${o.checked}|${view.nameOf(o.userId)}`,
      build: (o, index) => {
        const id = `round-order-${o.userId}`;
        const name = view.nameOf(o.userId);
        return el(
          "li",
          { "data-user-id": o.userId, className: "round-order-row" },
          el("input", { type: "checkbox", id, checked: o.checked, "data-user-id": o.userId, className: "round-order-check" }),
          el("label", { for: id, text: name }),
          el("button", { type: "button", className: "button button-secondary button-small move", "data-user-id": o.userId, "data-delta": "-1", "aria-label": TEXT.moveUp(name), disabled: index === 0, text: "↑" }),
          el("button", { type: "button", className: "button button-secondary button-small move", "data-user-id": o.userId, "data-delta": "1", "aria-label": TEXT.moveDown(name), disabled: index === local.order.length - 1, text: "↓" }),
        );
      },
      emptyId: "round-order-empty",
    });
    list?.querySelectorAll("button.move").forEach((button) => {
      const row = /** @type {HTMLElement} */ (button).closest("li");
      const at = row ? Array.from(list.children).indexOf(row) : -1;
      /** @type {HTMLButtonElement} */ (button).disabled = /** @type {HTMLElement} */ (button).dataset.delta === "-1" ? at === 0 : at === local.order.length - 1;
    });
    if (focusSelector && !list?.contains(document.activeElement)) /** @type {HTMLElement | null} */ (list?.querySelector(focusSelector) ?? null)?.focus();
  }

  const next = running && state.meeting.status === "Started" ? nextPhase(running.phase) : null;
  setHidden("round-advance-form", !next);
  if (next) setText("round-advance", TEXT.nextPhase(label("roundPhase", next).toLowerCase()));

  setHidden("round-close-form", !running || state.meeting.status !== "Started");
  if (running) {
    const advice = (running.entries ?? []).filter((e) => e.phase === "Advice");
    syncList($("round-choices"), advice, {
      key: (e) => e.id,
      signature: (e) => view.nameOf(e.authorId),
      build: (e) =>
        el(
          "li",
          { className: "round-choice" },
          el("input", { type: "checkbox", id: `choice-${e.id}`, value: e.id, name: "chosen" }),
          el("label", { for: `choice-${e.id}` }, el("strong", { text: `${view.nameOf(e.authorId)}: ` }), e.text),
        ),
      emptyId: "round-choices-empty",
    });
  }
}
