// Draws a privacy refusal or the while-typing findings into the box under a field: the explanation, then the text
// with each refused part in a <mark> followed by its kind for screen readers (a mark itself is not read out).
// Shared by the live room and the case form, so both show refused words the same way.
import { describeRefusal } from "./privacy-refusal.js";

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills `box` with `text` and its refused `parts` marked and named; empties it when there are none. True when marked. */
export function renderMarks(box, text, parts) {
  if (!Array.isArray(parts) || parts.length === 0) {
    box.replaceChildren();
    return false;
  }

  const { segments, explanation } = describeRefusal(text, parts);
  const preview = element("p", "privacy-preview");
  for (const segment of segments) {
    if (segment.kind === undefined) {
      preview.append(segment.text);
      continue;
    }
    const mark = element("mark", "", segment.text);
    mark.dataset.kind = segment.kind;
    mark.title = segment.label;
    preview.append(mark, element("span", "visually-hidden", ` (${segment.label})`));
  }
  box.replaceChildren(element("p", "privacy-explanation", explanation), preview);
  return true;
}
