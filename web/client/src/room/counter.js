// The character counter under a text field with a maximum: always visible ("123 van 2000 tekens"), announced politely
// only when the text crosses into the last tenth or reaches the maximum, so typing is not talked over.
import { TEXT } from "./texts.js";

export const counterText = (length, max) => TEXT.characters(length, max);

/** Where the text stands: 0 below the last tenth, 1 within it, 2 at the maximum. */
export function counterLevel(length, max) {
  if (length >= max) return 2;
  return length >= Math.ceil(max * 0.9) ? 1 : 0;
}

/** The polite announcement when the text moved up a level (into the last tenth, onto the maximum), else null. */
export function counterAnnouncement(previousLength, length, max) {
  const before = counterLevel(previousLength, max);
  const now = counterLevel(length, max);
  return now > before ? TEXT.charactersLeft(Math.max(0, max - length)) : null;
}
