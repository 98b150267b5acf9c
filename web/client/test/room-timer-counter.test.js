import { test } from "node:test";
import assert from "node:assert/strict";
import { expiryKey, formatMmSs, remainingMs } from "../src/room/timer.js";
import { counterAnnouncement, counterLevel, counterText } from "../src/room/counter.js";

test("a phase timer counts down from its start and stops at zero", () => {
  const since = "2026-03-10T19:00:00Z";
  assert.equal(remainingMs(since, 5, Date.parse("2026-03-10T19:01:00.500Z")), 4 * 60000 - 500);
  assert.equal(remainingMs(since, 5, Date.parse("2026-03-10T19:09:00Z")), 0);
  assert.equal(remainingMs(since, null, Date.parse("2026-03-10T19:01:00Z")), null);
});

test("time left reads as mm:ss, rounded up", () => {
  assert.equal(formatMmSs(4 * 60000 - 500), "04:00");
  assert.equal(formatMmSs(61000), "01:01");
  assert.equal(formatMmSs(1), "00:01");
  assert.equal(formatMmSs(0), "00:00");
  assert.equal(formatMmSs(125 * 60000), "125:00");
});

test("a timer's expiry is one per round phase", () => {
  assert.notEqual(expiryKey({ id: "r", phase: "Advice", phaseSince: "x" }), expiryKey({ id: "r", phase: "Reaction", phaseSince: "y" }));
});

test("the counter shows the length against the maximum", () => {
  assert.equal(counterText(123, 2000), "123 van 2000 tekens");
});

test("the counter speaks only when the text enters the last tenth or reaches the maximum", () => {
  assert.equal(counterLevel(1799, 2000), 0);
  assert.equal(counterAnnouncement(1000, 1799, 2000), null);
  assert.equal(counterAnnouncement(1799, 1800, 2000), "Nog 200 tekens over.");
  assert.equal(counterAnnouncement(1800, 1850, 2000), null);
  assert.equal(counterAnnouncement(1990, 2000, 2000), "U hebt het maximum aantal tekens bereikt.");
  assert.equal(counterAnnouncement(2000, 1500, 2000), null);
});
