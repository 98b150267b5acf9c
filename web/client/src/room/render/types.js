// The shape the renderers share (JSDoc only).

/**
 * What every renderer knows besides the state: the viewer, the clock's now, and how to name people and cases.
 * @typedef {object} View
 * @property {import("../../room-contract").RoomContext} context
 * @property {string} me
 * @property {boolean} isChair
 * @property {number} now epoch milliseconds
 * @property {(userId: string | null | undefined) => string} nameOf
 * @property {(userId: string | null | undefined) => string} displayName the name with "(u)" for the viewer
 * @property {(caseId: string | null | undefined) => string} caseLabel
 */

export {};
