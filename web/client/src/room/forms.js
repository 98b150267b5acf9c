// The room's forms: required fields, a hub call that may come back with a privacy refusal (the text stays, the refused
// parts are marked under the field), a Dutch refusal message under the form, and a character counter under every text
// field with a maximum.
import { newSubmissionId } from "../submission-id.js";
import { refusedParts } from "../privacy-refusal.js";
import { renderMarks } from "../privacy-marks.js";
import { counterAnnouncement, counterText } from "./counter.js";
import { TEXT } from "./texts.js";
import { $ } from "./render/dom.js";

/** Alerts stay in the page (empty when there is nothing to say) so screen readers pick up every change. */
export function showError(id, text) {
  const node = $(id);
  if (node && node.textContent !== text) node.textContent = text;
}

export const value = (id) => String(/** @type {HTMLInputElement | null} */ ($(id))?.value ?? "").trim();

function describedBy(field, id, on) {
  const ids = (field.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((x) => x && x !== id);
  if (on) ids.push(id);
  if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
  else field.removeAttribute("aria-describedby");
}

/**
 * Puts a visible counter after every field with a maxlength in `root` ("123 van 2000 tekens"); it speaks through
 * `announce` only when the text enters its last tenth or reaches the maximum.
 */
export function attachCounters(root, announce) {
  for (const field of root.querySelectorAll("textarea[maxlength], input[type=text][maxlength]")) {
    const input = /** @type {HTMLTextAreaElement} */ (field);
    const max = Number(input.getAttribute("maxlength"));
    let counter = $(`${input.id}-counter`);
    if (!counter) {
      counter = document.createElement("p");
      counter.id = `${input.id}-counter`;
      counter.className = "counter";
      input.after(counter);
    }
    describedBy(input, counter.id, true);
    let previous = input.value.length;
    const update = () => {
      const length = input.value.length;
      counter.textContent = counterText(length, max);
      counter.dataset.near = String(length >= max * 0.9);
      announce(counterAnnouncement(previous, length, max));
      previous = length;
    };
    input.addEventListener("input", update);
    input.addEventListener("counter-refresh", () => {
      previous = input.value.length;
      counter.textContent = counterText(input.value.length, max);
      counter.dataset.near = String(input.value.length >= max * 0.9);
    });
    counter.textContent = counterText(previous, max);
  }
}

/** Sets a field's text from code (a draft, a refused text put back) and brings its counter along. */
export function setFieldText(field, text) {
  if (!field) return;
  field.value = text;
  field.dispatchEvent(new Event("counter-refresh"));
}

const refusalBox = (fieldId) => $(`${fieldId}-privacy`);

/** Shows `text` (as it was sent) under the field with the refused parts marked and named. */
export function markRefusal(fieldId, text, parts) {
  const field = $(fieldId);
  const box = refusalBox(fieldId);
  if (!field || !box || !renderMarks(box, text, parts)) return false;
  field.setAttribute("aria-invalid", "true");
  describedBy(field, box.id, true);
  return true;
}

/** Takes a field's refusal away; true when there was one. */
export function clearRefusal(fieldId) {
  const box = refusalBox(fieldId);
  if (!box || box.childElementCount === 0) return false;
  box.replaceChildren();
  const field = $(fieldId);
  if (field) {
    field.removeAttribute("aria-invalid");
    describedBy(field, box.id, false);
  }
  return true;
}

/** The alert says the refusal; each refused field shows its marked text; `focus` puts the person at the first to fix. */
export function showRefusal(errorId, refusal, sent, { focus = true } = {}) {
  showError(errorId, typeof refusal?.message === "string" && refusal.message ? refusal.message : TEXT.privacyRefused);
  let first = null;
  for (const { field, id, text } of sent) {
    const parts = refusedParts(refusal, field);
    if (parts.length > 0 && markRefusal(id, text, parts)) first ??= $(id);
  }
  if (focus) first?.focus();
}

/** Checks required fields; marks the empty ones and returns the Dutch message of the first. */
export function validate(fields) {
  let message = "";
  let first = null;
  for (const { id, message: fieldMessage } of fields) {
    const field = $(id);
    if (!field) continue;
    const empty = !String(/** @type {HTMLInputElement} */ (field).value ?? "").trim();
    if (empty) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
    if (empty && !first) {
      first = field;
      message = fieldMessage;
    }
  }
  return { message, first };
}

/**
 * What a form sends and how: see handleForm.
 * @typedef {{
 *   required?: { id: string, message: string }[],
 *   texts?: { field: string, id: string }[],
 *   check?: () => string,
 *   confirm?: string,
 *   invoke: (submissionId: string) => Promise<import("../room-contract").PrivacyRefusal | null>,
 *   afterSuccess?: (form: HTMLFormElement) => void,
 *   errorText: (error: unknown) => string,
 * }} FormOptions
 */

/**
 * Wires a form that sends something to be stored. `required`: fields that must be filled, with their message;
 * `texts`: each text the grains check, by the grain's name for it and the field's id; `invoke(submissionId)` resolves
 * with a privacy refusal or null when stored (a domain refusal throws, and `errorText` turns it into Dutch);
 * `check()` may return a Dutch message that stops the send; `confirm` asks first. The fields keep their text on every refusal.
 * @param {string} formId @param {string} errorId @param {FormOptions} options
 */
export function handleForm(formId, errorId, { required = [], texts = [], check, confirm, invoke, afterSuccess, errorText }) {
  const form = /** @type {HTMLFormElement | null} */ ($(formId));
  if (!form) return;
  const edited = (event) => {
    // Edited text is a new submission: a retry of the old one must not be mistaken for it, nor it for a retry.
    delete form.dataset.submissionId;
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    if (String(/** @type {HTMLInputElement} */ (target).value ?? "").trim()) target.removeAttribute("aria-invalid");
    if (clearRefusal(target.id) && !texts.some((t) => refusalBox(t.id)?.childElementCount)) showError(errorId, "");
  };
  form.addEventListener("input", edited);
  form.addEventListener("change", edited);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { message, first } = validate(required);
    const problem = message || check?.() || "";
    if (problem) {
      showError(errorId, problem);
      first?.focus();
      return;
    }
    if (confirm && !window.confirm(confirm)) return;
    const submit = /** @type {HTMLButtonElement | null} */ (form.querySelector("button[type=submit]"));
    form.dataset.submissionId ||= newSubmissionId();
    for (const { id } of texts) clearRefusal(id);
    // The offsets of a refusal are into the texts as sent (trimmed), not as they stand in the fields.
    const sent = texts.map((t) => ({ ...t, text: value(t.id) }));
    showError(errorId, "");
    if (submit) submit.disabled = true;
    try {
      const refusal = await invoke(form.dataset.submissionId);
      if (refusal) {
        showRefusal(errorId, refusal, sent);
        return;
      }
      delete form.dataset.submissionId;
      for (const field of form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
      afterSuccess?.(form);
    } catch (error) {
      showError(errorId, errorText(error));
    } finally {
      if (submit) submit.disabled = false;
    }
  });
}

/** Runs a hub call for a button: a refusal shows in `errorId`. */
export async function perform(errorId, errorText, call) {
  showError(errorId, "");
  try {
    await call();
    return true;
  } catch (error) {
    showError(errorId, errorText(error));
    return false;
  }
}

/** Clears a form's text fields (not its selects) and their counters. */
export function clearTexts(form) {
  for (const field of form.querySelectorAll("textarea, input[type=text], input[type=number], input[type=date]")) setFieldText(field, "");
}

/**
 * The ARIA tabs pattern: arrow keys, Home and End move between the tabs of `tablist` and show the chosen panel.
 * @param {HTMLElement} tablist @param {(tab: HTMLElement) => void} [onSelect] told of every tab chosen
 */
export function wireTabs(tablist, onSelect) {
  const tabs = () => /** @type {HTMLElement[]} */ (Array.from(tablist.querySelectorAll("[role=tab]")));
  const select = (tab, focus) => {
    for (const other of tabs()) {
      const chosen = other === tab;
      other.setAttribute("aria-selected", String(chosen));
      other.tabIndex = chosen ? 0 : -1;
      const panel = $(other.getAttribute("aria-controls") ?? "");
      if (panel) panel.hidden = !chosen;
    }
    if (focus) tab.focus();
    onSelect?.(tab);
  };
  tablist.addEventListener("click", (event) => {
    const tab = event.target instanceof Element ? event.target.closest("[role=tab]") : null;
    if (tab) select(tab, false);
  });
  tablist.addEventListener("keydown", (event) => {
    const all = tabs();
    const at = all.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(all[(to + all.length) % all.length], true);
  });
  return { select: (id) => select($(id), false) };
}
