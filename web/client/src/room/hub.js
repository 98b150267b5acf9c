// The hub's commands (web/MeetingRoom/MeetingHub.cs) as functions of one meeting, argument for argument, on any
// `invoke(method, ...args)` — the SignalR connection's in the browser, a fake in the tests. The calls are checked by
// tsc against the hub's generated signatures (RoomHub in room-contract.d.ts). Ids of new things are made
// by the caller (newSubmissionId), so a retry carries the same id and the grain ignores the repeat.

/** @typedef {import("../room-contract").PrivacyRefusal} PrivacyRefusal */
/** @typedef {import("../room-contract").ContributionKind} ContributionKind */
/** @typedef {import("../room-contract").Urgency} Urgency */
/** @typedef {import("../room-contract").RoundPhase} RoundPhase */
/** The hub's methods with their arguments and results, generated from MeetingHub. @typedef {import("../room-contract").RoomHub} HubMethods */
/** Any invoke, such as SignalR's `connection.invoke`. @typedef {(method: string, ...args: any[]) => Promise<any>} Invoke */
/**
 * `invoke` as the generated hub types describe it, so tsc checks each call's arguments against MeetingHub.
 * @typedef {<K extends keyof HubMethods>(method: K, ...args: HubMethods[K]["args"]) => Promise<HubMethods[K]["result"]>} HubInvoke
 */

const GENERIC = "Er ging iets mis. Probeer het opnieuw.";
const OFFLINE = "Er is geen verbinding. Probeer het opnieuw zodra de verbinding hersteld is.";
const MARKER = "HubException: ";
/** How every refusal by the room's rate limits starts (RoomLimits.Prefix in web/MeetingRoom/RoomLimits.cs). */
const LIMITED = "Even wachten:";

/**
 * One function per hub command, for the meeting `meetingId`.
 * @param {Invoke} invoke
 * @param {string} meetingId
 */
export function createHub(invoke, meetingId) {
  const call = /** @type {HubInvoke} */ (invoke);
  /** A command that stores a text resolves with the privacy refusal, or null when it was stored. @param {Promise<PrivacyRefusal | null | undefined>} answer */
  const refusal = (answer) => answer.then((r) => r ?? null);
  /** @param {Promise<unknown>} answer @returns {Promise<void>} */
  const done = (answer) => answer.then(() => undefined);

  return {
    /** @param {string} contributionId @param {ContributionKind} kind @param {string} text @param {string | null} caseId */
    postContribution: (contributionId, kind, text, caseId) => refusal(call("PostContribution", meetingId, contributionId, kind, text, caseId ?? null)),
    raiseHand: () => done(call("RaiseHand", meetingId)),
    lowerHand: () => done(call("LowerHand", meetingId)),
    /** The chair lowers someone's hand. @param {string} userId */
    lowerHandOf: (userId) => done(call("LowerHandOf", meetingId, userId)),
    /** @param {number} index */
    goToItem: (index) => done(call("GoToItem", meetingId, index)),
    /** @param {string} userId */
    giveFloor: (userId) => done(call("GiveFloor", meetingId, userId)),
    takeFloorBack: () => done(call("TakeFloorBack", meetingId)),
    /** @param {string} adviceId @param {string} caseId @param {string} advice @param {string} nextSteps */
    recordAdvice: (adviceId, caseId, advice, nextSteps) => refusal(call("RecordAdvice", meetingId, adviceId, caseId, advice, nextSteps)),
    /** @param {string} actionPointId @param {string} description @param {string} ownerId @param {string} due "yyyy-MM-dd" @param {string | null} caseId */
    recordActionPoint: (actionPointId, description, ownerId, due, caseId) =>
      refusal(call("RecordActionPoint", meetingId, actionPointId, description, ownerId, due, caseId ?? null)),
    /**
     * @param {string} escalationId @param {string} caseId @param {string} institutionId @param {string} contactPersonId
     * @param {string} reason @param {Urgency} urgency
     */
    recordEscalation: (escalationId, caseId, institutionId, contactPersonId, reason, urgency) =>
      refusal(call("RecordEscalation", meetingId, escalationId, caseId, institutionId, contactPersonId, reason, urgency)),
    close: () => done(call("Close", meetingId)),
    /** @param {string} roundId @param {readonly string[]} order who speaks in the turn phases, in order @param {number | null} minutes */
    startRound: (roundId, order, minutes) => done(call("StartRound", meetingId, roundId, [...order], minutes ?? null)),
    /** @param {string} roundId @param {RoundPhase} phase @param {number | null} minutes */
    advanceRound: (roundId, phase, minutes) => done(call("AdvanceRound", meetingId, roundId, phase, minutes ?? null)),
    /** @param {string} roundId @param {string} entryId @param {string} text */
    postRoundEntry: (roundId, entryId, text) => refusal(call("PostRoundEntry", meetingId, roundId, entryId, text)),
    /** @param {string} roundId @param {RoundPhase} phase @param {string} userId */
    passRoundTurn: (roundId, phase, userId) => done(call("PassRoundTurn", meetingId, roundId, phase, userId)),
    /** @param {string} roundId @param {string} adviceId @param {readonly string[]} chosenEntryIds @param {string} nextSteps */
    closeRound: (roundId, adviceId, chosenEntryIds, nextSteps) =>
      refusal(call("CloseRound", meetingId, roundId, adviceId, [...chosenEntryIds], nextSteps)),
  };
}

/** @typedef {ReturnType<typeof createHub>} RoomHub */

/** Whether the hub refused the command (a domain refusal, with a Dutch message), as opposed to a lost connection. */
export function isHubRefusal(/** @type {unknown} */ error) {
  return error instanceof Error && error.message.includes(MARKER);
}

/** Whether the hub refused the command because it came too often: not a "no", but "wait a moment and send it again". */
export function isRateLimited(/** @type {unknown} */ error) {
  return isHubRefusal(error) && hubErrorText(error).startsWith(LIMITED);
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
