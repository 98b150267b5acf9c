// The chair's recording tools: the choice lists of the advice, action point and escalation forms, set to the current
// item's case (and its presenter as the action point's owner) whenever the chair goes to another item.
import { TEXT, labels } from "../texts.js";
import { caseOptions, currentItem, recordingDefaults, sameId } from "../view.js";
import { $, choose, fillSelect, setHidden, setText } from "./dom.js";

/** @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view */
export function fillChoices(state, view) {
  const cases = caseOptions(state);
  fillSelect($("advice-case"), cases, TEXT.chooseCase);
  fillSelect($("escalation-case"), cases, TEXT.chooseCase);
  fillSelect($("action-point-case"), cases, TEXT.noCase);
  fillSelect(
    $("action-point-owner"),
    (view.context.owners ?? []).map((o) => ({ value: String(o.userId), label: o.name })),
    TEXT.chooseOwner,
  );
  fillSelect(
    $("escalation-institution"),
    (view.context.institutions ?? []).filter((i) => !i.retired).map((i) => ({ value: String(i.id), label: i.name })),
    TEXT.chooseInstitution,
  );
  const urgency = /** @type {HTMLSelectElement | null} */ ($("escalation-urgency"));
  if (urgency && urgency.options.length === 0) {
    fillSelect(urgency, Object.entries(labels.urgency).map(([value, text]) => ({ value, label: text[0].toUpperCase() + text.slice(1) })));
    urgency.value = "Normal";
  }
  updateContacts(view);
}

/** The cases a contribution under an item without a case of its own may be about (every member's form). @param {import("../../room-contract").RoomState} state */
export function fillContributionCases(state) {
  fillSelect($("contribution-case"), caseOptions(state), TEXT.noCase);
}

/** The contact persons of the chosen institution (active ones only). @param {import("./types.js").View} view */
export function updateContacts(view) {
  const select = /** @type {HTMLSelectElement | null} */ ($("escalation-contact"));
  const institutionId = /** @type {HTMLSelectElement | null} */ ($("escalation-institution"))?.value;
  if (!select) return;
  const institution = (view.context.institutions ?? []).find((i) => sameId(i.id, institutionId) && !i.retired);
  const contacts = (institution?.contacts ?? []).filter((c) => !c.retired).map((c) => ({ value: String(c.id), label: c.function ? `${c.name} (${c.function})` : c.name }));
  fillSelect(select, contacts, !institution ? TEXT.chooseInstitutionFirst : contacts.length ? TEXT.chooseContact : TEXT.noContacts);
  select.disabled = !institution || contacts.length === 0;
}

/** Sets the forms to the current item: its case in every case choice, its presenter as owner. */
export function prefillFromItem(state) {
  const item = currentItem(state);
  const { caseId, ownerId } = recordingDefaults(item);
  for (const id of ["advice-case", "escalation-case", "action-point-case"]) {
    const select = /** @type {HTMLSelectElement | null} */ ($(id));
    if (!select) continue;
    if (caseId) choose(select, caseId);
    else if (id === "action-point-case") select.value = "";
  }
  if (ownerId) choose(/** @type {HTMLSelectElement | null} */ ($("action-point-owner")), ownerId);
  // A case picked under one item is not what the next item's contributions are about.
  const picker = /** @type {HTMLSelectElement | null} */ ($("contribution-case"));
  if (picker) picker.value = "";
}

/** @param {import("../../room-contract").RoomState} state @param {import("./types.js").View} view */
export function renderToolsHeader(state, view) {
  const item = currentItem(state);
  setText("tools-case", item?.caseId ? `Bij ${TEXT.caseOf(view.caseLabel(item.caseId))}` : "");
  setHidden("tools-case", !item?.caseId);
  // Only an item without a case of its own asks which case a contribution is about.
  setHidden("contribution-case-field", !item || Boolean(item.caseId) || caseOptions(state).length === 0);
}
