import { describe, expect, it } from "vitest";
import { rolesFor } from "../../server/auth/access.ts";
import {
  ADMIN,
  loginHref,
  mayUse,
  PLANNING,
  POLICE,
  type Role,
  SHARED,
  safeNext,
} from "./roles.ts";

describe("mayUse", () => {
  it("opens public views to everyone, the public included", () => {
    expect(mayUse(undefined, null)).toBe(true);
    expect(mayUse(undefined, "police")).toBe(true);
  });
  it("needs a role in the list", () => {
    expect(mayUse(PLANNING, null)).toBe(false);
    expect(mayUse(PLANNING, "police")).toBe(false);
    expect(mayUse(PLANNING, "admin")).toBe(true);
    expect(mayUse(SHARED, "police")).toBe(true);
  });
});

describe("safeNext", () => {
  it("keeps a path on this site", () => {
    expect(safeNext("/prioritering?w_dna=3#karta=1")).toBe("/prioritering?w_dna=3#karta=1");
  });
  it("refuses other sites and odd input", () => {
    expect(safeNext("//evil.example/")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
    expect(safeNext("https://evil.example/")).toBe("/");
    expect(safeNext(null)).toBe("/");
    expect(safeNext("/logga-in?next=/x")).toBe("/");
  });
  it("judges the path as the browser resolves it, tabs, newlines and backslashes included", () => {
    // The query of /logga-in?next=%2F%09%2Fevil.example%2F, as the login view reads it.
    const tabbed = new URLSearchParams("next=%2F%09%2Fevil.example%2F").get("next");
    expect(tabbed).toBe("/\t/evil.example/");
    expect(safeNext(tabbed)).toBe("/");
    expect(safeNext("/\n/evil.example/")).toBe("/");
    expect(safeNext("/\r\n/evil.example")).toBe("/");
    expect(safeNext("/\t\\evil.example")).toBe("/");
    expect(safeNext("/\\/evil.example")).toBe("/");
    expect(safeNext("/\t/logga-in")).toBe("/");
  });
  it("gives back the path it judged, on the page's own origin", () => {
    const origin = "http://localhost:8080";
    expect(safeNext("/karta?omr=1#x", origin)).toBe("/karta?omr=1#x");
    expect(safeNext("/polis/\tnarvaro", origin)).toBe("/polis/narvaro");
    expect(safeNext("/../admin", origin)).toBe("/admin");
    expect(safeNext("/\t/evil.example/", origin)).toBe("/");
  });
});

describe("loginHref", () => {
  it("carries where to come back to", () => {
    expect(loginHref("/polis/narvaro")).toBe("/logga-in?next=%2Fpolis%2Fnarvaro");
    expect(loginHref("/")).toBe("/logga-in");
  });
});

describe("the role lists match the server's access table", () => {
  const same = (path: string, method = "GET") => [...(rolesFor(method, path) as Role[])].sort();
  it("for the views' main endpoints", () => {
    expect(same("/api/priorities")).toEqual([...PLANNING].sort());
    expect(same("/api/visits", "POST")).toEqual([...PLANNING].sort());
    expect(same("/api/areas")).toEqual([...SHARED].sort());
    expect(same("/api/promises/progress")).toEqual([...SHARED].sort());
    expect(same("/api/promises/1", "PATCH")).toEqual([...PLANNING].sort());
    expect(same("/api/internal/lagesbild", "POST")).toEqual([...SHARED].sort());
    expect(same("/api/internal/presence")).toEqual([...POLICE].sort());
    expect(same("/api/internal/coverage")).toEqual([...POLICE].sort());
    expect(same("/api/admin/accounts")).toEqual([...ADMIN].sort());
  });
});
