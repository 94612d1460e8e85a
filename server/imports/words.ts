// The fixed words a worded cell may hold (a visit's kind and topic, its organisers, a watch
// group's status) and the readers of those cells: a word is matched folded, and a word outside
// the set is refused naming the accepted Swedish (and English) words. Pure.
import type { ORGANISERS, VISIT_KINDS, VISIT_TOPICS } from "../visits/schema.ts";
import type { WATCH_GROUP_STATUSES } from "../watch-groups/schema.ts";
import { type Reason, reason } from "./reasons.ts";
import { fold, quoted, type Read, splitList, type Words, wordTable } from "./values.ts";

// Each value: its Swedish word (named in messages), its English word, then other spellings,
// among them every label the web app shows for the value (web/i18n: visitKind, visitTopic,
// organiser, groupStatus).
export const VISIT_KIND_WORDS = wordTable<(typeof VISIT_KINDS)[number]>({
  info_session: [
    "informationsträff",
    "information session",
    "informationsmöte",
    "informationstillfälle",
    "infomöte",
    "infoträff",
    "info",
    "möte",
    "session",
    "information meeting",
  ],
  contact_meeting: [
    // What the app itself calls it: a session for contact persons is the contact meeting.
    "informationsträff för kontaktpersoner",
    "information session for contact persons",
    "kontaktpersonsmöte",
    "contact persons' meeting",
    "möte med kontaktombud",
    "möte med kontaktpersoner",
    "kontaktombudsmöte",
    "kontaktombudsträff",
    "kontaktpersonsträff",
    "kontaktmöte",
    "kontaktträff",
    "contact meeting",
    "contact person meeting",
  ],
  safety_walk: ["trygghetsvandring", "safety walk", "trygghetsrond", "vandring", "walk"],
});
export const TOPIC_WORDS = wordTable<(typeof VISIT_TOPICS)[number]>({
  grannsamverkan: [
    "grannsamverkan",
    "neighbourhood watch",
    "grannsamverkans",
    "neighborhood watch",
  ],
  markdna: [
    "märk-DNA",
    "property marking",
    "märk-DNA",
    "dna",
    "märkning",
    "dnamärkning",
    "stöldmärkning",
  ],
  contact_persons: [
    "kontaktpersoner",
    "contact persons",
    "kontaktombud",
    "kontaktpersoners",
    "kontaktombudens",
  ],
  other: ["annat", "other", "övrigt", "annan"],
});
export const ORGANISER_WORDS = wordTable<(typeof ORGANISERS)[number]>({
  police: ["polisen", "the police", "polis", "police", "lokalpolisen", "lpo", "kommunpolis"],
  municipality: [
    "kommunen",
    "the municipality",
    "kommun",
    "municipality",
    "staffanstorps kommun",
    "staffanstorp",
  ],
  volunteers: [
    "polisvolontärer",
    "police volunteers",
    "volontärer",
    "volontär",
    "frivilliga",
    "volunteers",
  ],
  others: ["andra aktörer", "other actors", "andra", "övriga", "annan", "other", "others"],
});
export const GROUP_STATUS_WORDS = wordTable<(typeof WATCH_GROUP_STATUSES)[number]>({
  active: ["aktiv", "active", "igång", "aktiva"],
  starting: ["startar", "starting", "uppstart", "under uppstart", "ny", "startas"],
  inactive: ["vilande", "dormant", "inaktiv", "avslutad", "nedlagd", "inactive"],
});

/** A word from a fixed set, or the reason naming the accepted Swedish (and English) words. */
export function readWord<T extends string>(words: Words<T>, cell: string): Read<T> {
  const hit = words.lookup.get(fold(cell));
  if (hit) return { ok: true, value: hit };
  return notOneOf(words, cell);
}

function notOneOf(words: Words<string>, cell: string): { ok: false } & Reason {
  const params = {
    value: quoted(cell),
    accepted: words.sv.join(", "),
    accepted_en: words.en.join(", "),
  };
  return { ok: false, ...reason("not_one_of", params) };
}

/**
 * The kind of visit, alone or with its topic in one cell as coordinators write it:
 * "Informationsmöte grannsamverkan", "Informationsträff om märk-DNA", "Grannsamverkansmöte".
 */
export function readVisitKind(cell: string): Read<{ kind: string; topic?: string }> {
  // "-träff" is written for "-möte" as often as not: "Informationsträff", "Kontaktombudsträff".
  for (const f of new Set([fold(cell), fold(cell).replace(/traff/g, "mote")])) {
    const hit = kindAndTopic(f);
    if (hit) return { ok: true, value: hit };
  }
  return notOneOf(VISIT_KIND_WORDS, cell);
}

function kindAndTopic(f: string): { kind: string; topic?: string } | undefined {
  const kind = VISIT_KIND_WORDS.lookup.get(f);
  if (kind) return { kind };
  for (let i = 1; i < f.length; i++) {
    const [left, right] = [f.slice(0, i), f.slice(i)];
    const k = VISIT_KIND_WORDS.lookup.get(left);
    const t = TOPIC_WORDS.lookup.get(right.replace(/^(om|for|till)(?=.)/, ""));
    if (k && t) return { kind: k, topic: t };
    const t2 = TOPIC_WORDS.lookup.get(left);
    const k2 = VISIT_KIND_WORDS.lookup.get(right);
    if (t2 && k2) return { kind: k2, topic: t2 };
  }
  return undefined;
}

/**
 * Organisers, several in one cell. A name outside the four (e.g. "Räddningstjänsten") is counted
 * as other organisers, with a warning that says so, rather than refused.
 */
export function readOrganisers(cell: string): Read<string[]> {
  const values: string[] = [];
  const warnings: Reason[] = [];
  for (const part of splitList(cell)) {
    const hit = ORGANISER_WORDS.lookup.get(fold(part));
    if (!hit) warnings.push(reason("organiser_as_others", { value: quoted(part) }));
    const value = hit ?? "others";
    if (!values.includes(value)) values.push(value);
  }
  return { ok: true, value: values, warnings };
}
