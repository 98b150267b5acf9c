// The meeting's page (Pages/Meetings/Meeting.cshtml) for a member while the meeting is published: watches the room
// (Watch: no attendance, no presence) and goes to the live room as soon as the meeting starts, without a reload.
// The page marks the status line: <p id="meeting-wait" role="status" data-meeting-id data-version data-live-url>.

import { connectRoom } from "./room/connection.js";
import { reduce } from "./room/reducer.js";
import { ENTERING, waitingStep, waitingText } from "./room/waiting.js";

/** @typedef {import("./room-contract").RoomState} RoomState */

/** @param {HTMLElement} line */
function watch(line) {
  const meetingId = line.dataset.meetingId ?? "";
  const liveUrl = line.dataset.liveUrl ?? "";
  const version = Number(line.dataset.version);
  let leaving = false;

  /** @param {RoomState} state */
  const act = (state) => {
    if (leaving) return;
    const step = waitingStep(state.meeting.status);
    if (step === "wait") return;
    leaving = true;
    if (step === "enter") {
      line.textContent = ENTERING;
      window.location.assign(liveUrl);
    } else window.location.reload();
  };

  /** @type {RoomState | null} */
  let state = null;
  /** @type {import("./room/connection.js").RoomSink} */
  const sink = {
    get state() {
      return state;
    },
    receive(method, message) {
      if (!state) return;
      state = reduce(state, method, message);
      act(state);
    },
    replace(next) {
      state = next;
      act(state);
    },
  };

  connectRoom({
    meetingId,
    version,
    store: sink,
    watchOnly: true,
    onStatus: (status) => {
      if (!leaving) line.textContent = waitingText(status);
    },
    // Not allowed to watch (no longer a member): the page itself says what it can; the line stays empty.
    onError: () => undefined,
  });
}

const line = document.getElementById("meeting-wait");
if (line && line.dataset.meetingId) watch(line);
