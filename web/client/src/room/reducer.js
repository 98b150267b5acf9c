// The live room's state as the browser holds it: pure `(state, method, message) → state`. Each message carries the
// whole new value of every part of the room its meeting event changed, so this only replaces parts and appends new
// things by id; what follows from what (going to another item lowers the hands, closing empties the room) is decided
// by the grain and the server's projection, never again here.

/** @typedef {import("../room-contract").RoomState} RoomState */
/** @typedef {import("./messages.js").RoomMessages} RoomMessages */
/** @typedef {import("./messages.js").RoomMethod} RoomMethod */

/** Guids compare whatever their case (the server writes them in lower case; a client-made id might not be). */
export const sameId = (/** @type {string | null | undefined} */ a, /** @type {string | null | undefined} */ b) =>
  a != null && b != null && String(a).toLowerCase() === String(b).toLowerCase();

/**
 * `list` with `item` at the end, unless an item with its id is there already (a repeat after a Join, say).
 * @template {{ id: string }} T
 * @param {readonly T[]} list @param {T} item @returns {T[]}
 */
function appendById(list, item) {
  return list.some((existing) => sameId(existing.id, item.id)) ? /** @type {T[]} */ (list) : [...list, item];
}

/**
 * `list` with the item of `item`'s id replaced by it, or `item` appended when it is new.
 * @template {{ id: string }} T
 * @param {readonly T[]} list @param {T} item @returns {T[]}
 */
function replaceById(list, item) {
  const at = list.findIndex((existing) => sameId(existing.id, item.id));
  return at < 0 ? [...list, item] : list.map((existing, index) => (index === at ? item : existing));
}

/**
 * The room after one pushed message; `state` is not changed. An unknown method (from a newer server, before the
 * version check reloads the page) only moves the sequence on.
 * @template {RoomMethod} M
 * @param {RoomState} state
 * @param {M} method
 * @param {RoomMessages[M]} message
 * @returns {RoomState}
 */
export function reduce(state, method, message) {
  const sequence = message.sequence;
  switch (method) {
    case "meetingChanged": {
      const m = /** @type {RoomMessages["meetingChanged"]} */ (message);
      return { ...state, sequence, meeting: m.meeting, agenda: m.agenda, attendance: m.attendance };
    }
    case "agendaChanged": {
      const m = /** @type {RoomMessages["agendaChanged"]} */ (message);
      return { ...state, sequence, agenda: m.agenda, attendance: m.attendance };
    }
    case "attendanceChanged": {
      const m = /** @type {RoomMessages["attendanceChanged"]} */ (message);
      return { ...state, sequence, attendance: m.attendance };
    }
    case "contributionAdded": {
      const m = /** @type {RoomMessages["contributionAdded"]} */ (message);
      return { ...state, sequence, contributions: appendById(state.contributions, m.contribution) };
    }
    case "adviceAdded": {
      const m = /** @type {RoomMessages["adviceAdded"]} */ (message);
      return { ...state, sequence, advice: appendById(state.advice, m.advice) };
    }
    case "actionPointAdded": {
      const m = /** @type {RoomMessages["actionPointAdded"]} */ (message);
      return { ...state, sequence, actionPoints: appendById(state.actionPoints, m.actionPoint) };
    }
    case "escalationAdded": {
      const m = /** @type {RoomMessages["escalationAdded"]} */ (message);
      return { ...state, sequence, escalations: appendById(state.escalations, m.escalation) };
    }
    case "roundChanged": {
      const m = /** @type {RoomMessages["roundChanged"]} */ (message);
      return { ...state, sequence, rounds: replaceById(state.rounds, m.round) };
    }
    default:
      return { ...state, sequence };
  }
}
