// Invented contact persons. Names are common Swedish first and last names combined at random;
// phone numbers come from the series PTS reserves for fiction (070-174 06 05 … 070-174 06 99)
// and e-mail addresses use the reserved domain example.se, so no demo contact can reach anyone.
import type { Rng } from "./rng.ts";

const FIRST = [
  "Anna",
  "Eva",
  "Maria",
  "Karin",
  "Kristina",
  "Lena",
  "Sara",
  "Emma",
  "Ingrid",
  "Malin",
  "Johanna",
  "Sofia",
  "Birgitta",
  "Ulla",
  "Helena",
  "Annika",
  "Elin",
  "Åsa",
  "Linnéa",
  "Gunilla",
  "Lars",
  "Anders",
  "Johan",
  "Per",
  "Karl",
  "Erik",
  "Peter",
  "Mikael",
  "Jan",
  "Hans",
  "Magnus",
  "Fredrik",
  "Daniel",
  "Björn",
  "Stefan",
  "Mats",
  "Nils",
  "Jonas",
  "Göran",
  "Ola",
];
const LAST = [
  "Andersson",
  "Johansson",
  "Karlsson",
  "Nilsson",
  "Eriksson",
  "Larsson",
  "Olsson",
  "Persson",
  "Svensson",
  "Gustafsson",
  "Pettersson",
  "Jönsson",
  "Hansson",
  "Bengtsson",
  "Lindberg",
  "Håkansson",
  "Mårtensson",
  "Åkesson",
  "Ohlsson",
  "Lundgren",
  "Sjöberg",
  "Holm",
  "Nyström",
  "Lindahl",
  "Ekström",
  "Palm",
  "Möller",
  "Trulsson",
  "Nordström",
  "Ståhl",
];

export const PHONE_FIRST = 605;
export const PHONE_LAST = 699;

/** 070-174 06 05 style, for a number in the fictional series 0701740605–0701740699. */
export function fictionalPhone(n: number): string {
  if (!(Number.isInteger(n) && n >= PHONE_FIRST && n <= PHONE_LAST)) {
    throw new Error(`${n} is outside the fictional series`);
  }
  const tail = String(n).padStart(4, "0"); // "0605"
  return `070-174 ${tail.slice(0, 2)} ${tail.slice(2)}`;
}

/** ASCII e-mail local part: å/ä → a, ö → o, é → e; the rest lower-cased. */
export function emailFor(first: string, last: string): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replace(/[åä]/g, "a")
      .replace(/ö/g, "o")
      .replace(/é/g, "e")
      .replace(/[^a-z-]/g, "");
  return `${ascii(first)}.${ascii(last)}@example.se`;
}

export interface Person {
  name: string;
  phone: string;
  email: string;
}

/** Draws `count` people with distinct names and distinct numbers from the fictional series. */
export function drawPeople(rng: Rng, count: number): Person[] {
  const phones = rng.shuffle(
    Array.from({ length: PHONE_LAST - PHONE_FIRST + 1 }, (_, i) => PHONE_FIRST + i),
  );
  if (count > phones.length) throw new Error(`Only ${phones.length} fictional numbers exist`);
  const used = new Set<string>();
  const out: Person[] = [];
  while (out.length < count) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const email = emailFor(first, last);
    if (used.has(email)) continue;
    used.add(email);
    out.push({
      name: `${first} ${last}`,
      phone: fictionalPhone(phones[out.length] as number),
      email,
    });
  }
  return out;
}
