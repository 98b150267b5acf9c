import { test } from "node:test";
import assert from "node:assert/strict";
import { guestName } from "../src/agenda-guest.js";

const institutions = [
  { id: "buurtteam", name: "Buurtteam Noordoost", retired: false, contacts: [{ id: "youssef", name: "Youssef Benali", retired: false }] },
  { id: "oud", name: "Oude instelling", retired: true, contacts: [{ id: "iemand", name: "Iemand", retired: true }] },
];

test("a guest from the social map is named after the institution and its contact person", () => {
  assert.equal(guestName({ institutionId: "buurtteam", contactPersonId: "youssef" }, institutions), "Buurtteam Noordoost (Youssef Benali)");
  assert.equal(guestName({ institutionId: "buurtteam" }, institutions), "Buurtteam Noordoost");
});

test("a named guest is shown by the name the coordinator gave", () => {
  assert.equal(guestName({ name: "Mevrouw Bakker, Wmo-consulent" }, institutions), "Mevrouw Bakker, Wmo-consulent");
});

test("a retired institution keeps its name, marked once", () => {
  assert.equal(guestName({ institutionId: "oud", contactPersonId: "iemand" }, institutions), "Oude instelling (niet meer actief) (Iemand)");
});

test("no guest, or an institution the room does not know", () => {
  assert.equal(guestName(null, institutions), "");
  assert.equal(guestName({ institutionId: "weg" }, institutions), "onbekende instelling");
});
