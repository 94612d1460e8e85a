// The imports accept, as column names and as values, every label the web app itself shows for a
// field or a value, in Swedish and in English: a coordinator who copies the form's wording into
// a spreadsheet header is never refused. (The contact person's name is labelled "Namn" under a
// "Kontaktperson" heading in the form; "Namn" alone is the group's name, so that label is
// accepted as the column the file means: "Kontaktperson".)
import { describe, expect, it } from "vitest";
import type { ImportKind } from "../../server/imports/columns.ts";
import { columnNamed } from "../../server/imports/header.ts";
import {
  GROUP_STATUS_WORDS,
  ORGANISER_WORDS,
  readVisitKind,
  readWord,
  TOPIC_WORDS,
} from "../../server/imports/words.ts";
import { en } from "../i18n/en.ts";
import { sv } from "../i18n/sv.ts";

const LANGS = { sv, en };

/** [kind, field, the label as the app shows it] for each language. */
const labels = (m: typeof sv): [ImportKind, string, string][] => {
  const r = m.planner.record;
  return [
    ["visits", "kind", r.visitKind],
    ["visits", "date", r.date],
    ["visits", "area", r.area],
    ["visits", "topic", r.topic],
    ["visits", "organisers", r.organisers],
    ["visits", "organisers", m.panel.organisers],
    ["visits", "attendees", r.attendees],
    ["visits", "attendees", m.panel.attendees],
    ["visits", "kits", r.kitsHanded],
    ["visits", "kits", m.panel.kits],
    ["visits", "participants", r.participants],
    ["visits", "notes", r.notes],
    ["watch-groups", "area", r.area],
    ["watch-groups", "name", r.groupName],
    ["watch-groups", "status", r.groupStatus],
    ["watch-groups", "households", r.households],
    ["watch-groups", "started_on", r.startedOn],
    ["watch-groups", "contact_phone", r.contactPhone],
    ["watch-groups", "contact_email", r.contactEmail],
    ["dna-kits", "area", r.area],
    ["dna-kits", "kits", r.kitsCount],
    ["dna-kits", "handed_out_on", r.handedOutOn],
  ];
};

describe("the app's own labels", () => {
  for (const [lang, m] of Object.entries(LANGS)) {
    it(`name the right column (${lang})`, () => {
      for (const [kind, field, label] of labels(m)) {
        expect(columnNamed(kind, label)?.field, `${kind}: ${label}`).toBe(field);
      }
    });

    it(`are read as the right value (${lang})`, () => {
      for (const [value, label] of Object.entries(m.visitKind)) {
        expect(readVisitKind(label), label).toEqual({ ok: true, value: { kind: value } });
      }
      const tables = [
        [m.visitTopic, TOPIC_WORDS],
        [m.organiser, ORGANISER_WORDS],
        [m.groupStatus, GROUP_STATUS_WORDS],
      ] as const;
      for (const [shown, words] of tables) {
        for (const [value, label] of Object.entries(shown)) {
          expect(readWord(words, label), label).toEqual({ ok: true, value });
        }
      }
    });
  }
});
