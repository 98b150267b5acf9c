import { test } from "node:test";
import assert from "node:assert/strict";
import { describeRefusal, refusalSegments, refusedParts } from "../src/privacy-refusal.js";

const part = (text, words, kind, label) => ({ start: text.indexOf(words), length: words.length, kind, label });

test("the refused words are marked with their kind, the rest of the text stays as typed", () => {
  const text = "Mevrouw Yılmaz woont op de Kanaalstraat 12.";
  const parts = [part(text, "Kanaalstraat 12", "address", "een adres"), part(text, "Mevrouw Yılmaz", "name", "een naam")];

  assert.deepEqual(refusalSegments(text, parts), [
    { text: "Mevrouw Yılmaz", kind: "name", label: "een naam" },
    { text: " woont op de " },
    { text: "Kanaalstraat 12", kind: "address", label: "een adres" },
    { text: "." },
  ]);
});

test("the explanation names each kind once, in the order they appear", () => {
  const text = "Bel 06-12345678 of 06-87654321, BSN 123456782.";
  const parts = [
    part(text, "123456782", "bsn", "een BSN"),
    part(text, "06-87654321", "phone", "een telefoonnummer"),
    part(text, "06-12345678", "phone", "een telefoonnummer"),
  ];

  assert.equal(
    describeRefusal(text, parts).explanation,
    "Deze tekst bevat een telefoonnummer, een BSN. Haal het gemarkeerde weg of beschrijf het in algemene woorden.",
  );
});

test("offsets count UTF-16 code units, as the server's do, and leading blanks of the text as sent", () => {
  const text = "\n  😊 Haar BSN is 123456782";
  // Newline 1, two blanks 2, the emoji 2 (a surrogate pair), a blank 1, "Haar BSN is " 12.
  const { segments } = describeRefusal(text, [{ start: 18, length: 9, kind: "bsn", label: "een BSN" }]);

  assert.deepEqual(segments.at(-1), { text: "123456782", kind: "bsn", label: "een BSN" });
  assert.equal(segments.map((s) => s.text).join(""), text);
});

test("a part outside the text or overlapping an earlier one is left unmarked", () => {
  const text = "Kanaalstraat 12";
  const parts = [
    { start: 0, length: 15, kind: "address", label: "een adres" },
    { start: 0, length: 12, kind: "name", label: "een naam" },
    { start: 10, length: 40, kind: "bsn", label: "een BSN" },
    { start: -1, length: 3, kind: "bsn", label: "een BSN" },
    { start: "3", length: 2, kind: "bsn", label: "een BSN" },
  ];

  assert.deepEqual(refusalSegments(text, parts), [{ text, kind: "address", label: "een adres" }]);
});

test("with nothing to mark the text is kept whole and the explanation stays general", () => {
  const { segments, explanation } = describeRefusal("Een tekst", []);

  assert.deepEqual(segments, [{ text: "Een tekst" }]);
  assert.equal(explanation, "Deze tekst bevat gegevens die een persoon herkenbaar maken. Haal het gemarkeerde weg of beschrijf het in algemene woorden.");
});

test("the parts of a field are read from the hub's answer, and none for a field it did not refuse", () => {
  const refusal = { message: "…", fields: [{ field: "advice", parts: [{ start: 0, length: 3, kind: "name", label: "een naam" }] }] };

  assert.equal(refusedParts(refusal, "advice").length, 1);
  assert.deepEqual(refusedParts(refusal, "nextSteps"), []);
  assert.deepEqual(refusedParts(null, "advice"), []);
});
