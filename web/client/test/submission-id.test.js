import { test } from "node:test";
import assert from "node:assert/strict";
import { newSubmissionId } from "../src/submission-id.js";

test("an id is a version-4 UUID in its usual form", () => {
  assert.match(newSubmissionId(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test("the version and variant bits are set whatever the random bytes are", () => {
  assert.equal(newSubmissionId((bytes) => bytes.fill(0xff)), "ffffffff-ffff-4fff-bfff-ffffffffffff");
  assert.equal(newSubmissionId((bytes) => bytes.fill(0x00)), "00000000-0000-4000-8000-000000000000");
});

test("two ids differ", () => {
  assert.notEqual(newSubmissionId(), newSubmissionId());
});
