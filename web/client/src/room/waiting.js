// The meeting page of a member while the meeting has not started: what to do when the room changes, and the Dutch
// line that says so. No DOM here, so Node's test runner checks it; meeting-wait.js acts on it.

/** @typedef {"enter" | "reload" | "wait"} WaitingStep */

/**
 * "enter" the live room once the meeting has started; "reload" the page when it closed or was cancelled (the page then
 * shows it as it is); else "wait".
 * @param {import("../room-contract").MeetingStatus} status
 * @returns {WaitingStep}
 */
export function waitingStep(status) {
  if (status === "Started") return "enter";
  if (status === "Closed" || status === "Cancelled") return "reload";
  return "wait";
}

/**
 * The line under the meeting's status while waiting, by connection status; "" while connecting (nothing to say yet).
 * @param {import("./connection.js").ConnectionStatus} connection
 */
export function waitingText(connection) {
  switch (connection) {
    case "online":
      return "Zodra de bijeenkomst begint, gaat u vanzelf naar de live bijeenkomst.";
    case "reconnecting":
    case "offline":
      return "Geen verbinding. Vernieuw de pagina als de bijeenkomst begonnen is.";
    default:
      return "";
  }
}

export const ENTERING = "De bijeenkomst is begonnen. U gaat naar de live bijeenkomst…";
