import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRoomStore } from "../src/room/store.js";

const sample = JSON.parse(readFileSync(new URL("./fixtures/room-sample.json", import.meta.url), "utf8"));
const at = "2026-03-10T19:30:00+00:00";
const page = () => ({ version: 2, context: { meetingId: sample.ids.meeting, userId: "ayse", isCoordinator: false, people: [], owners: [], institutions: [] }, state: structuredClone(sample.state) });

test("the store starts from the page's state and carries its context and version", () => {
  const first = page();
  const store = createRoomStore(first);
  assert.equal(store.state, first.state);
  assert.equal(store.version, 2);
  assert.equal(store.context.userId, "ayse");
});

test("a received message goes through the reducer and reaches every listener with the previous state and its method", () => {
  const store = createRoomStore(page());
  const before = store.state;
  /** @type {unknown[][]} */
  const calls = [];
  store.subscribe((state, previous, cause) => calls.push([state.attendance.floor, previous, cause]));
  store.receive("attendanceChanged", { sequence: 6, at, attendance: { hands: [], floor: "ayse" } });
  assert.deepEqual(calls, [["ayse", before, "attendanceChanged"]]);
  assert.equal(store.state.sequence, 6);
});

test("a state from Join replaces the whole state with the cause join", () => {
  const store = createRoomStore(page());
  /** @type {string[]} */
  const causes = [];
  store.subscribe((_state, _previous, cause) => causes.push(cause));
  const joined = { ...structuredClone(sample.state), sequence: 40 };
  store.replace(joined);
  assert.equal(store.state, joined);
  assert.deepEqual(causes, ["join"]);
});

test("an unsubscribed listener hears nothing more, and a failing listener does not stop the others", () => {
  const store = createRoomStore(page());
  let heard = 0;
  const stop = store.subscribe(() => {
    heard += 1;
  });
  const errors = console.error;
  console.error = () => {};
  try {
    store.subscribe(() => {
      throw new Error("kapot");
    });
    let after = 0;
    store.subscribe(() => {
      after += 1;
    });
    store.receive("sequenceAdvanced", { sequence: 6, at });
    stop();
    store.receive("sequenceAdvanced", { sequence: 7, at });
    assert.equal(heard, 1);
    assert.equal(after, 2);
  } finally {
    console.error = errors;
  }
});

test("a pushed presence newer than the one held replaces it; an older one, arriving late, is dropped", () => {
  const store = createRoomStore(page());
  const { epoch, version } = store.state.present;
  /** @type {string[]} */
  const causes = [];
  store.subscribe((_state, _previous, cause) => causes.push(cause));
  store.receivePresence({ epoch, version: version + 2, userIds: ["ayse"] });
  store.receivePresence({ epoch, version: version + 1, userIds: ["ayse", "mohamed"] });
  store.receivePresence({ epoch, version: version + 2, userIds: [] });
  assert.deepEqual(store.state.present.userIds, ["ayse"]);
  assert.deepEqual(causes, ["presenceChanged"]);
});

test("a presence from a newer activation of the meeting wins, even with a lower version", () => {
  const store = createRoomStore(page());
  const { epoch, version } = store.state.present;
  store.receivePresence({ epoch: epoch + 1, version: 1, userIds: ["mohamed"] });
  store.receivePresence({ epoch, version: version + 5, userIds: ["ayse"] });
  assert.deepEqual(store.state.present.userIds, ["mohamed"]);
});

test("Join's state keeps a presence pushed meanwhile that is newer than its own, and takes its own when that is newer", () => {
  const store = createRoomStore(page());
  const { epoch, version } = store.state.present;
  store.receivePresence({ epoch, version: version + 3, userIds: ["mohamed"] });
  store.replace({ ...structuredClone(sample.state), sequence: 40, present: { epoch, version: version + 2, userIds: ["ayse"] } });
  assert.equal(store.state.sequence, 40);
  assert.deepEqual(store.state.present.userIds, ["mohamed"]);
  store.replace({ ...structuredClone(sample.state), sequence: 41, present: { epoch, version: version + 4, userIds: [] } });
  assert.deepEqual(store.state.present.userIds, []);
});
