// Half-written texts (the contribution, a round entry) kept per field, so a reload or a dropped phone loses nothing;
// cleared when the text is sent.

import { readJson, writeJson } from "./storage.js";

/**
 * The drafts under `key` (roomKey("concept", meetingId, userId)).
 * @param {import("./storage.js").KeyValueStorage} storage @param {string} key
 */
export function createDrafts(storage, key) {
  /** @returns {Record<string, string>} */
  const all = () => {
    /** @type {unknown} */
    const value = readJson(storage, key, null);
    return value && typeof value === "object" && !Array.isArray(value) ? /** @type {Record<string, string>} */ (value) : {};
  };

  /** @param {Record<string, string>} drafts */
  const save = (drafts) => {
    if (Object.keys(drafts).length === 0) storage.removeItem(key);
    else writeJson(storage, key, drafts);
  };

  return {
    /** The kept text of `field`, or "" when there is none. @param {string} field */
    get(field) {
      const text = all()[field];
      return typeof text === "string" ? text : "";
    },

    /** Keeps `text` for `field`; an empty (or blank) text clears it. @param {string} field @param {string} text */
    set(field, text) {
      const drafts = all();
      if (String(text ?? "").trim()) drafts[field] = String(text);
      else delete drafts[field];
      save(drafts);
    },

    /** @param {string} field */
    clear(field) {
      const drafts = all();
      if (!(field in drafts)) return;
      delete drafts[field];
      save(drafts);
    },
  };
}

/** @typedef {ReturnType<typeof createDrafts>} Drafts */
