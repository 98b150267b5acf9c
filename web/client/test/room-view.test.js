import { test } from "node:test";
import assert from "node:assert/strict";
import {
  agendaRows,
  caseOptions,
  defaultRoundOrder,
  itemUsedMs,
  mayStartRound,
  mayWriteEntry,
  minutesText,
  moveInOrder,
  nextPhase,
  outcomeCounts,
  parseMinutes,
  personName,
  phaseLines,
  recordingDefaults,
  roundOfItem,
  turnText,
} from "../src/room/view.js";

const at = (iso) => Date.parse(iso);
const agenda = {
  items: [
    { id: "A", kind: "Opening", title: "Opening", plannedMinutes: 5, presenterId: null, caseId: null, guestName: null },
    { id: "B", kind: "Case", title: "Casus 1", plannedMinutes: 20, presenterId: "p", caseId: "C1", guestName: null },
    { id: "C", kind: "Closing", title: "Sluiting", plannedMinutes: 5, presenterId: null, caseId: null, guestName: null },
  ],
  current: 1,
  currentSince: "2026-03-10T19:00:00Z",
  used: [{ itemId: "A", milliseconds: 7 * 60000 + 30000 }],
};

test("the current item's time runs from when it began; an earlier item keeps what it used", () => {
  assert.equal(itemUsedMs(agenda, "B", at("2026-03-10T19:12:40Z")), 12 * 60000 + 40000);
  assert.equal(itemUsedMs(agenda, "A", at("2026-03-10T19:12:40Z")), 7 * 60000 + 30000);
  assert.equal(itemUsedMs(agenda, "C", at("2026-03-10T19:12:40Z")), 0);
});

test("time reads as used against planned, or the plan alone before an item began", () => {
  assert.equal(minutesText(12 * 60000 + 59000, 20, true), "12 van 20 min");
  assert.equal(minutesText(0, 20, false), "20 min");
  assert.equal(minutesText(3 * 60000, 0, true), "3 min");
});

test("agenda rows tell done, current and to do, and an item over its time", () => {
  const rows = agendaRows(agenda, at("2026-03-10T19:12:00Z"));
  assert.deepEqual(rows.map((r) => r.status), ["done", "current", "todo"]);
  assert.deepEqual(rows.map((r) => r.time), ["7 van 5 min", "12 van 20 min", "5 min"]);
  assert.deepEqual(rows.map((r) => r.over), [true, false, false]);
});

test("names come from the context, the viewer's own marked", () => {
  const context = { userId: "u", people: [{ userId: "u", name: "Ayşe" }, { userId: "m", name: "Mohamed" }], owners: [] };
  assert.equal(personName(context, "U", { markSelf: true }), "Ayşe (u)");
  assert.equal(personName(context, "m", { markSelf: true }), "Mohamed");
  assert.equal(personName(context, "x"), "Onbekende deelnemer");
});

test("the agenda's cases are offered once, by their item's title", () => {
  const state = { agenda: { ...agenda, items: [...agenda.items, { ...agenda.items[1], id: "D" }] } };
  assert.deepEqual(caseOptions(state), [{ value: "C1", label: "Casus 1" }]);
});

const round = {
  id: "r",
  itemId: "B",
  caseId: "C1",
  presenterId: "p",
  order: ["a", "b"],
  phase: "Clarifying",
  phaseMinutes: 5,
  phaseSince: "2026-03-10T19:05:00Z",
  turn: "a",
  entries: [
    { id: "e1", phase: "Question", authorId: "p", text: "Hoe bereik ik haar zoon?", at: "2026-03-10T19:04:00Z" },
    { id: "e2", phase: "Clarifying", authorId: "b", text: "Woont hij in de buurt?", at: "2026-03-10T19:06:00Z" },
  ],
  passes: [{ phase: "Clarifying", userId: "c" }],
  closed: false,
  chosenEntryIds: [],
};

test("whose turn it is reads for the viewer and for the others", () => {
  const nameOf = (id) => ({ a: "Ayşe", b: "Bilal" })[id];
  assert.equal(turnText(round, "a", nameOf), "U bent aan de beurt");
  assert.equal(turnText(round, "b", nameOf), "Aan de beurt: Ayşe");
  assert.equal(turnText({ ...round, turn: null }, "b", nameOf), "Iedereen is aan de beurt geweest.");
  assert.equal(turnText({ ...round, phase: "Question" }, "b", nameOf), null);
});

test("the presenter writes in the question and reaction phases, the one whose turn it is in the others", () => {
  assert.equal(mayWriteEntry(round, "a"), true);
  assert.equal(mayWriteEntry(round, "b"), false);
  assert.equal(mayWriteEntry(round, "p"), false);
  assert.equal(mayWriteEntry({ ...round, phase: "Question" }, "p"), true);
  assert.equal(mayWriteEntry({ ...round, phase: "Reaction" }, "a"), false);
  assert.equal(mayWriteEntry({ ...round, closed: true }, "a"), false);
});

test("a phase shows its entries and its passes", () => {
  assert.deepEqual(phaseLines(round, "Clarifying").map((l) => l.entry?.id ?? l.pass.userId), ["e2", "c"]);
  assert.equal(phaseLines(round, "Advice").length, 0);
});

test("phases follow in order and end after the reaction", () => {
  assert.equal(nextPhase("Question"), "Clarifying");
  assert.equal(nextPhase("Advice"), "Reaction");
  assert.equal(nextPhase("Reaction"), null);
});

test("an item's round is the last one started on it; a case item with a presenter may get one when none runs", () => {
  const state = { rounds: [{ ...round, id: "old", closed: true }, round] };
  assert.equal(roundOfItem(state, "B").id, "r");
  assert.equal(roundOfItem(state, "A"), null);
  assert.equal(mayStartRound(state, agenda.items[1]), false);
  assert.equal(mayStartRound({ rounds: [] }, agenda.items[1]), true);
  assert.equal(mayStartRound({ rounds: [] }, agenda.items[0]), false);
});

test("the proposed order is who came in, without presenter and chair; moving stops at the ends", () => {
  assert.deepEqual(defaultRoundOrder(["chair", "a", "p", "b"], "p", "chair"), ["a", "b"]);
  assert.deepEqual(moveInOrder(["a", "b", "c"], 2, -1), ["a", "c", "b"]);
  assert.deepEqual(moveInOrder(["a", "b", "c"], 0, -1), ["a", "b", "c"]);
});

test("the recording forms start from the current item's case and presenter", () => {
  assert.deepEqual(recordingDefaults(agenda.items[1]), { caseId: "C1", ownerId: "p" });
  assert.deepEqual(recordingDefaults(null), { caseId: "", ownerId: "" });
});

test("the outcome counts what the meeting recorded", () => {
  assert.deepEqual(outcomeCounts({ advice: [1, 2], actionPoints: [1], escalations: [], rounds: [round] }), {
    advice: 2,
    actionPoints: 1,
    escalations: 0,
    rounds: 1,
  });
});

test("timer minutes are empty, or a whole number from 1 to 60 as the grain allows", () => {
  assert.equal(parseMinutes(""), null);
  assert.equal(parseMinutes(" 5 "), 5);
  assert.ok(Number.isNaN(parseMinutes("0")));
  assert.ok(Number.isNaN(parseMinutes("2,5")));
  assert.equal(parseMinutes("60"), 60);
  assert.ok(Number.isNaN(parseMinutes("61")));
});

test("the order of turns follows who is present, the chair unticked at the end, the chair's arrangement kept", async () => {
  const { syncOrder } = await import("../src/room/view.js");
  let order = syncOrder([], ["chair", "a", "p", "b"], "p", "chair");
  assert.deepEqual(order, [
    { userId: "a", checked: true },
    { userId: "b", checked: true },
    { userId: "chair", checked: false },
  ]);
  order = syncOrder([order[1], order[0], order[2]], ["chair", "a", "b", "c"], "p", "chair");
  assert.deepEqual(order.map((o) => o.userId), ["b", "a", "c", "chair"]);
  assert.deepEqual(syncOrder(order, ["chair", "b"], "p", "chair").map((o) => o.userId), ["b", "chair"]);
});
