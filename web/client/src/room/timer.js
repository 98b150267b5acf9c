// A round phase's optional timer, as the room shows it: minutes and seconds left ("04:59"), counted from when the phase
// began. Pure: the time is passed in.

/** Milliseconds left of a timer of `minutes` from `since` (ISO text) at `now`; null without a timer; never below 0. */
export function remainingMs(since, minutes, now) {
  if (!minutes) return null;
  const start = Date.parse(since);
  if (!Number.isFinite(start)) return null;
  return Math.max(0, start + minutes * 60000 - now);
}

/** "mm:ss", rounding up so that "00:00" shows only when the time is really over. */
export function formatMmSs(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`;
}

/** A key for "this phase's timer ran out", so the room announces it once. */
export function expiryKey(round) {
  return round ? `${round.id}|${round.phase}|${round.phaseSince}` : "";
}
