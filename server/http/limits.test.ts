import { describe, expect, it } from "vitest";
import { bodyLimitFor, DEFAULT_BODY_BYTES, nestedDeeperThan } from "./limits.ts";

describe("nestedDeeperThan", () => {
  it("counts arrays and objects, not brackets inside strings", () => {
    expect(nestedDeeperThan('{"a":[[1,2],[3]]}', 3)).toBe(false);
    expect(nestedDeeperThan('{"a":[[1,2],[3]]}', 2)).toBe(true);
    expect(nestedDeeperThan(JSON.stringify({ note: "[[[[[[{{{{{{" }), 1)).toBe(false);
    expect(nestedDeeperThan(JSON.stringify({ note: 'ett "citat" [[[[' }), 1)).toBe(false);
    expect(nestedDeeperThan('{"a":"\\\\"}', 1)).toBe(false);
    expect(nestedDeeperThan('{"a":"\\\\",  "b":[[[]]]}', 3)).toBe(true);
  });

  it("stops at the first level too deep, even in a body that never closes", () => {
    expect(nestedDeeperThan("[".repeat(1_000_000), 16)).toBe(true);
    expect(nestedDeeperThan(`${"[".repeat(16)}${"]".repeat(16)}`, 16)).toBe(false);
  });
});

describe("bodyLimitFor", () => {
  it("gives each route what it needs", () => {
    expect(bodyLimitFor("/api/auth/login")).toBe(4 * 1024);
    expect(bodyLimitFor("/api/visits/12")).toBe(1024 * 1024);
    expect(bodyLimitFor("/api/internal/presence")).toBe(512 * 1024);
    expect(bodyLimitFor("/api/dna-kits")).toBe(DEFAULT_BODY_BYTES);
    expect(bodyLimitFor("/api/authority")).toBe(DEFAULT_BODY_BYTES);
  });
});
