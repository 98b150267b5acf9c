// The name of an agenda item's guest, as the meeting page shows it: an institution of the social map (with its contact
// person) found by id in the room's list, or the guest's own name. A retired one keeps its name, marked.
const RETIRED = "niet meer actief";

export function guestName(guest, institutions) {
  if (!guest) return "";
  if (!guest.institutionId) return guest.name ?? "";
  const institution = (institutions ?? []).find((i) => i.id === guest.institutionId);
  if (!institution) return "onbekende instelling";
  const name = institution.retired ? `${institution.name} (${RETIRED})` : institution.name;
  const contact = guest.contactPersonId ? (institution.contacts ?? []).find((c) => c.id === guest.contactPersonId) : null;
  if (!contact) return name;
  return `${name} (${contact.name}${contact.retired && !institution.retired ? `, ${RETIRED}` : ""})`;
}
