// Who is in the room now. Presence does not come from the meeting's events but from the meeting grain's memory, pushed
// as `presenceChanged` outside the event sequence (so it never opens or fills a gap), and numbered on its own: the
// grain's activation (epoch) and the change within it (version). The browser keeps the newest it has seen, whether it
// came pushed or in Join's answer, and so never shows an older presence after a newer one.

/** @typedef {import("../room-contract").RoomPresent} RoomPresent */

/** Whether `a` came after `b`. @param {RoomPresent} a @param {RoomPresent | null | undefined} b */
export function isNewerPresence(a, b) {
  if (!b) return true;
  return a.epoch !== b.epoch ? a.epoch > b.epoch : a.version > b.version;
}

/** The newer of the two (`current` when they are the same). @param {RoomPresent} current @param {RoomPresent} offered */
export function newerPresence(current, offered) {
  return offered && isNewerPresence(offered, current) ? offered : current;
}
