// The current item's contributions, with the ones written offline waiting at the end until they are sent.
import { TEXT, label } from "../texts.js";
import { currentItem, sameId } from "../view.js";
import { $, el, formatTime, syncList } from "./dom.js";

/**
 * @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view
 * @param {{ id: string, kind: string, text: string, caseId: string | null }[]} waiting the outbox
 */
export function renderContributions(state, view, waiting) {
  const item = currentItem(state);
  const shown = state.contributions.filter((c) => (item ? sameId(c.itemId, item.id) : false));
  const sent = new Set(state.contributions.map((c) => String(c.id).toLowerCase()));
  const pending = waiting.filter((w) => !sent.has(String(w.id).toLowerCase()));
  const aboutCase = (c) => (c.caseId && !sameId(c.caseId, item?.caseId) ? view.caseLabel(c.caseId) : "");
  const rows = [...shown.map((c) => ({ c, waiting: false })), ...pending.map((c) => ({ c: { ...c, authorId: view.me, at: null }, waiting: true }))];
  const list = $("contributions-list");
  const scroller = $("contributions-scroll");
  const atBottom = scroller ? scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24 : false;
  const before = list?.childElementCount ?? 0;
  syncList(list, rows, {
    key: ({ c }) => String(c.id).toLowerCase(),
    signature: ({ c, waiting }) => `${waiting}|${view.displayName(c.authorId)}|${aboutCase(c)}`,
    build: ({ c, waiting }) =>
      el(
        "li",
        { "data-id": c.id, className: waiting ? "contribution is-waiting" : "contribution" },
        el(
          "p",
          { className: "contribution-head" },
          el("span", { className: "contribution-author", text: view.displayName(c.authorId) }),
          " ",
          el("span", { className: `badge badge-${String(c.kind).toLowerCase()}`, text: label("contributionKind", c.kind) }),
          c.at ? " " : null,
          c.at ? el("time", { dateTime: String(c.at), className: "contribution-time", text: formatTime(c.at) }) : null,
          aboutCase(c) ? " " : null,
          aboutCase(c) ? el("span", { className: "contribution-case", text: `over ${aboutCase(c)}` }) : null,
        ),
        el("p", { className: "contribution-text", text: c.text }),
        waiting ? el("p", { className: "contribution-waiting", text: TEXT.waiting }) : null,
      ),
    emptyId: "contributions-empty",
  });
  // Follow new lines at the end while the reader is there; someone reading back up is left where they are.
  if (scroller && atBottom && rows.length > before) scroller.scrollTop = scroller.scrollHeight;
}
