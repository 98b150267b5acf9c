// What the meeting recorded (advice, action points, escalations), and the closed room's outcome with the minutes link.
import { TEXT, label } from "../texts.js";
import { outcomeCounts, sameId } from "../view.js";
import { $, el, formatDate, setHidden, setText, syncList } from "./dom.js";

/** @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view */
export function renderRecords(state, view) {
  syncList($("advice-list"), state.advice, {
    key: (a) => a.id,
    signature: (a) => view.caseLabel(a.caseId),
    build: (a) =>
      el(
        "li",
        { "data-id": a.id, "data-case-id": a.caseId, className: "record" },
        el("p", { className: "record-title", text: view.caseLabel(a.caseId) }),
        el("p", { className: "record-text", text: a.advice }),
        a.nextSteps ? el("p", { text: `Vervolgstappen: ${a.nextSteps}` }) : null,
      ),
    emptyId: "advice-empty",
  });

  syncList($("action-points-list"), state.actionPoints, {
    key: (p) => p.id,
    signature: (p) => `${view.nameOf(p.ownerId)}|${p.caseId ? view.caseLabel(p.caseId) : ""}`,
    build: (p) =>
      el(
        "li",
        { "data-id": p.id, className: "record" },
        el("p", { className: "record-title", text: p.description }),
        el(
          "p",
          { className: "record-details" },
          `Eigenaar: ${view.nameOf(p.ownerId)}`,
          p.due ? ` · Uiterlijk: ${formatDate(p.due)}` : "",
          p.caseId ? ` · Casus: ${view.caseLabel(p.caseId)}` : "",
        ),
      ),
    emptyId: "action-points-empty",
  });

  const institutions = view.context.institutions ?? [];
  const named = (thing) => (thing ? (thing.retired ? `${thing.name} ${TEXT.retired}` : thing.name) : "");
  syncList($("escalations-list"), state.escalations, {
    key: (e) => e.id,
    signature: (e) => view.caseLabel(e.caseId),
    build: (e) => {
      const institution = institutions.find((i) => sameId(i.id, e.institutionId));
      const contact = (institution?.contacts ?? []).find((c) => sameId(c.id, e.contactPersonId));
      return el(
        "li",
        { "data-id": e.id, className: "record" },
        el("p", { className: "record-title", text: `${view.caseLabel(e.caseId)} → ${named(institution) || TEXT.unknownInstitution}` }),
        el(
          "p",
          { className: "record-details" },
          contact ? `Contactpersoon: ${named(contact)} · ` : "",
          `Urgentie: ${label("urgency", e.urgency)}`,
        ),
        e.reason ? el("p", { text: `Reden: ${e.reason}` }) : null,
      );
    },
    emptyId: "escalations-empty",
  });

  const closed = state.meeting.status === "Closed";
  setHidden("meeting-closed", !closed);
  if (closed) setText("outcome", TEXT.outcome(outcomeCounts(state)));
}
