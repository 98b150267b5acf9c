// Live escalations on a case page: when the server says an escalation of this case changed, the page fetches the
// escalations section again as the server renders it (?handler=Escalations). It never rebuilds the state itself.
import { HubConnectionBuilder } from "@microsoft/signalr";
import { shouldReplace } from "./live-section.js";

const section = document.getElementById("escalations");
const announce = document.getElementById("escalations-live");

async function refresh() {
  const response = await fetch(`${location.pathname}?handler=Escalations`, { credentials: "same-origin" });
  if (!response.ok) return;
  const html = await response.text();
  if (shouldReplace(section, document.activeElement)) {
    section.innerHTML = html;
    announce.textContent = "De doorverwijzingen zijn bijgewerkt.";
  } else {
    announce.textContent = "Een doorverwijzing is gewijzigd. Sla uw invoer op of ververs de pagina om het te zien.";
  }
}

if (section) {
  const caseId = section.dataset.caseId;
  const connection = new HubConnectionBuilder().withUrl("/hubs/case").withAutomaticReconnect().build();
  let queue = Promise.resolve();
  connection.on("EscalationChanged", () => {
    queue = queue.then(refresh, refresh);
  });
  connection.onreconnected(async () => {
    await connection.invoke("Watch", caseId);
    queue = queue.then(refresh, refresh);
  });
  connection
    .start()
    .then(() => connection.invoke("Watch", caseId))
    .then(() => {
      section.dataset.live = "on";
    })
    .catch(() => {
      section.dataset.live = "off";
    });
}
