// Contributions written while the phone has no connection: kept on the device with the id the browser made for them,
// shown as "wordt verstuurd zodra er verbinding is", and sent once the room is online again. A send whose answer was
// lost leaves the entry here, so it goes again with the same id, and the meeting grain ignores the repeat.

import { isHubRefusal, isRateLimited } from "./hub.js";
import { readJson, writeJson } from "./storage.js";

/**
 * A contribution waiting to be sent.
 * `itemId` is the agenda item it was written under: it is not sent under another one.
 * @typedef {{ id: string, kind: import("../room-contract").ContributionKind, text: string, caseId: string | null, itemId?: string | null }} OutboxEntry
 */

/**
 * What a flush did: what was stored, what was refused (a privacy refusal, or a domain refusal as `error`; the UI shows
 * why and puts the text back), and what is still waiting because the connection failed or the room's rate limit said
 * "wait" (`limited`: that refusal, for its Dutch text; the entries wait for a later flush, never sent again at once).
 * @typedef {{
 *   sent: OutboxEntry[],
 *   refused: { entry: OutboxEntry, refusal: import("../room-contract").PrivacyRefusal | null, error: unknown }[],
 *   waiting: OutboxEntry[],
 *   limited: unknown,
 * }} FlushResult
 */

/** @param {unknown} value @returns {value is OutboxEntry} */
const isEntry = (value) =>
  Boolean(value) && typeof value === "object" && typeof (/** @type {OutboxEntry} */ (value).id) === "string" && typeof (/** @type {OutboxEntry} */ (value).text) === "string";

/**
 * The outbox under `key` (roomKey("outbox", meetingId, userId)).
 * @param {import("./storage.js").KeyValueStorage} storage @param {string} key
 */
export function createOutbox(storage, key) {
  /** @returns {OutboxEntry[]} */
  const read = () => {
    /** @type {unknown} */
    const value = readJson(storage, key, null);
    return Array.isArray(value) ? value.filter(isEntry) : [];
  };

  /** @param {OutboxEntry[]} entries */
  const save = (entries) => {
    if (entries.length === 0) storage.removeItem(key);
    else writeJson(storage, key, entries);
  };

  return {
    /** The waiting contributions, oldest first. */
    list: read,

    /** Keeps a contribution (again with the same id: kept once). @param {OutboxEntry} entry */
    add(entry) {
      const entries = read();
      if (entries.some((e) => e.id === entry.id)) return;
      save([...entries, { id: entry.id, kind: entry.kind, text: entry.text, caseId: entry.caseId ?? null, itemId: entry.itemId ?? null }]);
    },

    /** @param {string} id */
    remove(id) {
      save(read().filter((e) => e.id !== id));
    },
  };
}

/** @typedef {ReturnType<typeof createOutbox>} Outbox */

/** Flushes running per outbox: a second call while one runs shares it, so nothing is sent twice at once. @type {WeakMap<Outbox, Promise<FlushResult>>} */
const running = new WeakMap();

/**
 * Sends the waiting contributions one by one, oldest first. Stored or refused: taken out. A connection error or a
 * refusal by the rate limit: it and everything after it stay, in order, for the next flush.
 * @param {Outbox} outbox
 * @param {(entry: OutboxEntry) => Promise<import("../room-contract").PrivacyRefusal | null>} send
 * @returns {Promise<FlushResult>}
 */
export function flush(outbox, send) {
  const current = running.get(outbox);
  if (current) return current;
  const run = (async () => {
    /** @type {FlushResult} */
    const result = { sent: [], refused: [], waiting: [], limited: null };
    /** @type {Set<string>} */
    const tried = new Set();
    for (;;) {
      // Read again each time: a contribution written during the flush joins the end of the line.
      const entry = outbox.list().find((e) => !tried.has(e.id));
      if (!entry) break;
      tried.add(entry.id);
      try {
        const refusal = await send(entry);
        outbox.remove(entry.id);
        if (refusal) result.refused.push({ entry, refusal, error: null });
        else result.sent.push(entry);
      } catch (error) {
        if (isRateLimited(error)) result.limited = error;
        if (!isHubRefusal(error) || isRateLimited(error)) break;
        outbox.remove(entry.id);
        result.refused.push({ entry, refusal: null, error });
      }
    }
    result.waiting = outbox.list();
    return result;
  })().finally(() => running.delete(outbox));
  running.set(outbox, run);
  return run;
}
