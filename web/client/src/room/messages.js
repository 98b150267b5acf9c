// The messages the server pushes into the live room: one IMeetingClient method per kind of change (web/MeetingRoom),
// named here as the browser registers them (camelCase). The payload types come from room-contract.d.ts, generated
// from the C# records, so a renamed or retyped field fails the tsc check instead of a meeting.

/**
 * The payload of each pushed method that carries an event's sequence number (IMeetingClient, as generated, but for
 * presenceChanged, which comes outside the sequence: see presence.js).
 * @typedef {Omit<import("../room-contract").RoomClient, typeof PRESENCE_METHOD>} RoomMessages
 */

/** @typedef {keyof RoomMessages} RoomMethod */

/** @typedef {RoomMessages[RoomMethod]} RoomMessage */

/** One pushed message with the method it came by. @typedef {{ method: RoomMethod, message: RoomMessage }} Pushed */

/** Every pushed method, in the order of IMeetingClient (the tsc check fails when one is missing or unknown). */
export const ROOM_METHODS = /** @satisfies {readonly RoomMethod[]} */ (/** @type {const} */ ([
  "meetingChanged",
  "agendaChanged",
  "attendanceChanged",
  "contributionAdded",
  "adviceAdded",
  "actionPointAdded",
  "escalationAdded",
  "roundChanged",
  "sequenceAdvanced",
]));

/** The one pushed method outside the event sequence: who is in the room now, from the meeting grain. */
export const PRESENCE_METHOD = /** @type {const} */ ("presenceChanged");

/** For tsc only (esbuild drops it): a method of RoomClient missing from the lists above makes this `never`. @type {[keyof import("../room-contract").RoomClient] extends [(typeof ROOM_METHODS)[number] | typeof PRESENCE_METHOD] ? true : never} */
const everyMethodListed = true;
void everyMethodListed;
