// The privacy check while typing on the case form: after a pause, each text goes to /privacy/controle and what it
// finds is shown highlighted under the field, with a Dutch explanation. The server checks again on save.
const pauseMs = 600;

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
      if (ticket === asked && findings) show(feedback, field, text, findings);
    }, pauseMs);
  });
}

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

function show(feedback, field, text, findings) {
  feedback.replaceChildren();
  if (findings.length === 0) {
    field.removeAttribute("aria-invalid");
    return;
  }

  field.setAttribute("aria-invalid", "true");
  const labels = [...new Set(findings.map((f) => f.label))];
  const explanation = document.createElement("p");
  explanation.className = "privacy-explanation";
  explanation.textContent = `Deze tekst bevat ${labels.join(", ")}. Haal het gemarkeerde weg of beschrijf het in algemene woorden.`;

  const preview = document.createElement("p");
  preview.className = "privacy-preview";
  let position = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < position || finding.start + finding.length > text.length) continue;
    preview.append(text.slice(position, finding.start));
    const mark = document.createElement("mark");
    mark.dataset.kind = finding.kind;
    mark.title = finding.label;
    mark.textContent = text.slice(finding.start, finding.start + finding.length);
    // A mark is not read out; its kind after it is, as on the server-rendered feedback and in the live room.
    const kind = document.createElement("span");
    kind.className = "visually-hidden";
    kind.textContent = ` (${finding.label})`;
    preview.append(mark, kind);
    position = finding.start + finding.length;
  }
  preview.append(text.slice(position));
  feedback.append(explanation, preview);
}
