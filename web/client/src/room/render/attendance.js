// Who is present, whose hands are up (in order), who has the floor, and the chair's buttons for them.
import { TEXT } from "../texts.js";
import { sameId } from "../view.js";
import { $, el, setHidden, setText, syncList } from "./dom.js";

/** @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view */
export function renderAttendance(state, view) {
  const { hands, floor } = state.attendance;
  const present = state.present.userIds;
  const open = state.meeting.status === "Started";

  syncList($("present-list"), present, {
    key: (id) => id,
    signature: (id) => view.displayName(id),
    build: (id) => el("li", { "data-user-id": id, text: view.displayName(id) }),
    emptyId: "present-empty",
  });
  setText("present-count", String(present.length));

  setText("floor", floor ? (sameId(floor, view.me) ? TEXT.youHaveFloor : TEXT.hasFloor(view.nameOf(floor))) : TEXT.noFloor);
  setHidden("take-floor-back", !view.isChair || !floor || !open);

  renderHands(hands, view, open);

  const handButton = $("hand-button");
  if (handButton) {
    const raised = hands.some((id) => sameId(id, view.me));
    handButton.textContent = raised ? TEXT.lowerHand : TEXT.raiseHand;
    handButton.dataset.raised = String(raised);
    /** @type {HTMLButtonElement} */ (handButton).disabled = !open;
  }
}

function renderHands(hands, view, open) {
  const list = $("hands-list");
  if (!list) return;
  const focused = list.contains(document.activeElement) ? document.activeElement?.closest("li") : null;
  const chair = view.isChair && open;
  syncList(list, hands, {
    key: (id) => id,
    // No place in the signature: a hand lowered above keeps the rows below (and the chair's focus in them) as they are.
    signature: (id) => `${view.displayName(id)}|${chair}`,
    build: (id, index) =>
      el(
        "li",
        { "data-user-id": id, className: "hand" },
        el("span", { className: "hand-name" }, el("span", { className: "hand-number", text: `${index + 1}.` }), " ", view.displayName(id)),
        chair
          ? el(
              "span",
              { className: "hand-actions" },
              el("button", {
                type: "button",
                className: "button button-small give-floor",
                "data-user-id": id,
                "aria-label": `${TEXT.giveFloor} aan ${view.nameOf(id)}`,
                text: TEXT.giveFloor,
              }),
              el("button", {
                type: "button",
                className: "button button-secondary button-small lower-hand-of",
                "data-user-id": id,
                "aria-label": `${TEXT.lowerHandOf} van ${view.nameOf(id)}`,
                text: TEXT.lowerHandOf,
              }),
            )
          : null,
      ),
    emptyId: "hands-empty",
  });
  list.querySelectorAll(".hand-number").forEach((number, index) => {
    number.textContent = `${index + 1}.`;
  });
  // The focused row went away (that person got the floor or lowered their hand): focus the heading, never another
  // person's button, where a second Enter would give them the floor.
  if (focused && !focused.isConnected) /** @type {HTMLElement | null} */ ($("hands-heading"))?.focus();
}
