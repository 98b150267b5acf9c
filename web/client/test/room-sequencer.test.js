import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createSequencer } from "../src/room/sequencer.js";
import { createRoomStore } from "../src/room/store.js";

const at = "2026-03-10T19:30:00+00:00";
const pushed = (/** @type {number} */ sequence) => ({ method: /** @type {const} */ ("sequenceAdvanced"), message: { sequence, at } });
const offer = (/** @type {ReturnType<typeof createSequencer>} */ sequencer, /** @type {number} */ sequence) => sequencer.offer("sequenceAdvanced", { sequence, at });
const numbers = (/** @type {{ apply: { message: { sequence: number } }[] }} */ release) => release.apply.map((p) => p.message.sequence);

test("the next number is applied at once", () => {
  const sequencer = createSequencer(10);
  assert.deepEqual(offer(sequencer, 11), { apply: [pushed(11)], gap: false });
  assert.equal(sequencer.sequence, 11);
});

test("a duplicate or an old number is dropped", () => {
  const sequencer = createSequencer(10);
  offer(sequencer, 11);
  assert.deepEqual(offer(sequencer, 11), { apply: [], gap: false });
  assert.deepEqual(offer(sequencer, 3), { apply: [], gap: false });
  assert.equal(sequencer.sequence, 11);
});

test("out of order: later numbers wait and are released in order once the missing one comes", () => {
  const sequencer = createSequencer(10);
  assert.deepEqual(offer(sequencer, 13), { apply: [], gap: true });
  assert.deepEqual(offer(sequencer, 12), { apply: [], gap: true });
  assert.deepEqual(numbers(offer(sequencer, 11)), [11, 12, 13]);
  assert.equal(sequencer.gap, false);
  assert.equal(sequencer.sequence, 13);
});

test("a waiting message offered twice is released once", () => {
  const sequencer = createSequencer(10);
  offer(sequencer, 12);
  offer(sequencer, 12);
  assert.deepEqual(numbers(offer(sequencer, 11)), [11, 12]);
});

test("missing: the gap is reported until it is filled, then what waited follows", () => {
  const sequencer = createSequencer(10);
  offer(sequencer, 11);
  assert.equal(offer(sequencer, 13).gap, true);
  assert.equal(offer(sequencer, 14).gap, true);
  assert.equal(sequencer.gap, true);
  assert.equal(sequencer.sequence, 11);
  assert.deepEqual(offer(sequencer, 12), { apply: [pushed(12), pushed(13), pushed(14)], gap: false });
});

test("reset after a Join drops what the state already holds and releases what follows it", () => {
  const sequencer = createSequencer(10);
  for (const n of [12, 13, 15, 16]) offer(sequencer, n);
  const release = sequencer.reset(14);
  assert.deepEqual(numbers(release), [15, 16]);
  assert.equal(release.gap, false);
  assert.equal(sequencer.sequence, 16);
  assert.deepEqual(offer(sequencer, 13), { apply: [], gap: false });
});

test("reset keeps reporting a gap that lies beyond the Join's state", () => {
  const sequencer = createSequencer(10);
  offer(sequencer, 18);
  const release = sequencer.reset(15);
  assert.deepEqual(release, { apply: [], gap: true });
  assert.deepEqual(numbers(offer(sequencer, 16)), [16]);
  assert.deepEqual(numbers(offer(sequencer, 17)), [17, 18]);
});

test("without a state yet, everything waits for the first reset and is no gap", () => {
  const sequencer = createSequencer(null);
  assert.deepEqual(offer(sequencer, 4), { apply: [], gap: false });
  assert.deepEqual(offer(sequencer, 3), { apply: [], gap: false });
  assert.equal(sequencer.sequence, null);
  assert.deepEqual(numbers(sequencer.reset(2)), [3, 4]);
});

test("a message without a whole number is dropped", () => {
  const sequencer = createSequencer(10);
  assert.deepEqual(sequencer.offer("sequenceAdvanced", { sequence: Number.NaN, at }), { apply: [], gap: false });
  assert.equal(sequencer.sequence, 10);
});

// The server's recorded history of a meeting (see room-reducer.test.js): delivered with every pair swapped and every
// message twice, the sequencer still lets each through once and in order, so the store ends in the server's room.
test("a meeting's history delivered out of order and twice ends in the server's final room", () => {
  const history = JSON.parse(readFileSync(new URL("./fixtures/room-history.json", import.meta.url), "utf8"));
  const store = createRoomStore(history.page);
  const sequencer = createSequencer(history.page.state.sequence);
  const messages = [...history.messages];
  for (let i = 0; i + 1 < messages.length; i += 2) [messages[i], messages[i + 1]] = [messages[i + 1], messages[i]];
  for (const { method, message } of [...messages, ...messages]) {
    for (const pushed of sequencer.offer(method, message).apply) store.receive(pushed.method, pushed.message);
  }
  assert.equal(sequencer.gap, false);
  assert.deepEqual(store.state, history.final);
});
