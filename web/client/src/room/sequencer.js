// Ordering and gaps of the pushed messages, by the sequence number each carries (one meeting event, one number).
// Pure and clock-free: the connection decides when a gap has lasted too long and calls Join.

/** @typedef {import("./messages.js").Pushed} Pushed */

/**
 * What an offer or a reset lets through: the messages to apply now, in order, and whether messages wait behind a
 * missing number (a gap: if it is not filled soon, Join and reset).
 * @typedef {{ apply: Pushed[], gap: boolean }} Release
 */

/**
 * A sequencer that has applied up to `sequence`. With `null` (a page that has no state yet, such as the meeting page
 * waiting for the start) every message waits for the first reset.
 * @param {number | null} sequence
 */
export function createSequencer(sequence) {
  let current = sequence;
  /** Messages ahead of `current`, by number. @type {Map<number, Pushed>} */
  const waiting = new Map();

  /** @returns {Release} */
  function release() {
    /** @type {Pushed[]} */
    const apply = [];
    if (current !== null) {
      for (let next = waiting.get(current + 1); next; next = waiting.get(current + 1)) {
        waiting.delete(current + 1);
        current += 1;
        apply.push(next);
      }
    }
    return { apply, gap: current !== null && waiting.size > 0 };
  }

  return {
    /** The number of the last message applied (or of the state a reset was given). */
    get sequence() {
      return current;
    },

    /** Whether messages wait behind a missing number. */
    get gap() {
      return current !== null && waiting.size > 0;
    },

    /**
     * Takes one pushed message: a number already applied is a duplicate and dropped; the next number is released with
     * every waiting successor; a number further ahead waits.
     * @template {import("./messages.js").RoomMethod} M
     * @param {M} method @param {import("./messages.js").RoomMessages[M]} message
     * @returns {Release}
     */
    offer(method, message) {
      const number = message.sequence;
      if (!Number.isInteger(number) || (current !== null && number <= current)) return release();
      if (!waiting.has(number)) waiting.set(number, { method, message });
      return release();
    },

    /**
     * After a Join: the state is whole up to `sequence`. Drops what waits up to it and releases what now follows in
     * order (a gap may remain further on).
     * @param {number} sequence
     * @returns {Release}
     */
    reset(sequence) {
      current = sequence;
      for (const number of [...waiting.keys()]) if (number <= sequence) waiting.delete(number);
      return release();
    },
  };
}

/** @typedef {ReturnType<typeof createSequencer>} Sequencer */
