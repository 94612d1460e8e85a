import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "./log.ts";
import { ACTION_WORDS, alternatives, ENTITY_WORDS, matchesAll, searchTerms } from "./words.ts";

describe("the audit log's words", () => {
  it("names every action and every kind of record in Swedish and English", () => {
    for (const a of AUDIT_ACTIONS) expect(ACTION_WORDS[a].sv && ACTION_WORDS[a].en).toBeTruthy();
    for (const e of AUDIT_ENTITIES) expect(ENTITY_WORDS[e].sv && ENTITY_WORDS[e].en).toBeTruthy();
  });

  it("expands a typed word to the codes whose names contain it, in any case", () => {
    expect(alternatives("Inloggning")).toEqual(["inloggning", "login", "login-failed"]);
    expect(alternatives("loggade")).toEqual(["loggade", "login", "logout"]);
    expect(alternatives("VANDRING")).toEqual(["vandring", "safety_walk"]);
    expect(alternatives("skapade")).toEqual(["skapade", "create"]);
    expect(alternatives("grannsamverkan")).toEqual(["grannsamverkan", "watch_groups"]);
    expect(alternatives("eva")).toEqual(["eva"]);
  });

  it("needs every word, each in one of its forms", () => {
    const row = 'eva create visits 12 {"kind":"safety_walk","area_id":"12300001"}';
    expect(matchesAll(row, searchTerms("Ev skapade vandring"))).toBe(true);
    expect(matchesAll(row, searchTerms("ev ändrade"))).toBe(false);
    expect(matchesAll(row, searchTerms("12300001"))).toBe(true);
    expect(matchesAll("åsa login accounts 3", searchTerms("ÅSA loggade"))).toBe(true);
    expect(searchTerms("  xq  zz ")).toEqual([["xq"], ["zz"]]);
  });
});
