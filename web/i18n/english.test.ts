// English mode has no Swedish left in it: every string a visitor can meet on the public pages
// (the map, /loften, the reports and their export, the login page) is walked for Swedish letters
// and common Swedish words. Names of places and apps are the only Swedish allowed.
import { describe, expect, it } from "vitest";
import { en } from "./en.ts";

/** The public strings: everything but what only logged-in staff see. */
const PUBLIC = {
  app: en.app,
  demo: en.demo,
  language: { label: en.language.label },
  map: en.map,
  visitKind: en.visitKind,
  visitTopic: en.visitTopic,
  organiser: en.organiser,
  auth: { role: en.auth.role, login: en.auth.login, user: en.auth.user, gate: en.auth.gate },
  pub: Object.fromEntries(Object.entries(en.pub).filter(([k]) => k !== "followUp")),
};

/** Names, not words: kept as they are in every language. */
const NAMES = ["Grannkoll", "Staffanstorp", "Coyards", "CoProfs"];
const SWEDISH_LETTERS = /[åäöÅÄÖ]/;
const SWEDISH_WORDS =
  /\b(och|av|för|inte|är|med|till|vid|om|eller|kvartal|kv|hushåll|löfte|löften|område|områden|källa|mål|träff|vecka|veckor|månad|månader|grannsamverkan|märk|demodata|preliminärt|uppfyllt|registrerat|informationsträff|trygghetsvandring|lägesbild|kommun)\b/i;

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

/** A string's Swedish letters or words, names left out. */
function swedishIn(text: string): string[] {
  let rest = text;
  for (const name of NAMES) rest = rest.split(name).join("");
  const found: string[] = [];
  const letters = rest.match(new RegExp(SWEDISH_LETTERS.source, "g"));
  if (letters) found.push(...letters);
  const words = rest.match(new RegExp(SWEDISH_WORDS.source, "gi"));
  if (words) found.push(...words);
  return found;
}

describe("the English public strings", () => {
  const all = strings(PUBLIC, "en");

  it("are walked: every public section is there", () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all.map(([p]) => p)).toContain("en.pub.reports.qualityDemo");
    expect(all.map(([p]) => p)).toContain("en.demo.kinds.lagesbild");
  });

  it("hold no Swedish letters or words but names of places and apps", () => {
    const found = all
      .map(([path, text]) => [path, swedishIn(text)] as const)
      .filter(([, words]) => words.length > 0)
      .map(([path, words]) => `${path}: ${words.join(", ")}`);
    expect(found).toEqual([]);
  });

  it("would catch Swedish left in a string", () => {
    expect(swedishIn("Property marking (märk-DNA) kits")).toEqual(["ä", "märk"]);
    expect(swedishIn("3 av 5 löften")).toEqual(["ö", "av", "löften"]);
    expect(swedishIn("Staffanstorp, Coyards and CoProfs")).toEqual([]);
  });
});
