import { test } from "node:test";
import assert from "node:assert/strict";
import { waitingStep, waitingText } from "../src/room/waiting.js";

test("a member waiting on the meeting page enters the room once the meeting has started", () => {
  assert.equal(waitingStep("Started"), "enter");
});

test("a closed or cancelled meeting reloads the page, which then shows it as it is", () => {
  assert.equal(waitingStep("Closed"), "reload");
  assert.equal(waitingStep("Cancelled"), "reload");
});

test("a published or draft meeting is waited for", () => {
  assert.equal(waitingStep("Published"), "wait");
  assert.equal(waitingStep("Concept"), "wait");
});

test("the waiting line says what will happen, or that there is no connection", () => {
  assert.match(waitingText("online"), /vanzelf naar de live bijeenkomst/);
  assert.match(waitingText("offline"), /^Geen verbinding/);
  assert.equal(waitingText("reconnecting"), waitingText("offline"));
  assert.equal(waitingText("connecting"), "");
});
