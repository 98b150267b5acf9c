// The one place the live room's state lives in the browser: the page's first state, then each pushed message through
// the reducer, or a whole state from Join. Renderers subscribe and get the new state, the previous one and the cause.

import { reduce } from "./reducer.js";
import { isNewerPresence, newerPresence } from "./presence.js";

/** @typedef {import("../room-contract").RoomState} RoomState */
/** @typedef {import("./messages.js").RoomMethod} RoomMethod */

/**
 * What changed the state: a pushed method's name, "presenceChanged", or "join" when Join (or Watch) replaced it whole.
 * @typedef {RoomMethod | "presenceChanged" | "join"} Cause
 */

/** @typedef {(state: RoomState, previous: RoomState, cause: Cause) => void} Listener */

/**
 * A store holding `page.state`, with the page's context and contract version alongside.
 * @param {import("../room-contract").RoomPage} page
 */
export function createRoomStore(page) {
  let state = page.state;
  /** @type {Set<Listener>} */
  const listeners = new Set();

  /** @param {RoomState} next @param {Cause} cause */
  function set(next, cause) {
    const previous = state;
    state = next;
    for (const listener of [...listeners]) {
      try {
        listener(state, previous, cause);
      } catch (error) {
        // One failing renderer must not keep the others (or the sequencer behind them) from the new state.
        console.error("Weergave bijwerken mislukt", error);
      }
    }
  }

  return {
    context: page.context,
    version: page.version,

    get state() {
      return state;
    },

    /**
     * Calls `listener` after every change; returns the function that stops it.
     * @param {Listener} listener
     * @returns {() => void}
     */
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    /**
     * Applies one pushed message (the sequencer has put it in order).
     * @template {RoomMethod} M
     * @param {M} method @param {import("./messages.js").RoomMessages[M]} message
     */
    receive(method, message) {
      set(reduce(state, method, message), method);
    },

    /** Takes a pushed presence, unless one as new or newer is held already. @param {import("../room-contract").RoomPresent} present */
    receivePresence(present) {
      if (present && isNewerPresence(present, state.present)) set({ ...state, present }, "presenceChanged");
    },

    /** Takes the whole state from Join, but keeps a presence pushed meanwhile that is newer than Join's. @param {RoomState} next */
    replace(next) {
      const present = newerPresence(next.present, state.present);
      set(present === next.present ? next : { ...next, present }, "join");
    },
  };
}

/** @typedef {ReturnType<typeof createRoomStore>} RoomStore */
