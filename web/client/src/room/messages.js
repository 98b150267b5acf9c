// The messages the server pushes into the live room: one IMeetingClient method per kind of change (web/MeetingRoom),
// named here as the browser registers them (camelCase). The payload types come from room-contract.d.ts, generated
// from the C# records, so a renamed or retyped field fails the tsc check instead of a meeting.

/**
 * The payload of each pushed method.
 * @typedef {{
 *   meetingChanged: import("../room-contract").MeetingChanged,
 *   agendaChanged: import("../room-contract").AgendaChanged,
 *   attendanceChanged: import("../room-contract").AttendanceChanged,
 *   contributionAdded: import("../room-contract").ContributionAdded,
 *   adviceAdded: import("../room-contract").AdviceAdded,
 *   actionPointAdded: import("../room-contract").ActionPointAdded,
 *   escalationAdded: import("../room-contract").EscalationAdded,
 *   roundChanged: import("../room-contract").RoundChanged,
 *   sequenceAdvanced: import("../room-contract").SequenceAdvanced,
 * }} RoomMessages
 */

/** @typedef {keyof RoomMessages} RoomMethod */

/** @typedef {RoomMessages[RoomMethod]} RoomMessage */

/** One pushed message with the method it came by. @typedef {{ method: RoomMethod, message: RoomMessage }} Pushed */

/** Every pushed method, in the order of IMeetingClient. @type {readonly RoomMethod[]} */
export const ROOM_METHODS = Object.freeze([
  "meetingChanged",
  "agendaChanged",
  "attendanceChanged",
  "contributionAdded",
  "adviceAdded",
  "actionPointAdded",
  "escalationAdded",
  "roundChanged",
  "sequenceAdvanced",
]);
