import { test } from "node:test";
import assert from "node:assert/strict";
import { isNameIn, labels } from "../src/room/texts.js";

test("a select's value is a kind or urgency only when labels.nl.json names it", () => {
  assert.equal(isNameIn(labels.contributionKind, "Advice"), true);
  assert.equal(isNameIn(labels.urgency, "Crisis"), true);
  assert.equal(isNameIn(labels.urgency, ""), false);
  assert.equal(isNameIn(labels.urgency, "crisis"), false);
  // An inherited name is not a label.
  assert.equal(isNameIn(labels.contributionKind, "toString"), false);
});
