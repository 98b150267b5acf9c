import { test } from "node:test";
import assert from "node:assert/strict";
import { createHub, hubErrorText, isHubRefusal, isRateLimited } from "../src/room/hub.js";

const meetingId = "6f1c2b1e-0000-4000-8000-000000000001";

/** A fake invoke that records each call and answers with `answer`. */
function recording(answer = /** @type {unknown} */ (undefined)) {
  /** @type {unknown[][]} */
  const calls = [];
  const invoke = async (/** @type {string} */ method, /** @type {unknown[]} */ ...args) => {
    calls.push([method, ...args]);
    return answer;
  };
  return { calls, invoke };
}

test("every command goes to its hub method with the meeting first and the arguments in the hub's order", async () => {
  const { calls, invoke } = recording();
  const hub = createHub(invoke, meetingId);
  await hub.postContribution("c1", "Question", "Heeft hij familie?", null);
  await hub.raiseHand();
  await hub.lowerHand();
  await hub.lowerHandOf("mohamed");
  await hub.goToItem(2);
  await hub.giveFloor("ayse");
  await hub.takeFloorBack();
  await hub.recordAdvice("a1", "case1", "Huisarts betrekken", "Bellen");
  await hub.recordActionPoint("p1", "Buurthuis vragen", "ayse", "2026-04-01", null);
  await hub.recordEscalation("e1", "case1", "ggz", "contact1", "Zorgen", "High");
  await hub.close();
  await hub.startRound("r1", ["mohamed", "fatima"], 5);
  await hub.advanceRound("r1", "Clarifying", null);
  await hub.postRoundEntry("r1", "n1", "Woont hij alleen?");
  await hub.passRoundTurn("r1", "Clarifying", "fatima");
  await hub.closeRound("r1", "a2", ["n1"], "Volgende week bellen");
  assert.deepEqual(calls, [
    ["PostContribution", meetingId, "c1", "Question", "Heeft hij familie?", null],
    ["RaiseHand", meetingId],
    ["LowerHand", meetingId],
    ["LowerHandOf", meetingId, "mohamed"],
    ["GoToItem", meetingId, 2],
    ["GiveFloor", meetingId, "ayse"],
    ["TakeFloorBack", meetingId],
    ["RecordAdvice", meetingId, "a1", "case1", "Huisarts betrekken", "Bellen"],
    ["RecordActionPoint", meetingId, "p1", "Buurthuis vragen", "ayse", "2026-04-01", null],
    ["RecordEscalation", meetingId, "e1", "case1", "ggz", "contact1", "Zorgen", "High"],
    ["Close", meetingId],
    ["StartRound", meetingId, "r1", ["mohamed", "fatima"], 5],
    ["AdvanceRound", meetingId, "r1", "Clarifying", null],
    ["PostRoundEntry", meetingId, "r1", "n1", "Woont hij alleen?"],
    ["PassRoundTurn", meetingId, "r1", "Clarifying", "fatima"],
    ["CloseRound", meetingId, "r1", "a2", ["n1"], "Volgende week bellen"],
  ]);
});

test("a command that stores a text answers null when stored and the refusal when refused", async () => {
  assert.equal(await createHub(recording(undefined).invoke, meetingId).postContribution("c1", "Remark", "Goed idee", null), null);
  const refusal = { message: "Er is niets opgeslagen.", fields: [{ field: "text", parts: [{ start: 0, length: 5, kind: "name", label: "een naam" }] }] };
  assert.deepEqual(await createHub(recording(refusal).invoke, meetingId).postRoundEntry("r1", "n1", "Fatma woont alleen"), refusal);
});

test("a refusal's Dutch text is the hub's message without SignalR's prefix", () => {
  const refused = new Error("An unexpected error occurred invoking 'GiveFloor' on the server. HubException: Alleen de voorzitter geeft het woord.");
  assert.equal(isHubRefusal(refused), true);
  assert.equal(hubErrorText(refused), "Alleen de voorzitter geeft het woord.");
});

test("any other failure gets a generic Dutch line, which says to wait for the connection when offline", () => {
  const lost = new Error("WebSocket closed with status code: 1006.");
  assert.equal(isHubRefusal(lost), false);
  assert.equal(hubErrorText(lost), "Er ging iets mis. Probeer het opnieuw.");
  assert.equal(hubErrorText(lost, false), "Er is geen verbinding. Probeer het opnieuw zodra de verbinding hersteld is.");
  assert.equal(hubErrorText("geen fout-object"), "Er ging iets mis. Probeer het opnieuw.");
});

test("a refusal by the rate limit is told apart from other refusals and from a lost connection", () => {
  const limited = new Error("An unexpected error occurred invoking 'RaiseHand' on the server. HubException: Even wachten: u doet dit te vaak kort na elkaar. Probeer het over 1 seconde opnieuw.");
  const other = new Error("An unexpected error occurred invoking 'RaiseHand' on the server. HubException: Dit kan alleen tijdens de bijeenkomst.");
  assert.equal(isRateLimited(limited), true);
  assert.equal(isRateLimited(other), false);
  assert.equal(isRateLimited(new Error("WebSocket closed with status code: 1006")), false);
});
