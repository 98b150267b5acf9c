// The hub's commands (web/MeetingRoom/MeetingHub.cs) as functions of one meeting, argument for argument, on any
// `invoke(method, ...args)` — the SignalR connection's in the browser, a fake in the tests. Ids of new things are made
// by the caller (newSubmissionId), so a retry carries the same id and the grain ignores the repeat.

/** @typedef {import("../room-contract").PrivacyRefusal} PrivacyRefusal */
/** @typedef {import("../room-contract").ContributionKind} ContributionKind */
/** @typedef {import("../room-contract").Urgency} Urgency */
/** @typedef {import("../room-contract").RoundPhase} RoundPhase */
/** @typedef {(method: string, ...args: unknown[]) => Promise<unknown>} Invoke */

const GENERIC = "Er ging iets mis. Probeer het opnieuw.";
const OFFLINE = "Er is geen verbinding. Probeer het opnieuw zodra de verbinding hersteld is.";
const MARKER = "HubException: ";

/**
 * One function per hub command, for the meeting `meetingId`.
 * @param {Invoke} invoke
 * @param {string} meetingId
 */
export function createHub(invoke, meetingId) {
  /** A command that stores a text: resolves with the privacy refusal, or null when it was stored. */
  const checked = (/** @type {string} */ method, /** @type {unknown[]} */ ...args) =>
    /** @type {Promise<PrivacyRefusal | null>} */ (invoke(method, meetingId, ...args).then((refusal) => refusal ?? null));
  const command = (/** @type {string} */ method, /** @type {unknown[]} */ ...args) =>
    invoke(method, meetingId, ...args).then(() => undefined);

  return {
    /** @param {string} contributionId @param {ContributionKind} kind @param {string} text @param {string | null} caseId */
    postContribution: (contributionId, kind, text, caseId) => checked("PostContribution", contributionId, kind, text, caseId ?? null),
    raiseHand: () => command("RaiseHand"),
    lowerHand: () => command("LowerHand"),
    /** The chair lowers someone's hand. @param {string} userId */
    lowerHandOf: (userId) => command("LowerHandOf", userId),
    /** @param {number} index */
    goToItem: (index) => command("GoToItem", index),
    /** @param {string} userId */
    giveFloor: (userId) => command("GiveFloor", userId),
    takeFloorBack: () => command("TakeFloorBack"),
    /** @param {string} adviceId @param {string} caseId @param {string} advice @param {string} nextSteps */
    recordAdvice: (adviceId, caseId, advice, nextSteps) => checked("RecordAdvice", adviceId, caseId, advice, nextSteps),
    /** @param {string} actionPointId @param {string} description @param {string} ownerId @param {string} due "yyyy-MM-dd" @param {string | null} caseId */
    recordActionPoint: (actionPointId, description, ownerId, due, caseId) =>
      checked("RecordActionPoint", actionPointId, description, ownerId, due, caseId ?? null),
    /**
     * @param {string} escalationId @param {string} caseId @param {string} institutionId @param {string} contactPersonId
     * @param {string} reason @param {Urgency} urgency
     */
    recordEscalation: (escalationId, caseId, institutionId, contactPersonId, reason, urgency) =>
      checked("RecordEscalation", escalationId, caseId, institutionId, contactPersonId, reason, urgency),
    close: () => command("Close"),
    /** @param {string} roundId @param {readonly string[]} order who speaks in the turn phases, in order @param {number | null} minutes */
    startRound: (roundId, order, minutes) => command("StartRound", roundId, [...order], minutes ?? null),
    /** @param {string} roundId @param {RoundPhase} phase @param {number | null} minutes */
    advanceRound: (roundId, phase, minutes) => command("AdvanceRound", roundId, phase, minutes ?? null),
    /** @param {string} roundId @param {string} entryId @param {string} text */
    postRoundEntry: (roundId, entryId, text) => checked("PostRoundEntry", roundId, entryId, text),
    /** @param {string} roundId @param {RoundPhase} phase @param {string} userId */
    passRoundTurn: (roundId, phase, userId) => command("PassRoundTurn", roundId, phase, userId),
    /** @param {string} roundId @param {string} adviceId @param {readonly string[]} chosenEntryIds @param {string} nextSteps */
    closeRound: (roundId, adviceId, chosenEntryIds, nextSteps) => checked("CloseRound", roundId, adviceId, [...chosenEntryIds], nextSteps),
  };
}

/** @typedef {ReturnType<typeof createHub>} RoomHub */

/** Whether the hub refused the command (a domain refusal, with a Dutch message), as opposed to a lost connection. */
export function isHubRefusal(/** @type {unknown} */ error) {
  return error instanceof Error && error.message.includes(MARKER);
}

/**
 * The Dutch text for a failed command: the hub's own message for a refusal (without the "HubException: " SignalR puts
 * before it), else a line that says to try again — once there is a connection, when `online` is false.
 * @param {unknown} error @param {boolean} [online]
 */
export function hubErrorText(error, online = true) {
  if (error instanceof Error) {
    const at = error.message.indexOf(MARKER);
    if (at >= 0) return error.message.slice(at + MARKER.length).trim() || GENERIC;
  }
  return online ? GENERIC : OFFLINE;
}
