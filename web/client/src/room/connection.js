// The live room's connection: SignalR to /hubs/meeting, every pushed message through the sequencer into the store, and
// Join (or Watch) whenever the state may be behind — on start, after every reconnect, and when a gap in the numbers is
// not filled within a moment. Holding a state, it asks JoinAfter (WatchAfter) with its number: the server then sends only
// the messages after it, ahead of the answer, and the whole room only when it no longer has them. Keeps trying after SignalR's own reconnect gives up, and says how it stands:
// "connecting" (the first time), "online" (joined), "reconnecting", "offline" (no network, or the connection closed).

import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";
import { PRESENCE_METHOD, ROOM_METHODS } from "./messages.js";
import { createSequencer } from "./sequencer.js";
import { createHub, hubErrorText, isHubRefusal, isRateLimited } from "./hub.js";

/** @typedef {import("../room-contract").RoomState} RoomState */
/** @typedef {import("../room-contract").JoinResult} JoinResult */
/** @typedef {import("../room-contract").CatchUpResult} CatchUpResult */
/** @typedef {"connecting" | "online" | "reconnecting" | "offline"} ConnectionStatus */

/**
 * Where the pushed messages and Join's state go: the room's store, or on the meeting page a watcher without a first
 * state (`state` null until Watch answers).
 * @typedef {{
 *   readonly state: RoomState | null,
 *   receive<M extends import("./messages.js").RoomMethod>(method: M, message: import("./messages.js").RoomMessages[M]): void,
 *   replace(state: RoomState): void,
 *   receivePresence?(present: import("../room-contract").RoomPresent): void,
 * }} RoomSink
 */

/**
 * The part of @microsoft/signalr's HubConnection used here (a fake in the tests).
 * @typedef {{
 *   readonly state: string,
 *   on(method: string, handler: (message: any) => void): void,
 *   onreconnecting(callback: () => void): void,
 *   onreconnected(callback: () => void): void,
 *   onclose(callback: () => void): void,
 *   start(): Promise<void>,
 *   stop(): Promise<void>,
 *   invoke(method: string, ...args: any[]): Promise<any>,
 * }} HubLink
 */

/**
 * What the connection hears from the browser around it: whether it is online, and when it comes online, goes offline,
 * comes back to the foreground ("wake") or leaves the page ("leave").
 * @typedef {{ isOnline(): boolean, on(event: "online" | "offline" | "wake" | "leave", listener: () => void): void }} Surroundings
 */

/** Runs `callback` after `ms`; returns the function that cancels it. @typedef {(callback: () => void, ms: number) => () => void} Schedule */

/** How long a gap in the numbers may last before the state is fetched whole (a message overtaken by the next one arrives well within it). */
const GAP_MS = 1500;
/** How long a Join refused by the room's rate limit waits before it asks again. */
const LIMITED_MS = 5000;

/** @returns {HubLink} */
function buildConnection() {
  return new HubConnectionBuilder()
    .withUrl("/hubs/meeting")
    .withAutomaticReconnect([0, 2000, 5000, 10000, 20000, 30000])
    .configureLogging(LogLevel.Warning)
    .build();
}

/** @returns {Surroundings | null} */
function browserSurroundings() {
  if (typeof window === "undefined") return null;
  return {
    isOnline: () => navigator.onLine !== false,
    on(event, listener) {
      if (event === "online" || event === "offline") window.addEventListener(event, listener);
      else if (event === "leave") window.addEventListener("pagehide", (e) => e.persisted || listener());
      // A phone back in the foreground: try now rather than after the back-off.
      else document.addEventListener("visibilitychange", () => document.hidden || listener());
    },
  };
}

/** @type {Schedule} */
const timeout = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

/**
 * Connects the room of `meetingId` and keeps `store` up to date.
 * @param {{
 *   meetingId: string,
 *   version: number,
 *   store: RoomSink,
 *   watchOnly?: boolean,
 *   onStatus?: (status: ConnectionStatus) => void,
 *   onVersionChange?: () => void,
 *   onError?: (text: string) => void,
 *   connection?: HubLink,
 *   surroundings?: Surroundings | null,
 *   schedule?: Schedule,
 * }} options
 *   watchOnly: Watch instead of Join (the meeting page: no attendance, no presence);
 *   onVersionChange: the server speaks another contract version (a new deployment), by default the page reloads;
 *   onError: a Dutch line when Join is refused (not a member), "" when it is fine again;
 *   connection, surroundings, schedule: for the tests.
 */
export function connectRoom({
  meetingId,
  version,
  store,
  watchOnly = false,
  onStatus = () => {},
  onVersionChange = () => window.location.reload(),
  onError = () => {},
  connection = buildConnection(),
  surroundings = browserSurroundings(),
  schedule = timeout,
}) {
  const sequencer = createSequencer(store.state ? store.state.sequence : null);
  /** @type {ConnectionStatus} */
  let status = "connecting";
  /** Held down by goOffline() until goOnline(). */
  let heldOffline = false;
  /** Another version answered, or Join was refused: stop trying. */
  let stopped = false;
  /** @type {Promise<boolean> | null} */
  let joinRun = null;
  let joinAgain = false;
  /** @type {Promise<void> | null} */
  let startRun = null;
  /** @type {(() => void) | null} */
  let cancelGap = null;
  /** @type {(() => void) | null} */
  let wake = null;
  /** @type {() => void} */
  let joined = () => {};
  /** Resolves once the room has been joined the first time. @type {Promise<void>} */
  const ready = new Promise((resolve) => {
    joined = resolve;
  });

  /** @type {import("./hub.js").Invoke} */
  const invoke = (method, ...args) => connection.invoke(method, ...args);
  /** The same, checked by tsc against the hub's generated signatures. */
  const call = /** @type {import("./hub.js").HubInvoke} */ (invoke);
  const connected = () => connection.state === HubConnectionState.Connected;
  const browserOffline = () => surroundings !== null && !surroundings.isOnline();

  /** @param {ConnectionStatus} next */
  function setStatus(next) {
    if (next === status) return;
    status = next;
    onStatus(next);
  }

  /** @param {import("./sequencer.js").Release} release */
  function deliver(release) {
    for (const { method, message } of release.apply) {
      store.receive(method, message);
      // Join again once the meeting runs: the hub marks people present only in a started meeting.
      if (!watchOnly && method === "meetingChanged" && /** @type {import("../room-contract").MeetingChanged} */ (message).meeting.status === "Started") void sync();
    }
    watchGap(release.gap);
  }

  /** A gap that lasts: fetch the state whole. @param {boolean} gap */
  function watchGap(gap) {
    if (!gap) {
      cancelGap?.();
      cancelGap = null;
    } else if (!cancelGap) {
      cancelGap = schedule(() => {
        cancelGap = null;
        if (sequencer.gap) void sync();
      }, GAP_MS);
    }
  }

  for (const method of ROOM_METHODS) {
    connection.on(method, (message) => {
      if (message && typeof message === "object") deliver(sequencer.offer(method, message));
    });
  }

  // Outside the sequence: presence has its own numbers, and the store keeps the newest (presence.js).
  connection.on(PRESENCE_METHOD, (message) => {
    if (message && typeof message === "object" && message.present) store.receivePresence?.(message.present);
  });

  /**
   * Join's answer, or JoinAfter's: with a null state the server sent the missed messages ahead of it, and they have gone
   * through the sequencer already.
   * @param {JoinResult | CatchUpResult} result
   */
  function take(result) {
    if (result.version !== version) {
      stopped = true;
      void connection.stop().catch(() => undefined);
      onVersionChange();
      return;
    }
    const current = sequencer.sequence;
    // A state older than what pushed messages already brought (they can overtake Join's answer) is not taken.
    if (result.state && (current === null || result.state.sequence >= current)) {
      store.replace(result.state);
      deliver(sequencer.reset(result.state.sequence));
    }
    onError("");
    if (!browserOffline()) setStatus("online");
    joined();
  }

  /**
   * Join (or Watch) and take the state; one at a time, once more if asked again meanwhile. Resolves true when the
   * state was taken.
   * @returns {Promise<boolean>}
   */
  function sync() {
    if (joinRun) {
      joinAgain = true;
      return joinRun;
    }
    /** @type {Promise<boolean>} */
    const run = (async () => {
      // From here on `joinRun` is this run, and the finally below frees it in the same step as the last check of
      // joinAgain, so a sync asked for at any moment is either run here or starts a run of its own.
      await undefined;
      try {
        do {
          joinAgain = false;
          if (!connected() || stopped) return false;
          // Holding the room up to some number, ask only for what came after it; the server sends the whole room when it must.
          const after = sequencer.sequence;
          take(
            after === null
              ? await call(watchOnly ? "Watch" : "Join", meetingId)
              : await call(watchOnly ? "WatchAfter" : "JoinAfter", meetingId, version, after),
          );
        } while (joinAgain && !stopped);
        return !stopped;
      } catch (error) {
        if (isRateLimited(error)) {
          // Joined too often just now: say so, and try again in a while (the start loop retries by itself).
          onError(hubErrorText(error));
          if (!startRun) schedule(() => void sync(), LIMITED_MS);
        } else if (isHubRefusal(error)) {
          // Refused by the server (not a member, say): retrying will not help.
          stopped = true;
          onError(hubErrorText(error));
        } else console.warn("Bijwerken mislukt", error);
        return false;
      } finally {
        joinRun = null;
        // A gap still open after a Join that failed, or that brought an older state: try again in a moment.
        if (sequencer.gap && connected() && !stopped) watchGap(true);
      }
    })();
    joinRun = run;
    return run;
  }

  /** Waits `ms`, or less when woken (back online, back in the foreground, goOffline). @param {number} ms */
  function pause(ms) {
    return new Promise((resolve) => {
      /** @type {(() => void) | undefined} */
      let cancel;
      const done = () => {
        cancel?.();
        if (wake === done) wake = null;
        resolve(undefined);
      };
      wake = done;
      cancel = schedule(done, ms);
    });
  }

  /** Our own retry loop next to SignalR's automatic reconnect (which gives up after a while). @returns {Promise<void>} */
  function ensureStarted() {
    if (startRun) return startRun;
    /** @type {Promise<void>} */
    const run = (async () => {
      await undefined; // as in sync(): `startRun` is this run until the finally frees it
      try {
        let attempt = 0;
        while (!heldOffline && !stopped) {
          const state = connection.state;
          if (state === HubConnectionState.Disconnected) {
            try {
              await connection.start();
            } catch (error) {
              console.warn("Verbinden mislukt", error);
              setStatus("offline");
              attempt += 1;
              await pause(Math.min(15000, 1000 * 2 ** Math.min(attempt, 4)) * (0.75 + Math.random() / 2));
              continue;
            }
          } else if (state !== HubConnectionState.Connected) {
            await pause(500); // Connecting, Reconnecting or Disconnecting: let that finish first.
            continue;
          }
          if (heldOffline) break;
          const synced = await sync();
          if (stopped || (synced && connected())) return;
          // Join failed on a working connection (a busy server): ask again soon. Closed meanwhile: start again.
          if (connected()) await pause(1000);
        }
      } finally {
        startRun = null;
      }
    })();
    startRun = run;
    return run;
  }

  connection.onreconnecting(() => setStatus(browserOffline() ? "offline" : "reconnecting"));
  connection.onreconnected(() => void sync());
  connection.onclose(() => {
    setStatus("offline");
    if (!heldOffline && !stopped) void ensureStarted();
  });

  surroundings?.on("offline", () => setStatus("offline"));
  surroundings?.on("online", () => {
    wake?.();
    if (connected()) void sync();
  });
  surroundings?.on("wake", () => wake?.());
  surroundings?.on("leave", () => {
    if (!watchOnly && connected()) call("Leave", meetingId).catch(() => undefined);
  });

  void ensureStarted();

  return {
    /** The hub's commands for this meeting. */
    hub: createHub(invoke, meetingId),

    get status() {
      return status;
    },

    /** Resolves once the room has been joined (or watched) the first time. */
    ready,

    /** Fetches the state whole now; resolves true when it was taken. */
    sync,

    /** Drops the connection and keeps it down (the browser tests' way to lose the network). */
    async goOffline() {
      heldOffline = true;
      wake?.();
      await connection.stop().catch(() => undefined);
      if (startRun) await startRun.catch(() => undefined);
      setStatus("offline");
    },

    /** Lets the connection come back; resolves when it is back and the state is taken. */
    async goOnline() {
      heldOffline = false;
      await ensureStarted();
      if (joinRun) await joinRun;
    },
  };
}

/** @typedef {ReturnType<typeof connectRoom>} RoomConnection */
