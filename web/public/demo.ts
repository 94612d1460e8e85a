// Pure: which kinds of invented (demo) records a public figure rests on, named in the user's
// language, in the order the explanation lists them. The server says per figure, area and quarter
// which kinds it rests on (server/privacy/source-demo.ts, DEMO_KINDS); the web only words them.
import type { TFunction } from "i18next";
import type { DemoKind } from "../../server/privacy/source-demo.ts";

// A record over the server's own type: a new kind of demo record is a type error here (and so gets
// a name in both languages) before it can reach a page unnamed.
const ORDER: Record<DemoKind, number> = {
  watch_groups: 0,
  info_sessions: 1,
  contact_meetings: 2,
  safety_walks: 3,
  dna_kits: 4,
  burglaries: 5,
  messages: 6,
  lagesbild: 7,
};

export const DEMO_KIND_LIST = (Object.keys(ORDER) as DemoKind[]).sort(
  (a, b) => ORDER[a] - ORDER[b],
);

/** The kinds' names, each once, in the explanation's order. */
export function demoKindNames(kinds: readonly DemoKind[], t: TFunction): string[] {
  return [...new Set(kinds)].sort((a, b) => ORDER[a] - ORDER[b]).map((k) => t(`demo.kinds.${k}`));
}
