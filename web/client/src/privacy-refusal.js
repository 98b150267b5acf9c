// A text the server refused for personal data, as the person sees it again: their own text with the refused parts
// marked and named, and one Dutch sentence on what to do. No DOM here, so Node's test runner checks it;
// meeting-room.js turns the segments into elements. A refusal is the hub's PrivacyRefusal
// (web/MeetingRoom): { message, fields: [{ field, parts: [{ start, length, kind, label }] }] }, with offsets in
// UTF-16 code units into the text as it was sent (the hub has already allowed for the grain trimming it).

const ADVICE = "Haal het gemarkeerde weg of beschrijf het in algemene woorden.";
const UNMARKED = "Deze tekst bevat gegevens die een persoon herkenbaar maken.";

/** The refused parts of one field of a refusal; none when that field was not refused. */
export function refusedParts(refusal, field) {
  const fields = Array.isArray(refusal?.fields) ? refusal.fields : [];
  const entry = fields.find((f) => f?.field === field);
  return Array.isArray(entry?.parts) ? entry.parts : [];
}

const fits = (part, length) =>
  Number.isInteger(part?.start) && Number.isInteger(part?.length) && part.start >= 0 && part.length > 0 && part.start + part.length <= length;

/**
 * The text cut into segments, in order: `{ text }` for plain text, `{ text, kind, label }` for a refused part.
 * A part outside the text, or overlapping one before it, is left unmarked rather than cutting a word twice.
 */
export function refusalSegments(text, parts) {
  const source = String(text ?? "");
  const marked = (Array.isArray(parts) ? parts : []).filter((p) => fits(p, source.length)).sort((a, b) => a.start - b.start);
  const segments = [];
  let position = 0;
  for (const part of marked) {
    if (part.start < position) continue;
    if (part.start > position) segments.push({ text: source.slice(position, part.start) });
    segments.push({ text: source.slice(part.start, part.start + part.length), kind: String(part.kind ?? ""), label: String(part.label ?? "") });
    position = part.start + part.length;
  }
  if (position < source.length) segments.push({ text: source.slice(position) });
  return segments;
}

/** "Deze tekst bevat een naam, een telefoonnummer. Haal het gemarkeerde weg …": each kind marked once, in reading order. */
export function refusalExplanation(segments) {
  const labels = [...new Set(segments.filter((s) => s.kind !== undefined && s.label).map((s) => s.label))];
  return labels.length ? `Deze tekst bevat ${labels.join(", ")}. ${ADVICE}` : `${UNMARKED} ${ADVICE}`;
}

/** Everything the room shows under a refused field: the segments and the explanation. */
export function describeRefusal(text, parts) {
  const segments = refusalSegments(text, parts);
  return { segments, explanation: refusalExplanation(segments) };
}
