// Whether a live section may be swapped for the server's new rendering: not while the person is typing in it.

/** @param {Element} section @param {Element | null} active */
export function shouldReplace(section, active) {
  if (!active || !section.contains(active)) return true;
  const tag = active.tagName;
  return !(tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && active.type !== "hidden"));
}
