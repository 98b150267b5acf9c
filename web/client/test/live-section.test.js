import { test } from "node:test";
import assert from "node:assert/strict";
import { shouldReplace } from "../src/live-section.js";

function element(tag, type) {
  return { tagName: tag, type };
}

function section(...inside) {
  return { contains: (e) => inside.includes(e) };
}

test("replaces when the focus is outside the section", () => {
  const outside = element("TEXTAREA");
  assert.equal(shouldReplace(section(), outside), true);
  assert.equal(shouldReplace(section(), null), true);
});

test("keeps the section while someone types or chooses in it", () => {
  for (const field of [element("TEXTAREA"), element("SELECT"), element("INPUT", "checkbox")]) {
    assert.equal(shouldReplace(section(field), field), false);
  }
});

test("replaces when only a button in the section has the focus", () => {
  const button = element("BUTTON");
  assert.equal(shouldReplace(section(button), button), true);
});
