// The privacy check while typing on the case form: after a pause, each text goes to /privacy/controle and what it
// finds is shown marked under the field, with a Dutch explanation. The server checks again on save.
import { renderMarks } from "./privacy-marks.js";

const pauseMs = 600;

async function check(text) {
  if (!text.trim()) return [];
  try {
    const response = await fetch("/privacy/controle", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
      credentials: "same-origin",
    });
    if (!response.ok) return null;
    return (await response.json()).findings ?? [];
  } catch {
    return null;
  }
}

for (const field of document.querySelectorAll("[data-privacy-field]")) {
  const feedback = document.getElementById(`privacy-${field.dataset.privacyField}`);
  if (!feedback) continue;
  let timer = 0;
  let asked = 0;
  field.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const ticket = ++asked;
      const text = field.value;
      const findings = await check(text);
      // Only the answer to the latest question counts.
      if (ticket !== asked || !findings) return;
      if (renderMarks(feedback, text, findings)) field.setAttribute("aria-invalid", "true");
      else field.removeAttribute("aria-invalid");
    }, pauseMs);
  });
}
