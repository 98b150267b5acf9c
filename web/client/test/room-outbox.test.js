import { test } from "node:test";
import assert from "node:assert/strict";
import { createOutbox, flush } from "../src/room/outbox.js";
import { memoryStorage, roomKey } from "../src/room/storage.js";

const key = roomKey("outbox", "6F1C2B1E-0000-4000-8000-000000000001", "ayse");
const entry = (/** @type {string} */ id, /** @type {string} */ text) => ({ id, kind: /** @type {const} */ ("Remark"), text, caseId: null, itemId: "item-1" });
const lostConnection = () => new Error("Cannot send data if the connection is not in the 'Connected' State.");

test("a kept contribution is still there after a reload (a new outbox on the same storage), with the item it was written under", () => {
  const storage = memoryStorage();
  createOutbox(storage, key).add(entry("c1", "Zijn buurvrouw kijkt naar hem om."));
  assert.deepEqual(createOutbox(storage, key).list(), [entry("c1", "Zijn buurvrouw kijkt naar hem om.")]);
});

test("the same id is kept once, and removing it leaves nothing in storage", () => {
  const storage = memoryStorage();
  const outbox = createOutbox(storage, key);
  outbox.add(entry("c1", "Eerst"));
  outbox.add(entry("c1", "Eerst"));
  assert.equal(outbox.list().length, 1);
  outbox.remove("c1");
  assert.deepEqual(outbox.list(), []);
  assert.equal(storage.getItem(key), null);
});

test("a flush sends each contribution once, oldest first, and empties the outbox", async () => {
  const outbox = createOutbox(memoryStorage(), key);
  outbox.add(entry("c1", "Een"));
  outbox.add(entry("c2", "Twee"));
  /** @type {string[]} */
  const sent = [];
  const send = async (/** @type {{ id: string }} */ e) => {
    sent.push(e.id);
    return null;
  };
  const [first, second] = await Promise.all([flush(outbox, send), flush(outbox, send)]);
  assert.deepEqual(sent, ["c1", "c2"]);
  assert.equal(first, second);
  assert.deepEqual(first.sent.map((e) => e.id), ["c1", "c2"]);
  assert.deepEqual(outbox.list(), []);
  assert.deepEqual((await flush(outbox, send)).sent, []);
  assert.deepEqual(sent, ["c1", "c2"]);
});

test("a lost connection keeps the contribution and the ones after it, and the retry carries the same id", async () => {
  const storage = memoryStorage();
  const outbox = createOutbox(storage, key);
  outbox.add(entry("c1", "Een"));
  outbox.add(entry("c2", "Twee"));
  /** @type {string[]} */
  const tried = [];
  const failed = await flush(outbox, async (e) => {
    tried.push(e.id);
    throw lostConnection();
  });
  assert.deepEqual(tried, ["c1"]);
  assert.deepEqual(failed.waiting.map((e) => e.id), ["c1", "c2"]);

  const again = await flush(createOutbox(storage, key), async (e) => {
    tried.push(e.id);
    return null;
  });
  assert.deepEqual(tried, ["c1", "c1", "c2"]);
  assert.deepEqual(again.sent.map((e) => e.id), ["c1", "c2"]);
});

test("a privacy or domain refusal takes the contribution out and hands it back with the reason", async () => {
  const outbox = createOutbox(memoryStorage(), key);
  outbox.add(entry("c1", "Meneer Jansen woont alleen"));
  outbox.add(entry("c2", "Na de sluiting geschreven"));
  outbox.add(entry("c3", "Goed idee"));
  const refusal = { message: "Er is niets opgeslagen.", fields: [{ field: "text", parts: [{ start: 0, length: 13, kind: "name", label: "een naam" }] }] };
  const closed = new Error("An unexpected error occurred invoking 'PostContribution' on the server. HubException: De bijeenkomst is gesloten.");
  const result = await flush(outbox, async (e) => {
    if (e.id === "c1") return refusal;
    if (e.id === "c2") throw closed;
    return null;
  });
  assert.deepEqual(result.refused, [
    { entry: entry("c1", "Meneer Jansen woont alleen"), refusal, error: null },
    { entry: entry("c2", "Na de sluiting geschreven"), refusal: null, error: closed },
  ]);
  assert.deepEqual(result.sent.map((e) => e.id), ["c3"]);
  assert.deepEqual(outbox.list(), []);
});

test("a contribution written during a flush is sent in the same flush", async () => {
  const outbox = createOutbox(memoryStorage(), key);
  outbox.add(entry("c1", "Een"));
  /** @type {string[]} */
  const sent = [];
  await flush(outbox, async (e) => {
    sent.push(e.id);
    if (e.id === "c1") outbox.add(entry("c2", "Twee"));
    return null;
  });
  assert.deepEqual(sent, ["c1", "c2"]);
});

test("unreadable storage reads as an empty outbox", () => {
  const storage = memoryStorage();
  storage.setItem(key, "{kapot");
  assert.deepEqual(createOutbox(storage, key).list(), []);
});

test("a post refused by the room's rate limit waits with the ones after it, is tried once per flush, and goes on a later flush", async () => {
  const outbox = createOutbox(memoryStorage(), key);
  outbox.add(entry("c1", "Een"));
  outbox.add(entry("c2", "Twee"));
  const limited = new Error("An unexpected error occurred invoking 'PostContribution' on the server. HubException: Even wachten: u doet dit te vaak kort na elkaar. Probeer het over 1 seconde opnieuw.");
  /** @type {string[]} */
  const tried = [];
  const refused = await flush(outbox, async (e) => {
    tried.push(e.id);
    throw limited;
  });
  assert.deepEqual(tried, ["c1"]);
  assert.equal(refused.limited, limited);
  assert.deepEqual(refused.refused, []);
  assert.deepEqual(refused.waiting.map((e) => e.id), ["c1", "c2"]);

  const later = await flush(outbox, async (e) => {
    tried.push(e.id);
    return null;
  });
  assert.deepEqual(tried, ["c1", "c1", "c2"]);
  assert.deepEqual(later.sent.map((e) => e.id), ["c1", "c2"]);
  assert.equal(later.limited, null);
  assert.deepEqual(outbox.list(), []);
});
