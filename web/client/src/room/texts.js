// The live room's Dutch screen texts in one place. The names of statuses, kinds, urgencies and round phases are not
// here: they come from labels.nl.json, which the server reads too.
import labels from "../labels.nl.json" with { type: "json" };

export { labels };

/** A label from labels.nl.json with its first letter capitalised, as a heading or badge shows it. */
export function label(group, key) {
  const text = labels[group]?.[key] ?? String(key ?? "");
  return text ? text[0].toUpperCase() + text.slice(1) : "";
}

/**
 * Whether `key` is one of the names a group of labels.nl.json knows (`labels.urgency`, say): a select filled from those
 * names gives such a key, and this tells tsc so; anything else is a page out of step with its script.
 * @template {string} K
 * @param {Readonly<Record<K, string>>} names @param {string} key @returns {key is K}
 */
export const isNameIn = (names, key) => Object.prototype.hasOwnProperty.call(names, key);

export const TEXT = {
  connecting: "Verbinden…",
  online: "Verbonden",
  reconnecting: "Verbinding verbroken – opnieuw verbinden…",
  offline: "Geen verbinding – wat u schrijft wordt bewaard",
  unknownPerson: "Onbekende deelnemer",
  unknownCase: "Onbekende casus",
  unknownInstitution: "Onbekende instelling",
  retired: "(niet meer actief)",
  you: "(u)",
  noCurrentItem: "Nog geen agendapunt gestart",
  noFloor: "Niemand heeft het woord.",
  genericError: "Er ging iets mis. Probeer het opnieuw.",
  stateError: "De gegevens van de bijeenkomst konden niet worden geladen. Vernieuw de pagina.",
  privacyRefused: "Er staan gegevens in die een persoon herkenbaar maken. Er is niets opgeslagen.",
  noCase: "Geen casus",
  chooseCase: "Kies een casus",
  chooseOwner: "Kies een eigenaar",
  chooseInstitution: "Kies een instelling",
  chooseInstitutionFirst: "Kies eerst een instelling",
  chooseContact: "Kies een contactpersoon",
  noContacts: "Geen contactpersonen bekend",
  waiting: "wordt verstuurd zodra er verbinding is",
  outboxMovedOn: "Het agendapunt was al voorbij toen de verbinding terugkwam: uw bijdrage is niet geplaatst en staat weer in het veld.",
  outboxReturned: (count) => `${count} ${count === 1 ? "wachtende bijdrage is" : "wachtende bijdragen zijn"} niet geplaatst; de tekst staat weer in het veld.`,
  raiseHand: "Hand opsteken",
  lowerHand: "Hand laten zakken",
  giveFloor: "Geef het woord",
  takeFloorBack: "Neem het woord terug",
  lowerHandOf: "Hand laten zakken",
  closeConfirm: "Weet u zeker dat u de bijeenkomst wilt sluiten? Daarna kan niemand meer bijdragen.",
  closeRoundConfirm: "Weet u zeker dat u de ronde wilt afsluiten? Daarna kan niemand er meer iets aan toevoegen.",
  yourTurn: "U bent aan de beurt",
  turnOf: (name) => `Aan de beurt: ${name}`,
  everyoneHadTurn: "Iedereen is aan de beurt geweest.",
  hasFloor: (name) => `${name} heeft het woord.`,
  youHaveFloor: "U hebt het woord.",
  newContribution: (name, kind) => `Nieuwe bijdrage van ${name}${kind ? ` (${kind})` : ""}`,
  itemNow: (title) => `Agendapunt: ${title}`,
  phaseNow: (phase) => `Intervisie: ${phase}`,
  roundStarted: "De intervisie is begonnen.",
  roundClosed: "De intervisie is afgesloten.",
  timeUp: "De tijd voor deze fase is om.",
  meetingStarted: "De bijeenkomst is begonnen.",
  meetingClosed: "De bijeenkomst is gesloten.",
  itemOf: (index, count) => `Agendapunt ${index} van ${count}`,
  presenter: (name) => `inbreng: ${name}`,
  guest: (name) => `gast: ${name}`,
  caseOf: (label) => `casus: ${label}`,
  minutesUsed: (used, planned) => `${used} van ${planned} min`,
  minutesPlanned: (planned) => `${planned} min`,
  minutesSpent: (used) => `${used} min`,
  timeLeft: (mmss) => `Nog ${mmss}`,
  timeOver: "Tijd is om",
  characters: (length, max) => `${length} van ${max} tekens`,
  charactersLeft: (left) => (left === 0 ? "U hebt het maximum aantal tekens bereikt." : `Nog ${left} tekens over.`),
  pass: "Ik sla mijn beurt over",
  passFor: (name) => `Beurt overslaan voor ${name}`,
  passed: "slaat over",
  nextPhase: (phase) => `Volgende fase: ${phase}`,
  questionOfPresenter: "Hulpvraag",
  noQuestionYet: "De inbrenger heeft de hulpvraag nog niet gesteld.",
  noEntries: "Nog niets in deze fase.",
  chosen: "gekozen",
  chosenAdvice: "Gekozen adviezen",
  roundOutcomeNone: "Er is geen advies gekozen.",
  entryLabel: { Question: "Uw hulpvraag", Clarifying: "Uw verhelderende vraag", Advice: "Uw advies", Reaction: "Uw reactie" },
  entrySubmit: { Question: "Hulpvraag stellen", Clarifying: "Vraag stellen", Advice: "Advies geven", Reaction: "Reactie geven" },
  entryRequired: "Vul eerst iets in.",
  orderRequired: "Kies ten minste één deelnemer voor de beurten.",
  minutesInvalid: "Vul een aantal minuten van 1 tot en met 60 in, of laat het leeg.",
  moveUp: (name) => `${name} eerder aan de beurt`,
  moveDown: (name) => `${name} later aan de beurt`,
  noRoundHere: "Intervisie kan bij een casus die een deelnemer inbrengt.",
  outcome: (counts) =>
    `Uitkomst: ${counts.advice} ${counts.advice === 1 ? "advies" : "adviezen"}, ${counts.actionPoints} ${counts.actionPoints === 1 ? "actiepunt" : "actiepunten"}, ` +
    `${counts.escalations} ${counts.escalations === 1 ? "escalatie" : "escalaties"}, ${counts.rounds} ${counts.rounds === 1 ? "intervisieronde" : "intervisierondes"}.`,
  updated: (count) => `Bijgewerkt: ${count} wijzigingen.`,
  versionChanged: "Er is een nieuwe versie van de bijeenkomst; de pagina wordt vernieuwd.",
};
