// The room's one polite live region: what changed is said to screen readers without moving focus. `changes` (pure,
// node-tested) decides what is worth saying about a new state; `createAnnouncer` writes it into the region.
import { TEXT, label } from "./texts.js";
import { currentItem, personName, sameId, turnText } from "./view.js";

/** @typedef {import("../room-contract").RoomState} RoomState */

/**
 * The Dutch lines to announce for the step from `previous` to `next`: a new contribution, the floor, another item,
 * the meeting starting or closing, a round starting, moving phase or closing, and whose turn it is.
 * @param {RoomState} previous @param {RoomState} next @param {import("../room-contract").RoomContext} context
 */
export function changes(previous, next, context) {
  if (!previous || !next) return [];
  const lines = [];
  const me = context?.userId;
  const nameOf = (id) => personName(context, id);

  if (previous.meeting?.status !== next.meeting?.status) {
    if (next.meeting?.status === "Started") lines.push(TEXT.meetingStarted);
    if (next.meeting?.status === "Closed") lines.push(TEXT.meetingClosed);
  }

  const itemBefore = currentItem(previous);
  const itemNow = currentItem(next);
  if (itemNow && !sameId(itemBefore?.id, itemNow.id)) lines.push(TEXT.itemNow(itemNow.title));

  const known = new Set((previous.contributions ?? []).map((c) => String(c.id).toLowerCase()));
  for (const c of next.contributions ?? []) {
    if (known.has(String(c.id).toLowerCase()) || sameId(c.authorId, me)) continue;
    lines.push(TEXT.newContribution(nameOf(c.authorId), label("contributionKind", c.kind).toLowerCase()));
  }

  const floorBefore = previous.attendance?.floor ?? null;
  const floorNow = next.attendance?.floor ?? null;
  if (floorNow && !sameId(floorBefore, floorNow)) lines.push(sameId(floorNow, me) ? TEXT.youHaveFloor : TEXT.hasFloor(nameOf(floorNow)));

  for (const round of next.rounds ?? []) {
    const before = (previous.rounds ?? []).find((r) => sameId(r.id, round.id));
    if (!before) lines.push(TEXT.roundStarted);
    if (round.closed) {
      if (before && !before.closed) lines.push(TEXT.roundClosed);
      continue;
    }
    if (before && before.phase !== round.phase) lines.push(TEXT.phaseNow(label("roundPhase", round.phase).toLowerCase()));
    const turnBefore = before && !before.closed ? before.turn ?? null : null;
    if (round.turn && (!sameId(turnBefore, round.turn) || before?.phase !== round.phase)) lines.push(turnText(round, me, nameOf));
  }
  return lines;
}

/** Writes announcements into `region` (an aria-live="polite" element), keeping the last few. */
export function createAnnouncer(region) {
  return {
    /** @param {string | null | undefined} text */
    announce(text) {
      if (!region || !text) return;
      const line = document.createElement("p");
      line.textContent = text;
      region.append(line);
      while (region.childElementCount > 5) region.firstElementChild?.remove();
    },
  };
}
