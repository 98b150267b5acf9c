// The agenda with where it stands, and the current item's header: title, presenter or guest, case, time used against planned.
import { TEXT, label } from "../texts.js";
import { agendaRows, currentItem } from "../view.js";
import { $, el, setHidden, setText, syncList } from "./dom.js";

/** @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view */
export function renderAgenda(state, view) {
  const rows = agendaRows(state.agenda, view.now);
  syncList($("agenda-list"), rows, {
    key: (row) => row.item.id,
    signature: (row) => `${row.status}|${row.time}|${row.over}|${row.item.title}|${row.item.plannedMinutes}|${row.item.presenterId}|${row.item.guestName}`,
    build: (row) => {
      const { item } = row;
      const details = [label("agendaItemKind", item.kind)];
      if (item.presenterId) details.push(`door ${view.nameOf(item.presenterId)}`);
      if (item.guestName) details.push(TEXT.guest(item.guestName));
      return el(
        "li",
        {
          "data-id": item.id,
          "aria-current": row.status === "current" ? "step" : null,
          className: `agenda-item is-${row.status}${row.over ? " is-over" : ""}`,
        },
        el("span", { className: "agenda-title", text: item.title }),
        el(
          "span",
          { className: "agenda-meta" },
          el("span", { className: "agenda-details", text: details.join(" · ") }),
          row.time ? el("span", { className: "agenda-time", text: row.time }) : null,
        ),
      );
    },
    emptyId: "agenda-empty",
  });
}

/** @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view */
export function renderCurrentItem(state, view) {
  const item = currentItem(state);
  const at = state.agenda.current ?? 0;
  setText("current-item-title", item ? item.title : TEXT.noCurrentItem);
  const meta = [];
  if (item) {
    meta.push(TEXT.itemOf(at + 1, state.agenda.items.length));
    if (item.presenterId) meta.push(TEXT.presenter(view.nameOf(item.presenterId)));
    if (item.guestName) meta.push(TEXT.guest(item.guestName));
    if (item.caseId) meta.push(TEXT.caseOf(view.caseLabel(item.caseId)));
  }
  setText("current-item-meta", meta.join(" · "));
  setHidden("current-item-meta", meta.length === 0);
  const row = item ? agendaRows(state.agenda, view.now)[at] : null;
  setText("current-item-time", row?.time ?? "");
  setHidden("current-item-time", !row?.time);
  $("current-item-time")?.classList.toggle("is-over", Boolean(row?.over));

  const closed = state.meeting.status !== "Started";
  const prev = /** @type {HTMLButtonElement | null} */ ($("prev-item"));
  const next = /** @type {HTMLButtonElement | null} */ ($("next-item"));
  const current = state.agenda.current;
  if (prev) prev.disabled = closed || current === null || current <= 0;
  if (next) next.disabled = closed || state.agenda.items.length === 0 || (current !== null && current >= state.agenda.items.length - 1);
}
