import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { reduce } from "../src/room/reducer.js";

// A small room in the contract's shape (web/MeetingRoom/Contract/RoomState.cs).
const sample = JSON.parse(readFileSync(new URL("./fixtures/room-sample.json", import.meta.url), "utf8"));
const ids = sample.ids;
/** @returns {import("../src/room-contract").RoomState} */
const roomState = () => structuredClone(sample.state);
/** @returns {import("../src/room-contract").RoomRound} */
const round = (/** @type {string} */ phase, /** @type {string | null} */ turn = null) => ({ ...structuredClone(sample.round), phase, turn });

const at = "2026-03-10T19:30:00+00:00";

test("a message never changes the state it is given", () => {
  const state = roomState();
  const before = structuredClone(state);
  reduce(state, "attendanceChanged", { sequence: 6, at, attendance: { hands: [], floor: null } });
  reduce(state, "contributionAdded", {
    sequence: 6,
    at,
    contribution: { id: "c0000000-0000-4000-8000-000000000002", itemId: ids.opening, authorId: "ayse", kind: "Question", text: "Vraag?", at, caseId: null },
  });
  assert.deepEqual(state, before);
});

test("meetingChanged replaces the meeting, the agenda and the attendance, and sets the sequence", () => {
  const state = roomState();
  const meeting = { title: state.meeting.title, status: /** @type {const} */ ("Closed") };
  const agenda = { ...state.agenda, current: null, currentSince: null };
  const attendance = { hands: [], floor: null };
  const next = reduce(state, "meetingChanged", { sequence: 6, at, meeting, agenda, attendance });
  assert.equal(next.sequence, 6);
  assert.deepEqual(next.meeting, meeting);
  assert.deepEqual(next.agenda, agenda);
  assert.deepEqual(next.attendance, attendance);
  assert.equal(next.contributions, state.contributions);
});

test("agendaChanged takes the hands and the floor as the server says, without deriving them", () => {
  const state = roomState();
  const agenda = { ...state.agenda, current: 1, currentSince: at };
  const attendance = { hands: [], floor: null };
  const next = reduce(state, "agendaChanged", { sequence: 6, at, agenda, attendance });
  assert.equal(next.agenda.current, 1);
  assert.deepEqual(next.attendance.hands, []);
  assert.equal(next.meeting, state.meeting);
});

test("attendanceChanged replaces hands and floor in one", () => {
  const attendance = { hands: ["mohamed"], floor: "ayse" };
  const next = reduce(roomState(), "attendanceChanged", { sequence: 6, at, attendance });
  assert.deepEqual(next.attendance, attendance);
  assert.equal(next.sequence, 6);
});

test("an added contribution is appended once, also when it comes again", () => {
  const contribution = { id: "c0000000-0000-4000-8000-000000000002", itemId: ids.opening, authorId: "mohamed", kind: /** @type {const} */ ("Question"), text: "Heeft hij familie?", at, caseId: null };
  const once = reduce(roomState(), "contributionAdded", { sequence: 6, at, contribution });
  const twice = reduce(once, "contributionAdded", { sequence: 7, at, contribution: { ...contribution, id: contribution.id.toUpperCase() } });
  assert.deepEqual(once.contributions.map((c) => c.text), ["Welkom allemaal.", "Heeft hij familie?"]);
  assert.equal(twice.contributions.length, 2);
  assert.equal(twice.sequence, 7);
});

test("advice, action points and escalations are appended by id", () => {
  let state = roomState();
  const advice = { id: "a0000000-0000-4000-8000-000000000001", caseId: ids.case, advice: "Huisarts betrekken", nextSteps: "Bellen", at };
  const actionPoint = { id: "b0000000-0000-4000-8000-000000000001", description: "Buurthuis vragen", ownerId: "ayse", due: "2026-04-01", caseId: null };
  const escalation = { id: "e0000000-0000-4000-8000-000000000001", caseId: ids.case, institutionId: "ggz", contactPersonId: "p1", reason: "Zorgen", urgency: /** @type {const} */ ("High") };
  state = reduce(state, "adviceAdded", { sequence: 6, at, advice });
  state = reduce(state, "adviceAdded", { sequence: 7, at, advice });
  state = reduce(state, "actionPointAdded", { sequence: 8, at, actionPoint });
  state = reduce(state, "escalationAdded", { sequence: 9, at, escalation });
  state = reduce(state, "escalationAdded", { sequence: 10, at, escalation });
  assert.deepEqual(state.advice, [advice]);
  assert.deepEqual(state.actionPoints, [actionPoint]);
  assert.deepEqual(state.escalations, [escalation]);
  assert.equal(state.sequence, 10);
});

test("roundChanged appends a new round and replaces a known one by id", () => {
  const started = reduce(roomState(), "roundChanged", { sequence: 6, at, round: round("Question") });
  const moved = reduce(started, "roundChanged", { sequence: 7, at, round: round("Clarifying", "mohamed") });
  assert.equal(started.rounds.length, 1);
  assert.equal(moved.rounds.length, 1);
  assert.equal(moved.rounds[0].phase, "Clarifying");
  assert.equal(moved.rounds[0].turn, "mohamed");
});

test("sequenceAdvanced moves only the sequence on", () => {
  const state = roomState();
  const next = reduce(state, "sequenceAdvanced", { sequence: 6, at });
  assert.deepEqual(next, { ...state, sequence: 6 });
});

// The parity fixture is written by the server's tests from a scripted meeting through the real grains (the room
// projection in web/MeetingRoom): its page, every message pushed after it, and the room the projection ends with.
// Reducing the messages must land on that room.
const fixture = new URL("./fixtures/room-history.json", import.meta.url);

test("the pushed history of a meeting, reduced from its first page, ends in the server's final room", () => {
  const history = JSON.parse(readFileSync(fixture, "utf8"));
  assert.ok(history.messages.length > 0, "the fixture has messages");
  let state = history.page.state;
  for (const { method, message } of history.messages) state = reduce(state, method, message);
  assert.deepEqual(state, history.final);
});
