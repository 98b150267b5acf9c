// Pure view helpers of the live room: what the screens show, derived from the room state the server sends. No DOM and
// no clock of their own (the time is passed in), so Node's test runner checks them. Domain rules (whose turn it is, what
// going to another item does) are not re-derived here: the server's state carries them.
import { TEXT } from "./texts.js";
import { sameId } from "./reducer.js";

/** @typedef {import("../room-contract").RoomState} RoomState */
/** @typedef {import("../room-contract").RoomContext} RoomContext */
/** @typedef {import("../room-contract").RoomRound} RoomRound */
/** @typedef {import("../room-contract").RoomAgenda} RoomAgenda */

/** @typedef {import("../room-contract").RoundPhase} RoundPhase */

/** @type {readonly RoundPhase[]} */
const PHASES = ["Question", "Clarifying", "Advice", "Reaction"];

// The screens compare ids as the reducer does: one rule, kept in the reducer.
export { sameId };

/** @param {RoomState} state */
export function currentItem(state) {
  const index = state?.agenda?.current;
  return index === null || index === undefined ? null : state.agenda.items[index] ?? null;
}

/** The name of someone in the room; "(u)" after the viewer's own. @param {RoomContext} context */
export function personName(context, userId, { markSelf = false } = {}) {
  const person = (context?.people ?? []).find((p) => sameId(p.userId, userId)) ?? (context?.owners ?? []).find((p) => sameId(p.userId, userId));
  const name = person?.name ?? TEXT.unknownPerson;
  return markSelf && sameId(userId, context?.userId) ? `${name} ${TEXT.you}` : name;
}

/** The cases of the meeting's agenda, labelled by their item's title. @param {RoomState} state */
export function caseOptions(state) {
  const seen = new Set();
  const options = [];
  for (const item of state?.agenda?.items ?? []) {
    if (!item.caseId || seen.has(String(item.caseId).toLowerCase())) continue;
    seen.add(String(item.caseId).toLowerCase());
    options.push({ value: String(item.caseId), label: item.title });
  }
  return options;
}

export function caseLabel(state, caseId) {
  return caseOptions(state).find((o) => sameId(o.value, caseId))?.label ?? TEXT.unknownCase;
}

/**
 * Milliseconds spent on an item: what the agenda counted before, plus the running time when it is the current one.
 * @param {RoomAgenda} agenda @param {number} now epoch milliseconds
 */
export function itemUsedMs(agenda, itemId, now) {
  let used = 0;
  for (const entry of agenda?.used ?? []) if (sameId(entry.itemId, itemId)) used += Number(entry.milliseconds) || 0;
  const current = agenda?.current === null || agenda?.current === undefined ? null : agenda.items[agenda.current];
  if (current && sameId(current.id, itemId) && agenda.currentSince) {
    const since = Date.parse(agenda.currentSince);
    if (Number.isFinite(since)) used += Math.max(0, now - since);
  }
  return used;
}

/** "12 van 20 min" for time used against planned; "20 min" for an item not yet begun; "5 min" without a plan. */
export function minutesText(usedMs, plannedMinutes, begun) {
  const used = Math.floor(Math.max(0, usedMs) / 60000);
  if (!plannedMinutes) return begun ? TEXT.minutesSpent(used) : "";
  return begun ? TEXT.minutesUsed(used, plannedMinutes) : TEXT.minutesPlanned(plannedMinutes);
}

/**
 * Each agenda item with where it stands and its time: "done", "current" or "todo"; `over` when more time was used than planned.
 * @param {RoomAgenda} agenda @param {number} now
 */
export function agendaRows(agenda, now) {
  const current = agenda?.current ?? null;
  return (agenda?.items ?? []).map((item, index) => {
    const usedMs = itemUsedMs(agenda, item.id, now);
    const begun = index === current || (agenda.used ?? []).some((u) => sameId(u.itemId, item.id));
    const status = index === current ? "current" : current !== null && index < current ? "done" : "todo";
    return {
      item,
      index,
      status,
      usedMs,
      time: minutesText(usedMs, item.plannedMinutes, begun),
      over: Boolean(item.plannedMinutes) && usedMs > item.plannedMinutes * 60000,
    };
  });
}

/** The round of an agenda item: the last one started on it (open or closed), or null. @param {RoomState} state */
export function roundOfItem(state, itemId) {
  const rounds = (state?.rounds ?? []).filter((r) => sameId(r.itemId, itemId));
  return rounds.length ? rounds[rounds.length - 1] : null;
}

/** Whether the chair may start a round on this item: a case item with a presenter and no open round in the meeting. */
export function mayStartRound(state, item) {
  if (!item || item.kind !== "Case" || !item.caseId || !item.presenterId) return false;
  return !(state?.rounds ?? []).some((r) => !r.closed);
}

/** The phase after `phase`, or null after the last. @param {RoundPhase} phase @returns {RoundPhase | null} */
export function nextPhase(phase) {
  const at = PHASES.indexOf(phase);
  return at >= 0 && at < PHASES.length - 1 ? PHASES[at + 1] : null;
}

export const isTurnPhase = (phase) => phase === "Clarifying" || phase === "Advice";

/** May `userId` write in the round now: the presenter in the question and reaction phases, the one whose turn it is in the others. @param {RoomRound} round */
export function mayWriteEntry(round, userId) {
  if (!round || round.closed || !userId) return false;
  if (round.phase === "Question" || round.phase === "Reaction") return sameId(round.presenterId, userId);
  return sameId(round.turn, userId);
}

/** "U bent aan de beurt", "Aan de beurt: Naam", "Iedereen is aan de beurt geweest." or null outside the turn phases. */
export function turnText(round, userId, nameOf) {
  if (!round || round.closed || !isTurnPhase(round.phase)) return null;
  if (!round.turn) return TEXT.everyoneHadTurn;
  return sameId(round.turn, userId) ? TEXT.yourTurn : TEXT.turnOf(nameOf(round.turn));
}

/**
 * The round's entries and passes of one phase, in order: `{ entry }` or `{ pass }`.
 * @param {RoomRound | null} round @param {string} phase
 * @returns {{ entry?: import("../room-contract").RoomRoundEntry, pass?: import("../room-contract").RoomRoundPass }[]}
 */
export function phaseLines(round, phase) {
  const entries = (round?.entries ?? []).filter((e) => e.phase === phase).map((entry) => ({ entry }));
  const passes = (round?.passes ?? []).filter((p) => p.phase === phase).map((pass) => ({ pass }));
  return [...entries, ...passes];
}

/** The phases the room shows for a round: those reached so far, in order. */
export function phasesReached(round) {
  const at = PHASES.indexOf(round?.phase);
  return at < 0 ? [] : PHASES.slice(0, at + 1);
}

/** What the closed room tells: counts of advice, action points, escalations and rounds. @param {RoomState} state */
export function outcomeCounts(state) {
  return {
    advice: state?.advice?.length ?? 0,
    actionPoints: state?.actionPoints?.length ?? 0,
    escalations: state?.escalations?.length ?? 0,
    rounds: state?.rounds?.length ?? 0,
  };
}

/**
 * The chair's first proposal for the order of turns: everyone present in the order they came in, but the presenter
 * and the chair themselves (who can tick themselves in).
 */
export function defaultRoundOrder(present, presenterId, chairId) {
  return (present ?? []).filter((id) => !sameId(id, presenterId) && !sameId(id, chairId));
}

/** The order with the one at `index` moved by `delta` places (no move past either end). */
export function moveInOrder(order, index, delta) {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return order.slice();
  const moved = order.slice();
  const [one] = moved.splice(index, 1);
  moved.splice(target, 0, one);
  return moved;
}

/** The current item's values the chair's recording forms start from: its case and its presenter as action point owner. */
export function recordingDefaults(item) {
  return { caseId: item?.caseId ? String(item.caseId) : "", ownerId: item?.presenterId ?? "" };
}

/** Minutes from a field: null when empty, a whole number of 1–60 (the grain's RoundPhaseMaxMinutes), or NaN when it is something else. */
export function parseMinutes(text) {
  const value = String(text ?? "").trim();
  if (!value) return null;
  if (!/^\d+$/.test(value)) return Number.NaN;
  const minutes = Number(value);
  return minutes >= 1 && minutes <= 60 ? minutes : Number.NaN;
}

/**
 * Brings the chair's order of turns in line with who is present: newcomers at the end (the chair themselves, unticked,
 * after everyone else), leavers out, the rest as the chair arranged them.
 * @param {{ userId: string, checked: boolean }[]} order @param {readonly string[]} present
 * @param {string | null} presenterId @param {string} chairId
 */
export function syncOrder(order, present, presenterId, chairId) {
  const kept = order.filter((o) => present.some((id) => sameId(id, o.userId)) && !sameId(o.userId, presenterId));
  for (const id of present) {
    if (sameId(id, presenterId) || sameId(id, chairId) || kept.some((o) => sameId(o.userId, id))) continue;
    const chair = kept.findIndex((o) => sameId(o.userId, chairId));
    kept.splice(chair < 0 ? kept.length : chair, 0, { userId: id, checked: true });
  }
  if (present.some((id) => sameId(id, chairId)) && !sameId(chairId, presenterId) && !kept.some((o) => sameId(o.userId, chairId))) {
    kept.push({ userId: chairId, checked: false });
  }
  return kept;
}
