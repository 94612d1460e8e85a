// Pure: which kommuner a caller works for. The police, and an administrator of the police area,
// cover every kommun of the deployment; a planner, and an administrator of a kommun, the kommuner
// their account lists (those the deployment covers). A request may narrow that to one kommun it
// names (`?kommun=1262`); naming one outside is refused. Every scoped query and write takes the
// list this returns (server/kommun/sql.ts), so the kommun is applied in one place under the routes.

export type AccountScope = "kommun" | "police_area";

export interface Coverable {
  scope: AccountScope;
  /** The kommuner the account lists (unused for the police area's scope). */
  kommuner: readonly string[];
}

/** The deployment's kommuner the account covers, in the deployment's order. */
export function covered(account: Coverable, deployed: readonly string[]): string[] {
  if (account.scope === "police_area") return [...deployed];
  return deployed.filter((k) => account.kommuner.includes(k));
}

export type Narrowed =
  | { ok: true; kommuner: string[] }
  | { ok: false; code: "bad_request" | "kommun_forbidden"; message: string };

/** The kommuner a request works on: all it covers, or the one it names if it covers that one. */
export function narrow(
  coveredKommuner: readonly string[],
  requested: string | undefined,
): Narrowed {
  if (requested === undefined || requested === "")
    return { ok: true, kommuner: [...coveredKommuner] };
  if (!/^\d{4}$/.test(requested)) {
    return {
      ok: false,
      code: "bad_request",
      message: "kommun must be a kommun code of four digits, e.g. 1262",
    };
  }
  if (!coveredKommuner.includes(requested)) {
    return {
      ok: false,
      code: "kommun_forbidden",
      message: `Your account does not cover kommun ${requested}`,
    };
  }
  return { ok: true, kommuner: [requested] };
}

/** True when the list covers the kommun (e.g. the kommun of the area a write is for). */
export const covers = (kommuner: readonly string[], kommun: string) => kommuner.includes(kommun);
