import { test } from "node:test";
import assert from "node:assert/strict";
import { createDrafts } from "../src/room/drafts.js";
import { memoryStorage, roomKey } from "../src/room/storage.js";

const key = roomKey("concept", "6f1c2b1e-0000-4000-8000-000000000001", "ayse");

test("a draft survives a reload (new drafts on the same storage), per field", () => {
  const storage = memoryStorage();
  const drafts = createDrafts(storage, key);
  drafts.set("contribution", "Heeft hij nog fam");
  drafts.set("round-entry", "Woont hij");
  const reloaded = createDrafts(storage, key);
  assert.equal(reloaded.get("contribution"), "Heeft hij nog fam");
  assert.equal(reloaded.get("round-entry"), "Woont hij");
  assert.equal(reloaded.get("advice"), "");
});

test("clearing the last draft leaves nothing in storage, and an emptied field counts as cleared", () => {
  const storage = memoryStorage();
  const drafts = createDrafts(storage, key);
  drafts.set("contribution", "Tekst");
  drafts.set("round-entry", "Tekst");
  drafts.clear("contribution");
  assert.equal(drafts.get("contribution"), "");
  drafts.set("round-entry", "   ");
  assert.equal(storage.getItem(key), null);
});

test("the drafts of another person or meeting are not seen", () => {
  const storage = memoryStorage();
  createDrafts(storage, key).set("contribution", "Van Ayşe");
  assert.equal(createDrafts(storage, roomKey("concept", "6f1c2b1e-0000-4000-8000-000000000001", "mohamed")).get("contribution"), "");
});

test("unreadable storage reads as no drafts", () => {
  const storage = memoryStorage();
  storage.setItem(key, "[1,2");
  assert.equal(createDrafts(storage, key).get("contribution"), "");
});
