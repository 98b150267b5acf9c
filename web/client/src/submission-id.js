// A random id (UUID v4) for one thing the user sends. The form keeps it until the server accepts, so a retry after a
// lost answer carries the same id and the server ignores the repeat. crypto.randomUUID exists only on https or
// localhost; getRandomValues exists everywhere, so the room also works over plain http on a local network.
export function newSubmissionId(random = (bytes) => crypto.getRandomValues(bytes)) {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
