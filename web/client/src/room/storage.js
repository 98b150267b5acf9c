// Where the room keeps what must survive a reload on this device (drafts, contributions waiting for a connection):
// localStorage, keyed per meeting and user so that two people sharing a phone never see each other's text.

/** The part of the Web Storage API the room uses. @typedef {Pick<Storage, "getItem" | "setItem" | "removeItem">} KeyValueStorage */

/** A storage in memory: for the tests, and for a browser that refuses localStorage (then a reload loses it). @returns {KeyValueStorage} */
export function memoryStorage() {
  /** @type {Map<string, string>} */
  const items = new Map();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value));
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

/** The browser's localStorage, or memory when it is not there or refused (private mode, storage turned off). @returns {KeyValueStorage} */
export function browserStorage() {
  try {
    const storage = globalThis.localStorage;
    const probe = "netwerkbijeenkomst:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}

/** The key of one kind of kept thing ("concept", "outbox") of one person in one meeting. */
export function roomKey(/** @type {string} */ kind, /** @type {string} */ meetingId, /** @type {string} */ userId) {
  return `netwerkbijeenkomst:${kind}:${meetingId.toLowerCase()}:${userId}`;
}

/**
 * The JSON value under `key`, or `fallback` when there is none or it cannot be read.
 * @template T @param {KeyValueStorage} storage @param {string} key @param {T} fallback @returns {T}
 */
export function readJson(storage, key, fallback) {
  try {
    const text = storage.getItem(key);
    return text === null ? fallback : JSON.parse(text);
  } catch {
    return fallback;
  }
}

/** Writes `value` as JSON; false when the storage refused it (full, turned off). @param {KeyValueStorage} storage @param {string} key @param {unknown} value */
export function writeJson(storage, key, value) {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
