// Live meeting room (Pages/Meetings/Live.cshtml): the bundle's entry. It reads the room page the server rendered, keeps
// the room in a store that the connection feeds (room/store.js, room/connection.js), draws it with the renderers in
// room/render/ and wires the forms to the hub. Announcements go to one polite live region; focus is never moved by a push.
import { createRoomStore } from "./room/store.js";
import { connectRoom } from "./room/connection.js";
import { hubErrorText, isHubRefusal } from "./room/hub.js";
import { browserStorage, roomKey } from "./room/storage.js";
import { createOutbox, flush } from "./room/outbox.js";
import { createDrafts } from "./room/drafts.js";
import { newSubmissionId } from "./submission-id.js";
import { TEXT, isNameIn, labels } from "./room/texts.js";
import { caseLabel, currentItem, moveInOrder, nextPhase, parseMinutes, personName, sameId, syncOrder } from "./room/view.js";
import { expiryKey, remainingMs } from "./room/timer.js";
import { changes, createAnnouncer } from "./room/announcer.js";
import { attachCounters, clearTexts, handleForm, perform, setFieldText, showError, showRefusal, value, wireTabs } from "./room/forms.js";
import { $ } from "./room/render/dom.js";
import { renderAgenda, renderCurrentItem } from "./room/render/agenda.js";
import { renderAttendance } from "./room/render/attendance.js";
import { renderContributions } from "./room/render/contributions.js";
import { renderRecords } from "./room/render/records.js";
import { renderRound, renderRoundTimer, renderRoundTools, shownRound } from "./room/render/round.js";
import { fillChoices, fillContributionCases, prefillFromItem, renderToolsHeader, updateContacts } from "./room/render/tools.js";

/** @returns {import("./room-contract").RoomPage | null} */
function readPage() {
  try {
    const page = JSON.parse($("meeting-state")?.textContent ?? "");
    return page && page.state && page.context ? page : null;
  } catch {
    return null;
  }
}

const STATUS_TEXT = { connecting: TEXT.connecting, online: TEXT.online, reconnecting: TEXT.reconnecting, offline: TEXT.offline };

function start(page) {
  const store = createRoomStore(page);
  const context = store.context;
  const me = context.userId;
  const isChair = Boolean(context.isCoordinator);
  const announcer = createAnnouncer($("announcer"));
  const storage = browserStorage();
  const drafts = createDrafts(storage, roomKey("concept", String(context.meetingId), me));
  const outbox = createOutbox(storage, roomKey("outbox", String(context.meetingId), me));
  const errorText = (/** @type {unknown} */ error) => hubErrorText(error, status === "online");
  /** The chair's arrangement of turns for the next round, kept here so that pushes do not undo it. */
  const local = { order: /** @type {{ userId: string, checked: boolean }[]} */ ([]) };
  let status = "connecting";
  /** Join's refusal (no longer a member, say): then nothing waits for a connection that will not come. */
  let refusedText = "";
  let joined = false;
  let flushing = false;
  let renderedItemId = /** @type {string | null | undefined} */ (undefined);
  const expired = new Set();

  $("meeting-room")?.classList.toggle("is-chair", isChair);
  // On the chair's desk these panels scroll inside themselves: reachable by keyboard.
  if (isChair) for (const id of ["agenda", "present", "records", "hands"]) $(id)?.setAttribute("tabindex", "0");
  for (const node of document.querySelectorAll(".participant-only")) /** @type {HTMLElement} */ (node).hidden = !me;
  for (const node of document.querySelectorAll(".chair-only")) /** @type {HTMLElement} */ (node).hidden = !isChair;
  // The chair gives the floor and takes it; a hand of their own would only stand in the queue.
  for (const node of document.querySelectorAll(".member-only")) /** @type {HTMLElement} */ (node).hidden = !me || isChair;

  /** @returns {import("./room/render/types.js").View} */
  const view = () => ({
    context,
    me,
    isChair,
    now: Date.now(),
    nameOf: (id) => personName(context, id),
    displayName: (id) => personName(context, id, { markSelf: true }),
    caseLabel: (id) => caseLabel(store.state, id),
  });

  /** @type {() => void} */
  let resolveReady = () => {};
  /** Settles once the first Join (or JoinAfter) has answered and the room is drawn. @type {Promise<void>} */
  const ready = new Promise((resolve) => (resolveReady = resolve));
  /** Test hooks, and a handy console entry. */
  const hooks = {
    ready,
    applied: /** @type {number[]} */ ([]),
    get state() {
      return store.state;
    },
    get status() {
      return status;
    },
    get waiting() {
      return outbox.list();
    },
  };
  Object.assign(window, { meetingRoom: hooks });

  function render(state) {
    const v = view();
    const item = currentItem(state);
    fillContributionCases(state);
    if (isChair) {
      fillChoices(state, v);
      local.order = syncOrder(local.order, state.present.userIds, item?.presenterId ?? null, me);
    }
    const itemChanged = (item?.id ?? null) !== renderedItemId;
    if (itemChanged) {
      renderedItemId = item?.id ?? null;
      prefillFromItem(state);
    }
    renderCurrentItem(state, v);
    renderAgenda(state, v);
    if (itemChanged) keepCurrentItemInView();
    renderAttendance(state, v);
    renderContributions(state, v, outbox.list());
    renderRecords(state, v);
    renderRound(state, v);
    renderRoundTools(state, v, local);
    renderToolsHeader(state, v);
    const closed = state.meeting.status === "Closed";
    for (const control of document.querySelectorAll("#meeting-room form :is(input, select, textarea, button), #hand-button, #close-meeting")) {
      if (closed) /** @type {HTMLButtonElement} */ (control).disabled = true;
    }
    if (!closed && isChair) updateContacts(v);
  }

  /** On the desk the agenda scrolls inside its panel: bring the current item into it, without scrolling the page. */
  function keepCurrentItemInView() {
    const panel = $("agenda");
    const row = panel?.querySelector("[aria-current=step]");
    if (!panel || !row || getComputedStyle(panel).overflowY !== "auto") return;
    const top = row.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    if (top < 0 || top + row.getBoundingClientRect().height > panel.clientHeight) panel.scrollTop += top - panel.clientHeight / 3;
  }

  /** Every second: the times on the agenda and the round's timer; its running out is said once. */
  function tick() {
    const state = store.state;
    const v = view();
    renderCurrentItem(state, v);
    renderAgenda(state, v);
    const round = shownRound(state);
    renderRoundTimer(round, v.now);
    if (round && !round.closed && remainingMs(round.phaseSince, round.phaseMinutes, v.now) === 0) {
      const keyOf = expiryKey(round);
      if (!expired.has(keyOf)) {
        expired.add(keyOf);
        // A page opened after the time ran out has nothing new to hear.
        if (joined) announcer.announce(TEXT.timeUp);
      }
    }
  }

  // A half-written round entry belongs to its round and phase: a question must not come back as advice.
  const roundPhaseKey = (/** @type {import("./room-contract").RoomState} */ state) => {
    const round = shownRound(state);
    return round && !round.closed ? `${round.id}|${round.phase}` : "";
  };
  const keepRoundDraftFor = (/** @type {string} */ key) => {
    if (drafts.get("round-entry-phase") === key) return;
    drafts.clear("round-entry");
    drafts.clear("round-entry-phase");
    const input = /** @type {HTMLTextAreaElement | null} */ ($("round-entry-text"));
    if (input?.value) setFieldText(input, "");
  };

  store.subscribe((state, previous, cause) => {
    if (drafts.get("round-entry") && roundPhaseKey(state) !== roundPhaseKey(previous)) keepRoundDraftFor(roundPhaseKey(state));
    render(state);
    // The numbers of the room messages applied; presence has numbers of its own and moves none of them.
    if (cause !== "join" && cause !== "presenceChanged") hooks.applied.push(state.sequence);
    // Until the first Join has answered, what arrives (the whole room, or the messages the page missed) is not news.
    if (!joined) return;
    const lines = changes(previous, state, context);
    if (lines.length > 3) announcer.announce(TEXT.updated(lines.length));
    else lines.forEach((line) => announcer.announce(line));
  });

  const connection = connectRoom({
    meetingId: context.meetingId,
    version: page.version,
    store,
    onStatus: (next) => {
      status = next;
      const node = $("connection-state");
      if (node) {
        node.textContent = STATUS_TEXT[next] ?? TEXT.connecting;
        node.dataset.status = next;
      }
      if (next === "online") {
        showError("connection-error", "");
        sendWaiting();
      }
    },
    onVersionChange: () => {
      showError("connection-error", TEXT.versionChanged);
      window.location.reload();
    },
    onError: (text) => {
      refusedText = text;
      showError("connection-error", text);
    },
  });
  const hub = connection.hub;
  void connection.ready.then(() => {
    joined = true;
    // Timers that ran out before this page came are not news.
    const round = shownRound(store.state);
    if (round && remainingMs(round.phaseSince, round.phaseMinutes, Date.now()) === 0) expired.add(expiryKey(round));
    resolveReady();
  });
  Object.assign(hooks, { ready: connection.ready.then(() => ready), goOffline: connection.goOffline, goOnline: connection.goOnline });

  /** @type {ReturnType<typeof setTimeout> | null} */
  let retryTimer = null;
  let retries = 0;
  /** A send that failed while the room stayed online (a server error, not a refusal) is tried again, later each time. */
  function retryLater() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      sendWaiting();
    }, Math.min(60_000, 5_000 * 2 ** retries++));
  }

  /**
   * Puts contributions that were not placed back into the field, after what is there, and says why; privacy marks only
   * when the field holds just that one text, since the marks are places in it.
   * @param {{ entry: import("./room/outbox.js").OutboxEntry, refusal: import("./room-contract").PrivacyRefusal | null, error: unknown, movedOn?: boolean }[]} returned
   */
  function putBack(returned) {
    const field = /** @type {HTMLTextAreaElement | null} */ ($("contribution-text"));
    if (returned.length === 0 || !field) return;
    const alone = !field.value.trim() && returned.length === 1 ? returned[0] : null;
    setFieldText(field, [field.value.trimEnd(), ...returned.map((r) => r.entry.text)].filter(Boolean).join("\n\n"));
    drafts.set("contribution", field.value);
    if (alone?.refusal) showRefusal("contribution-error", alone.refusal, [{ field: "text", id: "contribution-text", text: alone.entry.text }], { focus: false });
    else if (returned.some((r) => r.movedOn)) showError("contribution-error", TEXT.outboxMovedOn);
    else showError("contribution-error", alone ? errorText(alone.error) : TEXT.outboxReturned(returned.length));
  }

  /**
   * Sends the contributions written while offline, once each, in order, each only under the item it was written under;
   * one refused, or written under an item that is over, comes back into the field.
   */
  async function sendWaiting() {
    if (flushing || outbox.list().length === 0) return;
    flushing = true;
    try {
      const now = currentItem(store.state)?.id ?? null;
      /** @type {Parameters<typeof putBack>[0]} */
      const returned = [];
      for (const entry of outbox.list()) {
        if (entry.itemId && !sameId(entry.itemId, now)) {
          outbox.remove(entry.id);
          returned.push({ entry, refusal: null, error: null, movedOn: true });
        }
      }
      const { refused, waiting, limited } = await flush(outbox, (item) => hub.postContribution(item.id, item.kind, item.text, item.caseId ?? null));
      putBack([...returned, ...refused]);
      // Too many at once for the room's limit: they wait, and go with the next retry (later each time), not at once.
      if (limited) showError("contribution-error", errorText(limited));
      if (waiting.length > 0 && status === "online") retryLater();
      else if (waiting.length === 0) retries = 0;
    } finally {
      flushing = false;
      renderContributions(store.state, view(), outbox.list());
    }
  }

  // Text fields: counters, and the drafts that survive a reload.
  attachCounters(document, (text) => announcer.announce(text));
  for (const [field, id] of [
    ["contribution", "contribution-text"],
    ["round-entry", "round-entry-text"],
  ]) {
    const input = /** @type {HTMLTextAreaElement | null} */ ($(id));
    if (!input) continue;
    const saved = drafts.get(field);
    if (saved) setFieldText(input, saved);
    input.addEventListener("input", () => {
      if (input.value) drafts.set(field, input.value);
      else drafts.clear(field);
      if (field === "round-entry") drafts.set("round-entry-phase", roundPhaseKey(store.state));
    });
  }
  // The round moved on while the page was away: the draft of another phase is not offered.
  if (drafts.get("round-entry")) keepRoundDraftFor(roundPhaseKey(store.state));

  handleForm("contribution-form", "contribution-error", {
    required: [{ id: "contribution-text", message: "Vul uw bijdrage in." }],
    texts: [{ field: "text", id: "contribution-text" }],
    errorText,
    invoke: async (id) => {
      const picked = $("contribution-case-field")?.hidden ? null : value("contribution-case") || null;
      const kind = value("contribution-kind");
      // The select offers the kinds labels.nl.json names; another value is a page out of step with this script.
      if (!isNameIn(labels.contributionKind, kind)) throw new Error(`Unknown contribution kind: ${kind}`);
      const item = { id, kind, text: value("contribution-text"), caseId: picked, itemId: currentItem(store.state)?.id ?? null };
      if (status !== "online" && !refusedText) {
        outbox.add(item);
        return null;
      }
      try {
        return await hub.postContribution(item.id, item.kind, item.text, item.caseId);
      } catch (error) {
        if (isHubRefusal(error) || refusedText) throw error;
        // The connection went while sending (or the server failed): keep it to send again under the same id.
        outbox.add(item);
        if (status === "online") retryLater();
        return null;
      }
    },
    afterSuccess: (form) => {
      clearTexts(form);
      drafts.clear("contribution");
      renderContributions(store.state, view(), outbox.list());
    },
  });

  const round = () => shownRound(store.state);
  handleForm("round-entry-form", "round-entry-error", {
    required: [{ id: "round-entry-text", message: TEXT.entryRequired }],
    texts: [{ field: "text", id: "round-entry-text" }],
    errorText,
    invoke: (id) => {
      // The form is shown only under a round (renderRound).
      const r = round();
      if (!r) throw new Error("No round to write in.");
      return hub.postRoundEntry(r.id, id, value("round-entry-text"));
    },
    afterSuccess: (form) => {
      clearTexts(form);
      drafts.clear("round-entry");
    },
  });
  $("round-pass")?.addEventListener("click", () => {
    const r = round();
    if (r) perform("round-entry-error", errorText, () => hub.passRoundTurn(r.id, r.phase, me));
  });

  $("hand-button")?.addEventListener("click", (event) => {
    const raised = /** @type {HTMLElement} */ (event.currentTarget).dataset.raised === "true";
    perform("hand-error", errorText, () => (raised ? hub.lowerHand() : hub.raiseHand()));
  });

  if (isChair) wireChair();

  function wireChair() {
    $("prev-item")?.addEventListener("click", () => {
      const at = store.state.agenda.current;
      if (at !== null && at > 0) perform("item-nav-error", errorText, () => hub.goToItem(at - 1));
    });
    $("next-item")?.addEventListener("click", () => {
      const at = store.state.agenda.current;
      const index = at === null ? 0 : at + 1;
      if (index < store.state.agenda.items.length) perform("item-nav-error", errorText, () => hub.goToItem(index));
    });
    $("hands-list")?.addEventListener("click", (event) => {
      const button = event.target instanceof Element ? event.target.closest("button[data-user-id]") : null;
      if (!(button instanceof HTMLElement)) return;
      const userId = button.dataset.userId ?? "";
      if (button.classList.contains("give-floor")) perform("hands-error", errorText, () => hub.giveFloor(userId));
      else if (button.classList.contains("lower-hand-of")) perform("hands-error", errorText, () => hub.lowerHandOf(userId));
    });
    $("take-floor-back")?.addEventListener("click", () => perform("item-nav-error", errorText, () => hub.takeFloorBack()));

    const tablist = /** @type {HTMLElement | null} */ (document.querySelector("#tools [role=tablist]"));
    if (tablist) wireTabs(tablist);

    handleForm("advice-form", "advice-error", {
      required: [
        { id: "advice-case", message: "Kies een casus." },
        { id: "advice-text", message: "Vul het advies in." },
      ],
      texts: [
        { field: "advice", id: "advice-text" },
        { field: "nextSteps", id: "advice-next-steps" },
      ],
      errorText,
      invoke: (id) => hub.recordAdvice(id, value("advice-case"), value("advice-text"), value("advice-next-steps")),
      afterSuccess: clearTexts,
    });

    handleForm("action-point-form", "action-point-error", {
      required: [
        { id: "action-point-description", message: "Vul een omschrijving in." },
        { id: "action-point-owner", message: "Kies een eigenaar." },
        { id: "action-point-due", message: "Vul een uiterste datum in." },
      ],
      texts: [{ field: "description", id: "action-point-description" }],
      errorText,
      invoke: (id) =>
        hub.recordActionPoint(id, value("action-point-description"), value("action-point-owner"), value("action-point-due"), value("action-point-case") || null),
      afterSuccess: clearTexts,
    });

    $("escalation-institution")?.addEventListener("change", () => updateContacts(view()));
    const urgency = () => {
      const chosen = value("escalation-urgency");
      return isNameIn(labels.urgency, chosen) ? chosen : "Normal";
    };
    handleForm("escalation-form", "escalation-error", {
      required: [
        { id: "escalation-case", message: "Kies een casus." },
        { id: "escalation-institution", message: "Kies een instelling." },
        { id: "escalation-contact", message: "Kies een contactpersoon." },
        { id: "escalation-reason", message: "Vul de reden in." },
      ],
      texts: [{ field: "reason", id: "escalation-reason" }],
      errorText,
      invoke: (id) =>
        hub.recordEscalation(
          id,
          value("escalation-case"),
          value("escalation-institution"),
          value("escalation-contact"),
          value("escalation-reason"),
          urgency(),
        ),
      afterSuccess: clearTexts,
    });

    // Intervisie: the order of turns, then starting, moving on, letting a turn go by, closing.
    $("round-order")?.addEventListener("change", (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement)) return;
      local.order = local.order.map((o) => (o.userId === box.dataset.userId ? { ...o, checked: box.checked } : o));
    });
    $("round-order")?.addEventListener("click", (event) => {
      const button = event.target instanceof Element ? event.target.closest("button.move") : null;
      if (!(button instanceof HTMLElement)) return;
      const userId = button.dataset.userId;
      const delta = Number(button.dataset.delta);
      local.order = moveInOrder(local.order, local.order.findIndex((o) => o.userId === userId), delta);
      renderRoundTools(store.state, view(), local);
      // The row was redrawn: keep the keyboard on the same arrow of the same person, or the other one at an end.
      const row = $("round-order")?.querySelector(`li[data-user-id="${CSS.escape(userId ?? "")}"]`);
      const same = row?.querySelector(`button[data-delta="${delta}"]`);
      const other = row?.querySelector(`button[data-delta="${-delta}"]`);
      /** @type {HTMLButtonElement | null | undefined} */ (same && !(/** @type {HTMLButtonElement} */ (same).disabled) ? same : other)?.focus();
    });

    const minutesProblem = (id) => (Number.isNaN(parseMinutes(value(id))) ? TEXT.minutesInvalid : "");
    handleForm("round-start-form", "round-start-error", {
      check: () => minutesProblem("round-start-minutes") || (local.order.some((o) => o.checked) ? "" : TEXT.orderRequired),
      errorText,
      invoke: async (id) => {
        await hub.startRound(
          id,
          local.order.filter((o) => o.checked).map((o) => o.userId),
          parseMinutes(value("round-start-minutes")),
        );
        return null;
      },
      afterSuccess: clearTexts,
    });
    handleForm("round-advance-form", "round-advance-error", {
      check: () => minutesProblem("round-advance-minutes"),
      errorText,
      invoke: async () => {
        const running = store.state.rounds.find((r) => !r.closed);
        const next = running ? nextPhase(running.phase) : null;
        if (running && next) await hub.advanceRound(running.id, next, parseMinutes(value("round-advance-minutes")));
        return null;
      },
      afterSuccess: clearTexts,
    });
    $("round-pass-for")?.addEventListener("click", (event) => {
      const r = round();
      const userId = /** @type {HTMLElement} */ (event.currentTarget).dataset.userId;
      if (r && userId) perform("round-chair-error", errorText, () => hub.passRoundTurn(r.id, r.phase, userId));
    });
    handleForm("round-close-form", "round-close-error", {
      texts: [{ field: "nextSteps", id: "round-next-steps" }],
      confirm: TEXT.closeRoundConfirm,
      errorText,
      invoke: (adviceId) => {
        // The form is shown only while a round runs (renderRoundTools).
        const running = store.state.rounds.find((r) => !r.closed);
        if (!running) throw new Error("No round to close.");
        const chosen = Array.from(document.querySelectorAll("#round-choices input:checked")).map((box) => /** @type {HTMLInputElement} */ (box).value);
        return hub.closeRound(running.id, adviceId, chosen, value("round-next-steps"));
      },
      afterSuccess: clearTexts,
    });

    $("close-meeting")?.addEventListener("click", () => {
      if (window.confirm(TEXT.closeConfirm)) perform("close-error", errorText, () => hub.close());
    });
  }

  render(store.state);
  window.setInterval(tick, 1000);
  window.addEventListener("online", () => sendWaiting());
}

const page = readPage();
if (page) start(page);
else {
  showError("connection-error", TEXT.stateError);
  const node = $("connection-state");
  if (node) node.textContent = TEXT.reconnecting;
}
