// Which kommun a view shows, kept in the URL (?kommun=1262, or ?kommun=alla for the whole police
// area), so a link to Lomma's ranking opens Lomma's ranking. Pure: the choice read from the URL
// against the kommuner the caller may see, the query parameter the API is asked with, and the
// grouping of rows by kommun (the lägesbild's sections).

export interface Kommun {
  code: string;
  name: string;
}

/** The whole police area: every kommun the caller covers. */
export const ALL = "alla";
/** A kommun's code, or ALL. */
export type KommunChoice = string;

/** The URL parameter the choice is kept in. */
export const KOMMUN_PARAM = "kommun";

export interface ChoiceOptions {
  /** The kommuner the caller may choose between (their own, or the deployment's for the public). */
  kommuner: readonly Kommun[];
  /** Shown when the URL names none, or one outside `kommuner`. */
  fallback: KommunChoice;
  /** Whether the whole police area is a choice (police views, the public map). */
  allowAll: boolean;
}

/**
 * The kommun the URL names, when it is one of `kommuner` (or ALL, when allowed); otherwise the
 * fallback. A single kommun is always that kommun: there is nothing to choose.
 * @example choiceIn("1262", { kommuner: [{code:"1230",…},{code:"1262",…}], fallback: "1230", allowAll: false }) // "1262"
 */
export function kommunChoiceIn(raw: string | null, o: ChoiceOptions): KommunChoice {
  const [only] = o.kommuner;
  if (o.kommuner.length === 1 && only) return only.code;
  if (raw === ALL && o.allowAll && o.kommuner.length > 1) return ALL;
  if (raw !== null && o.kommuner.some((k) => k.code === raw)) return raw;
  if (o.fallback === ALL && !o.allowAll) return o.kommuner[0]?.code ?? ALL;
  return o.fallback;
}

/** Whether the view offers a choice at all: only to someone who covers more than one kommun. */
export const hasChoice = (kommuner: readonly Kommun[]) => kommuner.length > 1;

/**
 * What a logged-in API call is narrowed by: `{ kommun }` for one kommun, nothing for the whole
 * police area (the server then answers for every kommun the caller covers).
 */
export function workKommunQuery(choice: KommunChoice | undefined): { kommun?: string } {
  return choice && choice !== ALL ? { kommun: choice } : {};
}

/**
 * What a public API call is asked with: the kommun, or `all` for the police area as a whole; nothing
 * when the deployment names no kommuner (a single-kommun installation of the earlier kind).
 */
export function publicKommunQuery(choice: KommunChoice | undefined): { kommun?: string } {
  if (!choice) return {};
  return { kommun: choice === ALL ? "all" : choice };
}

/** The kommun's name, or the code when the list does not have it. */
export function kommunName(kommuner: readonly Kommun[], code: string): string {
  return kommuner.find((k) => k.code === code)?.name ?? code;
}

export interface KommunGroup<T> {
  /** The kommun's code; "" for rows whose kommun is not known. */
  code: string;
  name: string;
  items: T[];
}

/**
 * Rows grouped by their kommun, in the order of `kommuner` (then any kommun not in it, then the
 * rows of no known kommun); empty groups are left out. `only` keeps one kommun's group.
 */
export function groupByKommun<T>(
  items: readonly T[],
  kommunOf: (item: T) => string | undefined,
  kommuner: readonly Kommun[],
  only?: string,
): KommunGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const code = kommunOf(item) ?? "";
    if (only && only !== ALL && code !== only) continue;
    const list = groups.get(code);
    if (list) list.push(item);
    else groups.set(code, [item]);
  }
  const known = kommuner.map((k) => k.code).filter((c) => groups.has(c));
  const other = [...groups.keys()].filter((c) => c !== "" && !known.includes(c)).sort();
  const order = [...known, ...other, ...(groups.has("") ? [""] : [])];
  return order.map((code) => ({
    code,
    name: code ? kommunName(kommuner, code) : "",
    items: groups.get(code) ?? [],
  }));
}

/** The kommun of an area feature, when the answer carries one (every area does, issue 15). */
export function areaKommun(feature: { properties: object }): string | undefined {
  const k = (feature.properties as { kommun?: unknown }).kommun;
  return typeof k === "string" ? k : undefined;
}

/**
 * The features of one kommun (all of them for ALL or no choice). The server answers for the kommun
 * asked; this keeps a page right against a server that does not narrow yet. Features that carry
 * no kommun are kept: there is nothing to tell them apart by.
 */
export function featuresOf<F extends { properties: object }>(
  features: readonly F[],
  choice: KommunChoice | undefined,
): F[] {
  if (!choice || choice === ALL) return [...features];
  return features.filter((f) => {
    const k = areaKommun(f);
    return k === undefined || k === choice;
  });
}
