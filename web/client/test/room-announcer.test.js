import { test } from "node:test";
import assert from "node:assert/strict";
import { changes } from "../src/room/announcer.js";

const context = { userId: "me", people: [{ userId: "me", name: "Ayşe" }, { userId: "m", name: "Mohamed" }, { userId: "p", name: "Fatma" }], owners: [] };
const base = {
  sequence: 1,
  meeting: { title: "x", status: "Started" },
  agenda: { items: [{ id: "B", kind: "Case", title: "Casus 1" }], current: 0, currentSince: null, used: [] },
  attendance: { hands: [], floor: null },
  contributions: [],
  advice: [],
  actionPoints: [],
  escalations: [],
  rounds: [],
};

test("another's new contribution is announced with its author and kind; one's own is not", () => {
  const next = {
    ...base,
    contributions: [
      { id: "c1", authorId: "m", kind: "Question", text: "?" },
      { id: "c2", authorId: "me", kind: "Remark", text: "." },
    ],
  };
  assert.deepEqual(changes(base, next, context), ["Nieuwe bijdrage van Mohamed (vraag)"]);
});

test("the floor is announced by name, or as one's own", () => {
  assert.deepEqual(changes(base, { ...base, attendance: { ...base.attendance, floor: "m" } }, context), ["Mohamed heeft het woord."]);
  assert.deepEqual(changes(base, { ...base, attendance: { ...base.attendance, floor: "me" } }, context), ["U hebt het woord."]);
});

test("a new phase and whose turn it is are announced; the same state says nothing", () => {
  const round = { id: "r", itemId: "B", presenterId: "p", phase: "Question", turn: null, closed: false, entries: [], passes: [] };
  const started = { ...base, rounds: [round] };
  assert.deepEqual(changes(base, started, context), ["De intervisie is begonnen."]);
  const clarifying = { ...base, rounds: [{ ...round, phase: "Clarifying", turn: "me" }] };
  assert.deepEqual(changes(started, clarifying, context), ["Intervisie: verhelderende vragen", "U bent aan de beurt"]);
  const next = { ...base, rounds: [{ ...round, phase: "Clarifying", turn: "m" }] };
  assert.deepEqual(changes(clarifying, next, context), ["Aan de beurt: Mohamed"]);
  assert.deepEqual(changes(next, next, context), []);
});
