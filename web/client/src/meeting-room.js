// Live meeting room: follows one meeting over SignalR (/hubs/meeting) and renders it in Dutch.
//
// The page (Pages/Meetings/Live.cshtml) renders an empty skeleton plus the initial state as JSON in
// <script type="application/json" id="meeting-state">. This module fills the skeleton, applies every
// meeting event exactly once and in order (by sequence number), and lets members and the coordinator act.
// All user text goes into the DOM through textContent, never through innerHTML.

import { newSubmissionId } from "./submission-id.js";
import { refusedParts } from "./privacy-refusal.js";
import { renderMarks } from "./privacy-marks.js";
import { guestName } from "./agenda-guest.js";
import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";

// ---------------------------------------------------------------------------------------------
// Dutch labels

const KIND_LABELS = { Question: "Vraag", Advice: "Advies", Remark: "Opmerking" };
const URGENCY_LABELS = { Normal: "Normaal", High: "Hoog", Crisis: "Acuut" };
const TEXT = {
  connecting: "Verbinden…",
  connected: "Verbonden",
  disconnected: "Verbinding verbroken – opnieuw verbinden…",
  closed: "De bijeenkomst is gesloten.",
  unknownPerson: "Onbekende deelnemer",
  unknownCase: "Onbekende casus",
  unknownInstitution: "Onbekende instelling",
  retired: "(niet meer actief)",
  noCurrentItem: "Nog geen agendapunt gestart",
  noFloor: "Niemand heeft het woord.",
  genericError: "Er ging iets mis. Probeer het opnieuw.",
  offlineError: "Er is geen verbinding. Probeer het opnieuw zodra de verbinding hersteld is.",
  stateError: "De gegevens van de bijeenkomst konden niet worden geladen. Vernieuw de pagina.",
  privacyRefused: "Er staan gegevens in die een persoon herkenbaar maken. Er is niets opgeslagen.",
  noCase: "Geen casus",
};

// ---------------------------------------------------------------------------------------------
// Small helpers

const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  if (props) {
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "className") node.className = value;
      else if (name === "text") node.textContent = String(value);
      else if (name.startsWith("data-") || name.startsWith("aria-") || name === "type" || name === "hidden") {
        node.setAttribute(name, value === true ? "" : String(value));
      } else node[name] = value;
    }
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function sameId(a, b) {
  if (a === undefined || a === null || b === undefined || b === null) return false;
  return String(a).toLowerCase() === String(b).toLowerCase();
}

/** Guids compare whatever their format ("D" with hyphens, "N" without, upper or lower case). */
const sameGuid = (a, b) => Boolean(a) && Boolean(b) && String(a).toLowerCase().replace(/[{}-]/g, "") === String(b).toLowerCase().replace(/[{}-]/g, "");

const asArray = (value) => (Array.isArray(value) ? value : []);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** "yyyy-MM-dd" (optionally with a time part) as Dutch "dd-MM-yyyy". */
function formatDate(value) {
  if (!value) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  return match ? `${match[3]}-${match[2]}-${match[1]}` : String(value);
}

function formatTime(value) {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return date.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
}

/** The Dutch text of a hub refusal, without the "HubException: " prefix SignalR adds. */
function errorText(error) {
  const message = error && typeof error.message === "string" ? error.message : "";
  const marker = "HubException: ";
  const at = message.indexOf(marker);
  if (at >= 0) return message.slice(at + marker.length).trim() || TEXT.genericError;
  if (!room.connected) return TEXT.offlineError;
  return TEXT.genericError;
}

const isHubRefusal = (error) => Boolean(error && typeof error.message === "string" && error.message.includes("HubException: "));

// ---------------------------------------------------------------------------------------------
// Initial state

function readInitialState() {
  const script = $("meeting-state");
  try {
    const parsed = JSON.parse(script ? script.textContent : "");
    if (parsed && typeof parsed === "object") return parsed;
  } catch {
    // handled below
  }
  return null;
}

const initial = readInitialState();

const state = {
  meetingId: initial?.meetingId ?? null,
  userId: initial?.userId ?? null,
  isCoordinator: Boolean(initial?.isCoordinator),
  title: initial?.title ?? "",
  status: initial?.status ?? "",
  agenda: asArray(initial?.agenda),
  currentItem: Number.isInteger(initial?.currentItem) ? initial.currentItem : null,
  present: asArray(initial?.present).slice(),
  hands: asArray(initial?.hands).slice(),
  floor: initial?.floor ?? null,
  contributions: asArray(initial?.contributions).slice(),
  advice: asArray(initial?.advice).slice(),
  actionPoints: asArray(initial?.actionPoints).slice(),
  escalations: asArray(initial?.escalations).slice(),
  people: initial?.people && typeof initial.people === "object" ? initial.people : {},
  institutions: asArray(initial?.institutions),
  cases: asArray(initial?.cases),
  owners: asArray(initial?.owners),
};

/** Sequence number of the last event reflected in `state`. */
let lastSequence = Number.isFinite(Number(initial?.sequence)) ? Number(initial.sequence) : 0;

let resolveReady;
const ready = new Promise((resolve) => {
  resolveReady = resolve;
});

/** Test hooks (and a handy console entry point). */
const room = {
  applied: [],
  get state() {
    return state;
  },
  get lastSequence() {
    return lastSequence;
  },
  connected: false,
  ready,
  goOffline,
  goOnline,
};
window.meetingRoom = room;

// ---------------------------------------------------------------------------------------------
// Lookups

function nameOf(userId) {
  if (userId === undefined || userId === null) return TEXT.unknownPerson;
  const people = state.people;
  if (Object.prototype.hasOwnProperty.call(people, userId)) return people[userId];
  for (const [id, name] of Object.entries(people)) if (sameId(id, userId)) return name;
  const owner = state.owners.find((o) => sameId(o.userId, userId));
  return owner?.displayName ?? TEXT.unknownPerson;
}

const isMe = (userId) => sameId(userId, state.userId);
const displayName = (userId) => (isMe(userId) ? `${nameOf(userId)} (u)` : nameOf(userId));

function caseLabel(caseId) {
  if (!caseId) return "";
  return state.cases.find((c) => sameId(c.id, caseId))?.label ?? TEXT.unknownCase;
}

const institutionOf = (id) => state.institutions.find((i) => sameId(i.id, id));

/** A name as history shows it: a retired institution or contact keeps its name, marked. */
const historyName = (item) => (item?.retired ? `${item.name} ${TEXT.retired}` : item?.name);

const institutionName = (id) => historyName(institutionOf(id)) ?? TEXT.unknownInstitution;

function contactName(institutionId, contactId) {
  const fromInstitution = asArray(institutionOf(institutionId)?.contacts).find((c) => sameId(c.id, contactId));
  if (fromInstitution) return historyName(fromInstitution);
  for (const institution of state.institutions) {
    const contact = asArray(institution.contacts).find((c) => sameId(c.id, contactId));
    if (contact) return historyName(contact);
  }
  return "";
}

const currentAgendaItem = () => (state.currentItem === null ? null : state.agenda[state.currentItem] ?? null);
const isClosed = () => state.status === "Closed";
const canParticipate = () => Boolean(state.userId) && !isClosed();

function removeId(list, userId) {
  for (let i = list.length - 1; i >= 0; i--) if (sameId(list[i], userId)) list.splice(i, 1);
}

function addId(list, userId) {
  if (userId !== undefined && userId !== null && !list.some((id) => sameId(id, userId))) list.push(userId);
}

// ---------------------------------------------------------------------------------------------
// Applying events (same semantics as the server)

/** Applies one event to `state`; returns the Dutch text to announce, if any. */
function applyEvent(message) {
  const data = message.data && typeof message.data === "object" ? message.data : {};
  let type = typeof message.type === "string" ? message.type : "";
  type = type.slice(type.lastIndexOf(".") + 1);

  switch (type) {
    case "AttendeeJoined":
      addId(state.present, data.by);
      return null;

    case "AttendeeLeft":
      removeId(state.present, data.by);
      removeId(state.hands, data.by);
      if (sameId(state.floor, data.by)) state.floor = null;
      return null;

    case "AgendaItemAdvanced": {
      const index = Number(data.index);
      state.currentItem = Number.isInteger(index) ? index : null;
      state.hands.length = 0;
      state.floor = null;
      const item = currentAgendaItem();
      return item ? `Agendapunt: ${item.title}` : null;
    }

    case "ContributionPosted": {
      const contribution = data.contribution;
      if (!contribution) return null;
      if (!state.contributions.some((c) => sameId(c.id, contribution.id))) state.contributions.push(contribution);
      const kind = KIND_LABELS[contribution.kind] ?? "";
      return `Nieuwe bijdrage van ${nameOf(contribution.authorId)}${kind ? ` (${kind})` : ""}`;
    }

    case "HandRaised":
      addId(state.hands, data.by);
      return isMe(data.by) ? "U hebt uw hand opgestoken." : `${nameOf(data.by)} steekt de hand op.`;

    case "HandLowered":
      removeId(state.hands, data.userId);
      return isMe(data.userId) ? "U hebt uw hand laten zakken." : null;

    case "FloorGiven":
      state.floor = data.userId ?? null;
      removeId(state.hands, data.userId);
      return isMe(data.userId) ? "U hebt het woord." : `Het woord is aan ${nameOf(data.userId)}.`;

    case "AdviceRecorded":
      state.advice.push({ caseId: data.caseId, advice: data.advice, nextSteps: data.nextSteps, at: data.at });
      return `Advies vastgelegd${data.caseId ? ` voor ${caseLabel(data.caseId)}` : ""}.`;

    case "ActionPointRecorded": {
      const point = data.actionPoint;
      if (!point) return null;
      if (!state.actionPoints.some((p) => sameId(p.id, point.id))) state.actionPoints.push(point);
      return `Actiepunt vastgelegd: ${point.description}`;
    }

    case "EscalationRecorded": {
      const escalation = data.escalation;
      if (!escalation) return null;
      if (!state.escalations.some((e) => sameId(e.escalationId, escalation.escalationId))) state.escalations.push(escalation);
      const institution = institutionName(escalation.institutionId);
      return `Escalatie vastgelegd naar ${institution}.`;
    }

    case "MeetingClosed":
      state.status = "Closed";
      state.present.length = 0;
      state.hands.length = 0;
      state.floor = null;
      return TEXT.closed;

    case "MeetingStarted":
      state.status = "Started";
      state.currentItem = state.agenda.length > 0 ? 0 : null;
      // Join again now that it runs: the hub marks people present only in a started meeting.
      queueMicrotask(() => catchUp().catch(logJoinError));
      return "De bijeenkomst is begonnen.";

    case "DraftAgendaAssembled":
    case "AgendaItemAdded":
    case "AgendaItemRemoved":
    case "AgendaItemMoved":
    case "AgendaItemEdited":
      // The agenda changed before the start; the page carries it as it stands, so fetch the page anew.
      queueMicrotask(() => window.location.reload());
      return null;

    default:
      // RsvpGiven, MeetingPublished, …: nothing to show, but the sequence advances.
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Exactly once, in order

/** Events received ahead of a gap, by sequence number. */
const pending = new Map();

/**
 * Takes events (live or from Join) and applies every one that is next in line.
 * Duplicates and old events are ignored; events after a gap wait in `pending`.
 */
function accept(messages) {
  const announcements = [];
  for (const message of messages) {
    if (!message || typeof message !== "object") continue;
    const sequence = Number(message.sequence);
    if (!Number.isFinite(sequence)) continue;
    if (message.meetingId && state.meetingId && !sameGuid(message.meetingId, state.meetingId)) continue;
    if (sequence <= lastSequence || pending.has(sequence)) continue;
    pending.set(sequence, message);
  }
  while (pending.has(lastSequence + 1)) {
    const message = pending.get(lastSequence + 1);
    pending.delete(lastSequence + 1);
    let announcement = null;
    try {
      announcement = applyEvent(message);
    } catch (error) {
      console.error("Gebeurtenis kon niet worden verwerkt", message, error);
    }
    lastSequence += 1;
    room.applied.push(lastSequence);
    if (announcement) announcements.push(announcement);
  }
  for (const sequence of pending.keys()) if (sequence <= lastSequence) pending.delete(sequence);

  render();
  if (initialJoinDone) {
    if (announcements.length > 3) announce(`Bijgewerkt: ${announcements.length} wijzigingen.`);
    else announcements.forEach(announce);
  }
}

const hasGap = () => pending.size > 0;

// ---------------------------------------------------------------------------------------------
// Connection

const connection = new HubConnectionBuilder()
  .withUrl("/hubs/meeting")
  .withAutomaticReconnect([0, 2000, 5000, 10000, 20000, 30000])
  .configureLogging(LogLevel.Warning)
  .build();

let initialJoinDone = false;
/** True once a connection attempt failed or a connection dropped: then "Verbinding verbroken" instead of "Verbinden…". */
let droppedOnce = false;
/** Set by goOffline(): keep the connection down until goOnline(). */
let heldOffline = false;
let joinRun = null;
let startRun = null;
let gapTimer = null;
let wake = null;

function setConnected(value) {
  room.connected = value;
  renderConnection();
}

connection.on("MeetingEvent", (message) => {
  accept([message]);
  if (hasGap()) catchUp().catch(logJoinError);
});

connection.onreconnecting(() => {
  droppedOnce = true;
  setConnected(false);
});

connection.onreconnected(() => {
  setConnected(true);
  catchUp().catch(logJoinError);
});

connection.onclose(() => {
  droppedOnce = true;
  setConnected(false);
  if (!heldOffline) ensureStarted();
});

function logJoinError(error) {
  if (isHubRefusal(error)) showError("connection-error", errorText(error));
  else console.warn("Bijwerken mislukt", error);
}

/**
 * Join(meetingId, lastSequence) until no gap is left. One Join at a time: callers while one runs
 * share it, and the loop asks again when live events arrived with a gap in the meantime.
 */
function catchUp() {
  if (joinRun) return joinRun;
  joinRun = (async () => {
    let fruitless = 0;
    do {
      const before = lastSequence;
      const result = await connection.invoke("Join", state.meetingId, lastSequence);
      const events = asArray(result?.events ?? result?.Events)
        .slice()
        .sort((a, b) => Number(a?.sequence) - Number(b?.sequence));
      accept(events);
      showError("connection-error", "");
      if (!initialJoinDone) {
        initialJoinDone = true;
        resolveReady();
      }
      fruitless = lastSequence === before ? fruitless + 1 : 0;
    } while (hasGap() && fruitless < 3 && connection.state === HubConnectionState.Connected);
  })().finally(() => {
    joinRun = null;
    if (hasGap()) scheduleGapRetry();
  });
  return joinRun;
}

function scheduleGapRetry() {
  if (gapTimer) return;
  gapTimer = setTimeout(() => {
    gapTimer = null;
    if (hasGap() && connection.state === HubConnectionState.Connected) catchUp().catch(logJoinError);
  }, 3000);
}

/** Waits, but wakes up early when the browser reports it is online again. */
function pause(ms) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      if (wake === done) wake = null;
      resolve();
    };
    const timer = setTimeout(done, ms);
    wake = done;
  });
}

window.addEventListener("online", () => wake?.());
document.addEventListener("visibilitychange", () => {
  if (!document.hidden) wake?.(); // a phone back in the foreground: retry now rather than after the back-off
});

/**
 * Our own retry loop (next to withAutomaticReconnect, which gives up after a while):
 * start the connection and catch up; resolves once connected and caught up, or when held offline.
 */
function ensureStarted() {
  if (startRun) return startRun;
  startRun = (async () => {
    let attempt = 0;
    while (!heldOffline) {
      const current = connection.state;
      if (current === HubConnectionState.Disconnected) {
        try {
          await connection.start();
        } catch (error) {
          console.warn("Verbinden mislukt", error);
          droppedOnce = true;
          renderConnection();
          if (heldOffline) break;
          attempt += 1;
          const delay = Math.min(15000, 1000 * 2 ** Math.min(attempt, 4)) * (0.75 + Math.random() / 2);
          await pause(delay);
          continue;
        }
      } else if (current !== HubConnectionState.Connected) {
        await pause(500); // Connecting, Reconnecting or Disconnecting: let that finish first.
        continue;
      }
      if (heldOffline) break;
      setConnected(connection.state === HubConnectionState.Connected);
      try {
        await catchUp();
        if (connection.state === HubConnectionState.Connected) return;
      } catch (error) {
        logJoinError(error);
        if (isHubRefusal(error) || heldOffline) return; // Refused by the server: retrying will not help now.
        await pause(1000);
      }
    }
  })().finally(() => {
    startRun = null;
  });
  return startRun;
}

/** Test hook: drops the connection and keeps it down. */
async function goOffline() {
  heldOffline = true;
  wake?.();
  try {
    await connection.stop();
  } catch {
    // already stopped
  }
  if (startRun) await startRun.catch(() => undefined);
  setConnected(false);
}

/** Test hook: lets the connection come back; resolves when reconnected and caught up. */
async function goOnline() {
  heldOffline = false;
  await ensureStarted();
  if (joinRun) await joinRun.catch(() => undefined);
}

window.addEventListener("pagehide", (event) => {
  if (event.persisted || connection.state !== HubConnectionState.Connected) return;
  connection.invoke("Leave", state.meetingId).catch(() => undefined);
});

// ---------------------------------------------------------------------------------------------
// Live region

function announce(text) {
  const region = $("announcer");
  if (!region || !text) return;
  region.append(el("p", { text }));
  while (region.childElementCount > 5) region.firstElementChild.remove();
}

// ---------------------------------------------------------------------------------------------
// Rendering

function setText(id, text) {
  const node = $(id);
  if (node && node.textContent !== text) node.textContent = text;
}

function setHidden(id, hidden) {
  const node = $(id);
  if (node) node.hidden = hidden;
}

/** Alerts stay in the page (empty when there is nothing to say) so screen readers pick up every change. */
function showError(id, text) {
  const node = $(id);
  if (node && node.textContent !== text) node.textContent = text;
}

/**
 * Brings a list in line with `items`, reusing existing <li> elements by key (so focus inside them survives).
 * `signature` decides whether an existing item must be rebuilt.
 */
function syncList(listId, items, { key, signature, build, emptyId }) {
  const list = $(listId);
  if (!list) return;
  const existing = new Map();
  for (const child of Array.from(list.children)) existing.set(child.dataset.key, child);
  const wanted = new Set();
  items.forEach((item, index) => {
    const itemKey = String(key(item, index));
    wanted.add(itemKey);
    const sig = signature(item, index);
    let node = existing.get(itemKey);
    if (node && node.dataset.sig !== sig) {
      const fresh = build(item, index);
      fresh.dataset.key = itemKey;
      fresh.dataset.sig = sig;
      node.replaceWith(fresh);
      node = fresh;
    } else if (!node) {
      node = build(item, index);
      node.dataset.key = itemKey;
      node.dataset.sig = sig;
    }
    if (list.children[index] !== node) list.insertBefore(node, list.children[index] ?? null);
  });
  for (const [itemKey, node] of existing) if (!wanted.has(itemKey)) node.remove();
  if (emptyId) setHidden(emptyId, items.length > 0);
}

let renderedItem;

function render() {
  renderConnection();
  const closed = isClosed();
  setHidden("meeting-closed", !closed);

  // Present
  syncList("present-list", state.present, {
    key: (id) => id,
    signature: (id) => displayName(id),
    build: (id) => el("li", { "data-user-id": id, text: displayName(id) }),
    emptyId: "present-empty",
  });
  setText("present-count", String(state.present.length));

  // Agenda
  syncList("agenda-list", state.agenda, {
    key: (item, index) => item.id ?? index,
    signature: (item, index) => `${index === state.currentItem}|${index < (state.currentItem ?? -1)}`,
    build: (item, index) => {
      const current = index === state.currentItem;
      const details = [];
      if (item.plannedMinutes) details.push(`${item.plannedMinutes} min.`);
      if (item.presenterId) details.push(`door ${nameOf(item.presenterId)}`);
      if (item.guest) details.push(`gast: ${guestName(item.guest, state.institutions)}`);
      if (item.caseId) details.push(caseLabel(item.caseId));
      const li = el(
        "li",
        {
          "data-index": index,
          "data-id": item.id,
          "aria-current": current ? "step" : null,
          className: current ? "agenda-item is-current" : index < (state.currentItem ?? -1) ? "agenda-item is-done" : "agenda-item",
        },
        el("span", { className: "agenda-title", text: item.title ?? "" }),
        current ? el("span", { className: "badge badge-current", text: "Nu" }) : null,
        details.length ? el("span", { className: "agenda-details", text: details.join(" · ") }) : null,
      );
      return li;
    },
    emptyId: "agenda-empty",
  });

  // Current item
  const item = currentAgendaItem();
  if (state.currentItem !== renderedItem) {
    renderedItem = state.currentItem;
    preselectCase();
    // A case picked under one item is not what the next item's contributions are about.
    const picker = $("contribution-case");
    if (picker) picker.value = "";
  }
  // Only an item without a case of its own asks which case a contribution is about.
  setHidden("contribution-case-field", !item || Boolean(item.caseId) || state.cases.length === 0);
  setText("current-item-title", item ? item.title ?? "" : TEXT.noCurrentItem);
  const meta = [];
  if (item) {
    meta.push(`Agendapunt ${state.currentItem + 1} van ${state.agenda.length}`);
    if (item.presenterId) meta.push(`inbreng: ${nameOf(item.presenterId)}`);
    if (item.guest) meta.push(`gast: ${guestName(item.guest, state.institutions)}`);
    if (item.caseId) meta.push(`casus: ${caseLabel(item.caseId)}`);
  }
  setText("current-item-meta", meta.join(" · "));
  setHidden("current-item-meta", meta.length === 0);
  setText("floor", state.floor ? `Het woord is aan ${displayName(state.floor)}.` : TEXT.noFloor);

  // Contributions of the current item
  const itemId = item?.id ?? null;
  const contributions = state.contributions.filter((c) => (itemId === null ? !c.agendaItemId : sameId(c.agendaItemId, itemId)));
  const aboutCase = (c) => (c.caseId && !sameId(c.caseId, item?.caseId) ? caseLabel(c.caseId) : "");
  syncList("contributions-list", contributions, {
    key: (c, index) => c.id ?? `i${index}`,
    signature: (c) => `${displayName(c.authorId)}|${aboutCase(c)}`,
    build: (c) =>
      el(
        "li",
        { "data-id": c.id, className: "contribution" },
        el(
          "p",
          { className: "contribution-head" },
          el("span", { className: "contribution-author", text: displayName(c.authorId) }),
          " ",
          el("span", { className: `badge badge-${String(c.kind ?? "").toLowerCase()}`, text: KIND_LABELS[c.kind] ?? c.kind ?? "" }),
          c.at ? " " : null,
          c.at ? el("time", { dateTime: String(c.at), className: "contribution-time", text: formatTime(c.at) }) : null,
          aboutCase(c) ? " " : null,
          aboutCase(c) ? el("span", { className: "contribution-case", text: `over ${aboutCase(c)}` }) : null,
        ),
        el("p", { className: "contribution-text", text: c.text ?? "" }),
      ),
    emptyId: "contributions-empty",
  });

  renderHands();

  // Hand button
  const handButton = $("hand-button");
  if (handButton) {
    const raised = state.hands.some((id) => isMe(id));
    handButton.textContent = raised ? "Hand laten zakken" : "Hand opsteken";
    handButton.dataset.raised = String(raised);
  }

  // Agenda navigation
  const prev = $("prev-item");
  const next = $("next-item");
  if (prev) prev.disabled = closed || state.currentItem === null || state.currentItem <= 0;
  if (next) next.disabled = closed || state.agenda.length === 0 || (state.currentItem !== null && state.currentItem >= state.agenda.length - 1);

  // Records
  syncList("advice-list", state.advice, {
    key: (a, index) => `${index}`,
    signature: (a) => `${a.caseId}|${a.advice}|${a.nextSteps}`,
    build: (a, index) =>
      el(
        "li",
        { "data-index": index, "data-case-id": a.caseId, className: "record" },
        el("p", { className: "record-title", text: caseLabel(a.caseId) || "Advies" }),
        el("p", { text: a.advice ?? "" }),
        a.nextSteps ? el("p", { text: `Vervolgstappen: ${a.nextSteps}` }) : null,
      ),
    emptyId: "advice-empty",
  });

  syncList("action-points-list", state.actionPoints, {
    key: (p, index) => p.id ?? `i${index}`,
    signature: (p) => `${p.description}|${p.ownerId}|${p.due}|${p.caseId}`,
    build: (p) =>
      el(
        "li",
        { "data-id": p.id, className: "record" },
        el("p", { className: "record-title", text: p.description ?? "" }),
        el(
          "p",
          { className: "record-details" },
          `Eigenaar: ${nameOf(p.ownerId)}`,
          p.due ? ` · Uiterlijk: ${formatDate(p.due)}` : "",
          p.caseId ? ` · Casus: ${caseLabel(p.caseId)}` : "",
        ),
      ),
    emptyId: "action-points-empty",
  });

  syncList("escalations-list", state.escalations, {
    key: (e, index) => e.escalationId ?? `i${index}`,
    signature: (e) => `${e.caseId}|${e.institutionId}|${e.contactPersonId}|${e.reason}|${e.urgency}`,
    build: (e) => {
      const contact = contactName(e.institutionId, e.contactPersonId);
      return el(
        "li",
        { "data-id": e.escalationId, className: "record" },
        el("p", { className: "record-title", text: `${caseLabel(e.caseId) || "Casus"} → ${institutionName(e.institutionId)}` }),
        el(
          "p",
          { className: "record-details" },
          contact ? `Contactpersoon: ${contact} · ` : "",
          `Urgentie: ${URGENCY_LABELS[e.urgency] ?? e.urgency ?? ""}`,
        ),
        e.reason ? el("p", { text: `Reden: ${e.reason}` }) : null,
      );
    },
    emptyId: "escalations-empty",
  });

  renderPermissions();
}

function renderHands() {
  const list = $("hands-list");
  const focused = list && list.contains(document.activeElement) ? document.activeElement.closest("li") : null;
  const focusedIndex = focused ? Array.from(list.children).indexOf(focused) : -1;
  const mayGiveFloor = state.isCoordinator && !isClosed();

  syncList("hands-list", state.hands, {
    key: (id) => id,
    signature: (id) => `${displayName(id)}|${mayGiveFloor}`,
    build: (id) =>
      el(
        "li",
        { "data-user-id": id, className: "hand" },
        el("span", { className: "hand-name", text: displayName(id) }),
        mayGiveFloor
          ? el("button", {
              type: "button",
              className: "button button-small give-floor",
              "data-user-id": id,
              "aria-label": `Geef het woord aan ${nameOf(id)}`,
              text: "Geef het woord",
            })
          : null,
      ),
    emptyId: "hands-empty",
  });

  // The focused "Geef het woord" button went away (e.g. that person got the floor): keep focus nearby.
  if (focused && !focused.isConnected) {
    const buttons = list.querySelectorAll("button");
    const target = buttons[Math.min(focusedIndex, buttons.length - 1)] ?? $("hands-heading");
    target?.focus();
  }
}

function renderConnection() {
  const text = room.connected ? TEXT.connected : droppedOnce || heldOffline ? TEXT.disconnected : TEXT.connecting;
  setText("connection-state", text);
  const node = $("connection-state");
  if (node) node.dataset.connected = String(room.connected);
}

function renderPermissions() {
  const closed = isClosed();
  const member = Boolean(state.userId);
  for (const node of document.querySelectorAll(".participant-only")) node.hidden = !member;
  for (const node of document.querySelectorAll(".coordinator-only")) node.hidden = !state.isCoordinator;

  const controls = document.querySelectorAll(
    "#contribution-form :is(input, select, textarea, button), #hand-button, #prev-item, #next-item, " +
      "#coordinator-panel :is(input, select, textarea, button)",
  );
  for (const control of controls) {
    if (closed) control.disabled = true;
  }
  if (!closed) updateContactOptions();
}

// ---------------------------------------------------------------------------------------------
// Forms and buttons

function fillSelect(select, options, placeholder) {
  if (!select) return;
  const keep = select.value;
  select.replaceChildren();
  if (placeholder !== undefined) select.append(el("option", { value: "", text: placeholder }));
  for (const option of options) select.append(el("option", { value: option.value, text: option.label }));
  if (options.some((o) => o.value === keep)) select.value = keep;
}

function fillStaticSelects() {
  const cases = state.cases.map((c) => ({ value: String(c.id), label: c.label ?? String(c.id) }));
  // Advice is given on the cases of this meeting's agenda (all known cases when the agenda names none).
  const agendaCaseIds = state.agenda.map((item) => item.caseId).filter(Boolean);
  const agendaCases = agendaCaseIds.length ? cases.filter((c) => agendaCaseIds.some((id) => sameId(id, c.value))) : cases;
  fillSelect($("advice-case"), agendaCases.length ? agendaCases : cases, "Kies een casus");
  fillSelect($("action-point-case"), cases, TEXT.noCase);
  fillSelect($("contribution-case"), cases, TEXT.noCase);
  fillSelect($("escalation-case"), cases, "Kies een casus");
  fillSelect(
    $("action-point-owner"),
    state.owners.map((o) => ({ value: String(o.userId), label: o.displayName ?? nameOf(o.userId) })),
    "Kies een eigenaar",
  );
  fillSelect(
    $("escalation-institution"),
    state.institutions.filter((i) => !i.retired).map((i) => ({ value: String(i.id), label: i.name ?? String(i.id) })),
    "Kies een instelling",
  );
  updateContactOptions();
}

function updateContactOptions() {
  const select = $("escalation-contact");
  const institutionSelect = $("escalation-institution");
  if (!select || !institutionSelect) return;
  const chosen = institutionOf(institutionSelect.value);
  const institution = chosen?.retired ? undefined : chosen;
  const wanted = institution ? asArray(institution.contacts).filter((c) => !c.retired).map((c) => ({ value: String(c.id), label: c.function ? `${c.name} (${c.function})` : c.name })) : [];
  const placeholder = !institution ? "Kies eerst een instelling" : wanted.length ? "Kies een contactpersoon" : "Geen contactpersonen bekend";
  const signature = `${institutionSelect.value}|${wanted.length}`;
  if (select.dataset.for !== signature) {
    fillSelect(select, wanted, placeholder);
    select.dataset.for = signature;
  }
  select.disabled = isClosed() || !institution || wanted.length === 0;
}

/** Preselects the current item's case in the coordinator forms while they are untouched. */
function preselectCase() {
  const caseId = currentAgendaItem()?.caseId;
  if (!caseId) return;
  for (const id of ["advice-case", "escalation-case"]) {
    const select = $(id);
    if (select && !select.value && Array.from(select.options).some((o) => sameId(o.value, caseId))) {
      select.value = Array.from(select.options).find((o) => sameId(o.value, caseId)).value;
    }
  }
}

/** Checks required fields; marks the invalid ones and returns the Dutch message for the first. */
function validate(fields) {
  let message = "";
  let first = null;
  for (const { id, message: fieldMessage } of fields) {
    const field = $(id);
    if (!field) continue;
    const empty = !String(field.value ?? "").trim();
    if (empty) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
    if (empty && !first) {
      first = field;
      message = fieldMessage;
    }
  }
  return { message, first };
}

/** Runs a hub call for a form or button: shows a refusal in `errorId`, keeps input on failure. */
async function perform(errorId, busyControl, call) {
  showError(errorId, "");
  if (busyControl) busyControl.disabled = true;
  try {
    await call();
    return true;
  } catch (error) {
    showError(errorId, errorText(error));
    return false;
  } finally {
    if (busyControl) busyControl.disabled = isClosed();
  }
}

// ---------------------------------------------------------------------------------------------
// Texts refused for personal data: the hub answers with the refused parts; the person keeps their text

/** The box under a text field that shows its refusal (Live.cshtml has one per text the grains check). */
const refusalBox = (fieldId) => $(`${fieldId}-privacy`);

const hasRefusal = (fieldId) => Boolean(refusalBox(fieldId)?.childElementCount);

function setDescribedBy(field, id, on) {
  const ids = (field.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((x) => x && x !== id);
  if (on) ids.push(id);
  if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
  else field.removeAttribute("aria-describedby");
}

/** Shows `text` (as it was sent) under the field with the refused parts marked and their kind named. */
function markRefusal(fieldId, text, parts) {
  const field = $(fieldId);
  const box = refusalBox(fieldId);
  if (!field || !box) return false;
  if (!renderMarks(box, text, parts)) return false;
  field.setAttribute("aria-invalid", "true");
  setDescribedBy(field, box.id, true);
  return true;
}

/** Takes a field's refusal away; true when there was one. */
function clearRefusal(fieldId) {
  const box = refusalBox(fieldId);
  if (!box || box.childElementCount === 0) return false;
  box.replaceChildren();
  const field = $(fieldId);
  if (field) {
    field.removeAttribute("aria-invalid");
    setDescribedBy(field, box.id, false);
  }
  return true;
}

/** The alert announces the refusal; each refused field shows its marked text; focus goes to the first to fix it there. */
function showRefusal(errorId, refusal, sent) {
  showError(errorId, typeof refusal.message === "string" && refusal.message ? refusal.message : TEXT.privacyRefused);
  let first = null;
  for (const { field, id, text } of sent) {
    const parts = refusedParts(refusal, field);
    if (parts.length > 0 && markRefusal(id, text, parts)) first ??= $(id);
  }
  first?.focus();
}

/**
 * Wires a form that sends something to be stored. `required`: the fields that must be filled, with their message;
 * `texts`: each text the grains check, by the grain's name for it and the field's id; `invoke(submissionId)` calls
 * the hub and resolves with a refusal for personal data, or null when it was stored.
 */
function handleForm(formId, errorId, { required, texts = [], invoke, afterReset }) {
  const form = $(formId);
  if (!form) return;
  const edited = (event) => {
    // Edited text is a new submission: a retry of the old one must not be mistaken for it, nor it for a retry.
    delete form.dataset.submissionId;
    if (!(event.target instanceof Element)) return;
    // Typing in a field marked invalid clears the mark (a validation message stays until the next submit) ...
    if (String(event.target.value ?? "").trim()) event.target.removeAttribute("aria-invalid");
    // ... and editing a refused text takes its marked copy away, and the refusal's message with the last one.
    if (clearRefusal(event.target.id) && !texts.some((t) => hasRefusal(t.id))) showError(errorId, "");
  };
  form.addEventListener("input", edited);
  form.addEventListener("change", edited);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { message, first } = validate(required);
    if (first) {
      showError(errorId, message);
      first.focus();
      return;
    }
    const submit = form.querySelector("button[type=submit]");
    form.dataset.submissionId ||= newSubmissionId();
    for (const { id } of texts) clearRefusal(id);
    // The offsets of a refusal are into the texts as sent (trimmed), not as they stand in the fields.
    const sent = texts.map((t) => ({ ...t, text: value(t.id) }));
    let refusal = null;
    const ok = await perform(errorId, submit, async () => {
      refusal = await invoke(form.dataset.submissionId);
    });
    if (!ok) return;
    if (refusal) {
      showRefusal(errorId, refusal, sent);
      return;
    }
    delete form.dataset.submissionId;
    form.reset();
    for (const field of form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
    afterReset?.();
  });
}

const value = (id) => String($(id)?.value ?? "").trim();
const valueOrNull = (id) => value(id) || null;

/** The case a contribution is about, when the poster picked one under an item without a case; else the item's own. */
const pickedCase = () => ($("contribution-case-field")?.hidden ? null : valueOrNull("contribution-case"));

function wireUp() {
  fillStaticSelects();
  preselectCase();

  handleForm("contribution-form", "contribution-error", {
    required: [{ id: "contribution-text", message: "Vul uw bijdrage in." }],
    texts: [{ field: "text", id: "contribution-text" }],
    invoke: (id) =>
      connection.invoke("PostContribution", state.meetingId, id, value("contribution-kind"), value("contribution-text"), pickedCase()),
  });

  $("hand-button")?.addEventListener("click", (event) => {
    const raised = event.currentTarget.dataset.raised === "true";
    perform("hand-error", null, () => connection.invoke(raised ? "LowerHand" : "RaiseHand", state.meetingId));
  });

  $("prev-item")?.addEventListener("click", () => {
    if (state.currentItem === null || state.currentItem <= 0) return;
    perform("item-nav-error", null, () => connection.invoke("GoToItem", state.meetingId, state.currentItem - 1));
  });

  $("next-item")?.addEventListener("click", () => {
    const index = state.currentItem === null ? 0 : state.currentItem + 1;
    if (index >= state.agenda.length) return;
    perform("item-nav-error", null, () => connection.invoke("GoToItem", state.meetingId, index));
  });

  $("hands-list")?.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button.give-floor") : null;
    if (!button) return;
    perform("hands-error", null, () => connection.invoke("GiveFloor", state.meetingId, button.dataset.userId));
  });

  handleForm("advice-form", "advice-error", {
    required: [
      { id: "advice-case", message: "Kies een casus." },
      { id: "advice-text", message: "Vul het advies in." },
    ],
    texts: [
      { field: "advice", id: "advice-text" },
      { field: "nextSteps", id: "advice-next-steps" },
    ],
    invoke: (id) => connection.invoke("RecordAdvice", state.meetingId, id, value("advice-case"), value("advice-text"), value("advice-next-steps")),
    afterReset: preselectCase,
  });

  handleForm("action-point-form", "action-point-error", {
    required: [
      { id: "action-point-description", message: "Vul een omschrijving in." },
      { id: "action-point-owner", message: "Kies een eigenaar." },
      { id: "action-point-due", message: "Vul een uiterste datum in." },
    ],
    texts: [{ field: "description", id: "action-point-description" }],
    invoke: (id) =>
      connection.invoke(
        "RecordActionPoint",
        state.meetingId,
        id,
        value("action-point-description"),
        value("action-point-owner"),
        value("action-point-due"),
        valueOrNull("action-point-case"),
      ),
  });

  $("escalation-institution")?.addEventListener("change", updateContactOptions);
  handleForm("escalation-form", "escalation-error", {
    required: [
      { id: "escalation-case", message: "Kies een casus." },
      { id: "escalation-institution", message: "Kies een instelling." },
      { id: "escalation-contact", message: "Kies een contactpersoon." },
      { id: "escalation-reason", message: "Vul de reden in." },
    ],
    texts: [{ field: "reason", id: "escalation-reason" }],
    invoke: (id) =>
      connection.invoke(
        "RecordEscalation",
        state.meetingId,
        id,
        value("escalation-case"),
        value("escalation-institution"),
        value("escalation-contact"),
        value("escalation-reason"),
        value("escalation-urgency") || "Normal",
      ),
    afterReset: () => {
      updateContactOptions();
      preselectCase();
    },
  });

  $("close-meeting")?.addEventListener("click", (event) => {
    if (!window.confirm("Weet u zeker dat u de bijeenkomst wilt sluiten? Daarna kan niemand meer bijdragen.")) return;
    perform("close-error", event.currentTarget, () => connection.invoke("Close", state.meetingId));
  });
}

// ---------------------------------------------------------------------------------------------
// Start

if (!initial || !state.meetingId) {
  showError("connection-error", TEXT.stateError);
  setText("connection-state", TEXT.disconnected);
} else {
  wireUp();
  render();
  ensureStarted();
}
