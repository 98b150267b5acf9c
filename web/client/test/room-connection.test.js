import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { connectRoom } from "../src/room/connection.js";
import { createRoomStore } from "../src/room/store.js";

const sample = JSON.parse(readFileSync(new URL("./fixtures/room-sample.json", import.meta.url), "utf8"));
const meetingId = sample.ids.meeting;
const at = "2026-03-10T19:30:00+00:00";
/** @returns {import("../src/room-contract").RoomState} */
const stateAt = (/** @type {number} */ sequence) => ({ ...structuredClone(sample.state), sequence });
const page = (/** @type {number} */ sequence) => ({ version: 2, context: { meetingId, userId: "ayse", isCoordinator: false, people: [], owners: [], institutions: [] }, state: stateAt(sequence) });

/** The hub methods that join or watch the room: they answer the state, or null after sending what was missed. */
const joinMethods = ["Join", "Watch", "JoinAfter", "WatchAfter"];
const joinsIn = (/** @type {unknown[][]} */ calls) => calls.filter((c) => joinMethods.includes(/** @type {string} */ (c[0])));

/** A promise and the functions that settle it. */
function deferred() {
  /** @type {(value: any) => void} */ let resolve = () => {};
  /** @type {(error: unknown) => void} */ let reject = () => {};
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * A fake HubConnection: records invokes; Join, Watch, JoinAfter and WatchAfter wait for the test to answer them (`nextJoin()` gives the next
 * one as it is asked), or answer at once with `autoAnswer(method)` when that gives something.
 */
function fakeLink(/** @type {(method: string) => unknown} */ autoAnswer = () => undefined) {
  /** @type {Map<string, (message: any) => void>} */
  const handlers = new Map();
  /** @type {unknown[][]} */
  const calls = [];
  /** Joins asked and not yet handed to the test, and tests waiting for one. */
  /** @type {ReturnType<typeof deferred>[]} */
  const asked = [];
  /** @type {((join: ReturnType<typeof deferred>) => void)[]} */
  const waiting = [];
  const callbacks = { reconnecting: () => {}, reconnected: () => {}, close: () => {} };
  const link = {
    state: "Disconnected",
    calls,
    on: (/** @type {string} */ method, /** @type {(message: any) => void} */ handler) => void handlers.set(method.toLowerCase(), handler),
    onreconnecting: (/** @type {() => void} */ callback) => void (callbacks.reconnecting = callback),
    onreconnected: (/** @type {() => void} */ callback) => void (callbacks.reconnected = callback),
    onclose: (/** @type {() => void} */ callback) => void (callbacks.close = callback),
    async start() {
      link.state = "Connected";
    },
    async stop() {
      if (link.state === "Disconnected") return;
      link.state = "Disconnected";
      callbacks.close();
    },
    async invoke(/** @type {string} */ method, /** @type {unknown[]} */ ...args) {
      calls.push([method, ...args]);
      if (!joinMethods.includes(method)) return null;
      const auto = autoAnswer(method);
      if (auto !== undefined) {
        if (auto instanceof Error) throw auto;
        return auto;
      }
      const join = deferred();
      const waiter = waiting.shift();
      if (waiter) waiter(join);
      else asked.push(join);
      return join.promise;
    },
    /** The next Join (or Watch) asked, to answer. @returns {Promise<ReturnType<typeof deferred>>} */
    nextJoin: () => {
      const join = asked.shift();
      return join ? Promise.resolve(join) : new Promise((resolve) => waiting.push(resolve));
    },
    /** The server pushes a message. */
    push: (/** @type {string} */ method, /** @type {unknown} */ message) => handlers.get(method.toLowerCase())?.(message),
    /** SignalR loses the connection and gets it back by itself. */
    dropAndReconnect() {
      link.state = "Reconnecting";
      callbacks.reconnecting();
      link.state = "Connected";
      callbacks.reconnected();
    },
    /** The connection closes for good (SignalR gave up reconnecting). */
    close() {
      link.state = "Disconnected";
      callbacks.close();
    },
  };
  return link;
}

/** Timers that run only when the test says so. */
function manualTimers() {
  /** @type {{ callback: () => void, ms: number }[]} */
  const pending = [];
  return {
    pending,
    schedule: (/** @type {() => void} */ callback, /** @type {number} */ ms) => {
      const timer = { callback, ms };
      pending.push(timer);
      return () => {
        const at = pending.indexOf(timer);
        if (at >= 0) pending.splice(at, 1);
      };
    },
    fire() {
      for (const timer of pending.splice(0)) timer.callback();
    },
  };
}

/** Resolves with the cause of the store's next change. */
const nextChange = (/** @type {ReturnType<typeof createRoomStore>} */ store) =>
  new Promise((resolve) => {
    const stop = store.subscribe((_state, _previous, cause) => {
      stop();
      resolve(cause);
    });
  });

function room({ sequence = 5, autoAnswer = (/** @type {string} */ _method) => /** @type {unknown} */ (undefined), watchOnly = false } = {}) {
  const link = fakeLink(autoAnswer);
  const timers = manualTimers();
  const store = createRoomStore(page(sequence));
  /** @type {string[]} */
  const statuses = [];
  /** @type {string[]} */
  const errors = [];
  const versionChanged = deferred();
  const connection = connectRoom({
    meetingId,
    version: 2,
    store,
    watchOnly,
    connection: link,
    surroundings: null,
    schedule: timers.schedule,
    onStatus: (status) => statuses.push(status),
    onError: (text) => errors.push(text),
    onVersionChange: () => versionChanged.resolve(undefined),
  });
  return { link, timers, store, statuses, errors, connection, versionChanged: versionChanged.promise };
}

const advanced = (/** @type {number} */ sequence) => ({ sequence, at });
const joinResult = (/** @type {number} */ sequence, version = 2) => ({ version, state: stateAt(sequence) });

test("on start it joins, takes the state whole and is online", async () => {
  const { link, store, statuses, connection } = room();
  (await link.nextJoin()).resolve(joinResult(9));
  await connection.ready;
  assert.deepEqual(link.calls, [["JoinAfter", meetingId, 2, 5]]);
  assert.equal(store.state.sequence, 9);
  assert.deepEqual(statuses, ["online"]);
  assert.equal(connection.status, "online");
});

test("pushed messages are applied in order once, a duplicate is dropped", async () => {
  const { link, store, connection } = room({ autoAnswer: () => joinResult(5) });
  await connection.ready;
  link.push("AttendanceChanged", { sequence: 6, at, attendance: { hands: ["ayse"], floor: null } });
  link.push("AttendanceChanged", { sequence: 6, at, attendance: { hands: [], floor: null } });
  link.push("SequenceAdvanced", advanced(7));
  assert.equal(store.state.sequence, 7);
  assert.deepEqual(store.state.attendance.hands, ["ayse"]);
});

test("a message overtaken by the next one is waited for, and the gap timer stops when it comes", async () => {
  const { link, store, timers, connection } = room({ autoAnswer: () => joinResult(5) });
  await connection.ready;
  link.push("SequenceAdvanced", advanced(7));
  assert.equal(store.state.sequence, 5);
  assert.deepEqual(timers.pending.map((t) => t.ms), [1500]);
  link.push("SequenceAdvanced", advanced(6));
  assert.equal(store.state.sequence, 7);
  assert.deepEqual(timers.pending, []);
  assert.equal(link.calls.length, 1);
});

test("a gap that is not filled in time fetches the state whole and applies what waited beyond it", async () => {
  const { link, store, timers, connection } = room();
  (await link.nextJoin()).resolve(joinResult(5));
  await connection.ready;
  link.push("SequenceAdvanced", advanced(8));
  link.push("SequenceAdvanced", advanced(10));
  timers.fire();
  const join = await link.nextJoin();
  const changed = nextChange(store);
  join.resolve(joinResult(9));
  assert.equal(await changed, "join");
  assert.equal(store.state.sequence, 10);
  assert.deepEqual(timers.pending, []);
});

test("a Join answer older than what pushed messages brought is not taken", async () => {
  const { link, store, connection } = room();
  const join = await link.nextJoin();
  link.push("SequenceAdvanced", advanced(6));
  link.push("SequenceAdvanced", advanced(7));
  join.resolve(joinResult(6));
  await connection.ready;
  assert.equal(store.state.sequence, 7);
});

test("another contract version asks for a reload and keeps the page's state", async () => {
  const { link, store, versionChanged } = room();
  (await link.nextJoin()).resolve(joinResult(9, 3));
  await versionChanged;
  assert.equal(store.state.sequence, 5);
});

test("after SignalR reconnects by itself it joins again and is online again", async () => {
  const { link, store, statuses, connection } = room({ autoAnswer: () => joinResult(5) });
  await connection.ready;
  link.dropAndReconnect();
  assert.equal(connection.status, "reconnecting");
  await connection.sync();
  assert.deepEqual(joinsIn(link.calls).length, 2);
  assert.deepEqual(statuses, ["online", "reconnecting", "online"]);
  assert.equal(store.state.sequence, 5);
});

test("a closed connection is offline, starts again and joins", async () => {
  const { link, connection, statuses } = room({ autoAnswer: () => joinResult(5) });
  await connection.ready;
  link.close();
  assert.equal(connection.status, "offline");
  await connection.goOnline();
  assert.equal(connection.status, "online");
  assert.deepEqual(statuses, ["online", "offline", "online"]);
  assert.equal(joinsIn(link.calls).length, 2);
});

test("held offline it stays down until goOnline, then takes what it missed", async () => {
  let server = 5;
  const { link, store, connection } = room({ autoAnswer: () => joinResult(server) });
  await connection.ready;
  await connection.goOffline();
  assert.equal(connection.status, "offline");
  assert.equal(link.state, "Disconnected");
  server = 8;
  await connection.goOnline();
  assert.equal(connection.status, "online");
  assert.equal(store.state.sequence, 8);
});

test("a refused Join says why in Dutch and is not repeated", async () => {
  const refused = new Error("An unexpected error occurred invoking 'Join' on the server. HubException: Alleen actieve leden van dit netwerk kunnen deelnemen.");
  const { link, errors, connection } = room({ autoAnswer: () => refused });
  await connection.goOnline();
  assert.deepEqual(errors, ["Alleen actieve leden van dit netwerk kunnen deelnemen."]);
  assert.equal(link.calls.length, 1);
  assert.equal(connection.status, "connecting");
});

test("watching calls WatchAfter, not JoinAfter, and a commands' hub goes through the same connection", async () => {
  const { link, connection } = room({ autoAnswer: () => joinResult(5), watchOnly: true });
  await connection.ready;
  await connection.hub.raiseHand();
  assert.deepEqual(link.calls, [["WatchAfter", meetingId, 2, 5], ["RaiseHand", meetingId]]);
});

test("joins again when the meeting it is in starts, so the hub counts the member present", async () => {
  const { link, connection } = room({ autoAnswer: () => joinResult(5) });
  await connection.ready;
  const { meeting, agenda, attendance } = stateAt(6);
  link.push("MeetingChanged", { sequence: 6, at, meeting: { ...meeting, status: "Started" }, agenda, attendance });
  await connection.sync();
  assert.ok(joinsIn(link.calls).length >= 2);
});

test("a Join refused by the rate limit says so and is asked again after a pause, not given up", async () => {
  const limited = new Error("An unexpected error occurred invoking 'Join' on the server. HubException: Even wachten: u doet dit te vaak kort na elkaar. Probeer het over 2 seconden opnieuw.");
  let answers = 0;
  const { link, timers, errors, connection } = room({ autoAnswer: () => (answers++ === 0 ? limited : joinResult(9)) });
  const started = connection.goOnline();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(errors, ["Even wachten: u doet dit te vaak kort na elkaar. Probeer het over 2 seconden opnieuw."]);
  assert.equal(link.calls.length, 1);
  timers.fire();
  await started;
  assert.equal(link.calls.length, 2);
  assert.equal(errors.at(-1), "");
  assert.equal(connection.status, "online");
});

test("presence comes outside the sequence: it moves no sequence number, opens no gap, and an older one arriving late is dropped", async () => {
  const { link, store, timers, connection } = room({ autoAnswer: () => joinResult(5) });
  await connection.ready;
  const { epoch, version } = store.state.present;
  link.push("PresenceChanged", { present: { epoch, version: version + 2, userIds: ["coordinator", "ayse", "mohamed"] } });
  link.push("PresenceChanged", { present: { epoch, version: version + 1, userIds: ["coordinator"] } });
  assert.equal(store.state.sequence, 5);
  assert.deepEqual(timers.pending, []);
  assert.deepEqual(store.state.present.userIds, ["coordinator", "ayse", "mohamed"]);
  link.push("SequenceAdvanced", advanced(6));
  assert.equal(store.state.sequence, 6);
  assert.deepEqual(store.state.present.userIds, ["coordinator", "ayse", "mohamed"]);
});

test("holding the room it asks only for what came after its number, and takes the messages sent ahead of an answer without state", async () => {
  const { link, store, statuses, connection } = room();
  const join = await link.nextJoin();
  /** @type {unknown[]} */
  const causes = [];
  store.subscribe((_state, _previous, cause) => void causes.push(cause));
  link.push("SequenceAdvanced", advanced(6));
  link.push("AttendanceChanged", { sequence: 7, at, attendance: { hands: ["ayse"], floor: null } });
  join.resolve({ version: 2, state: null });
  await connection.ready;
  assert.deepEqual(link.calls, [["JoinAfter", meetingId, 2, 5]]);
  assert.equal(store.state.sequence, 7);
  assert.deepEqual(store.state.attendance.hands, ["ayse"]);
  assert.ok(!causes.includes("join"), "the state is not replaced");
  assert.deepEqual(statuses, ["online"]);
});

test("a gap that lasts asks for what came after the last number applied, not the whole room", async () => {
  const { link, store, timers, connection } = room({ sequence: 5 });
  (await link.nextJoin()).resolve({ version: 2, state: null });
  await connection.ready;
  link.push("SequenceAdvanced", advanced(6));
  link.push("SequenceAdvanced", advanced(9));
  timers.fire();
  const join = await link.nextJoin();
  link.push("SequenceAdvanced", advanced(7));
  link.push("SequenceAdvanced", advanced(8));
  join.resolve({ version: 2, state: null });
  await join.promise;
  assert.deepEqual(link.calls.at(-1), ["JoinAfter", meetingId, 2, 6]);
  assert.equal(store.state.sequence, 9);
  assert.deepEqual(timers.pending, []);
});

test("an answer without state from another contract version still asks for a reload", async () => {
  const { link, store, versionChanged } = room();
  (await link.nextJoin()).resolve({ version: 3, state: null });
  await versionChanged;
  assert.equal(store.state.sequence, 5);
});

test("a watcher without a first state asks Watch for the whole room", async () => {
  const link = fakeLink(() => ({ version: 2, state: stateAt(4) }));
  /** @type {import("../src/room-contract").RoomState | null} */
  let state = null;
  const connection = connectRoom({
    meetingId,
    version: 2,
    store: { get state() { return state; }, receive: () => {}, replace: (next) => void (state = next) },
    watchOnly: true,
    connection: link,
    surroundings: null,
    schedule: manualTimers().schedule,
  });
  await connection.ready;
  assert.deepEqual(link.calls, [["Watch", meetingId]]);
  assert.equal(state?.sequence, 4);
});
