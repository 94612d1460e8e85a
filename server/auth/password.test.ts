import { expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "./password.ts";

const CHEAP = { N: 1024, r: 8, p: 1 };

it("stores scrypt with its cost and salt, and verifies only the right password", async () => {
  const stored = await hashPassword("korrekt häst batteri", CHEAP);
  expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  expect(await verifyPassword("korrekt häst batteri", stored)).toBe(true);
  expect(await verifyPassword("korrekt hast batteri", stored)).toBe(false);
  // Unicode is normalised: a composed and a decomposed "ä" are the same password.
  expect(await verifyPassword("korrekt ha\u0308st batteri", stored)).toBe(true);
  expect(await hashPassword("korrekt häst batteri", CHEAP)).not.toBe(stored);
  expect(await verifyPassword("x", "test:no-password")).toBe(false);
});

it("uses the default cost of 2^15 when none is given", async () => {
  expect(await hashPassword("ett långt lösenord")).toMatch(/^scrypt\$32768\$8\$1\$/);
});

it("generates 20-character passwords from an unambiguous alphabet", () => {
  const seen = new Set(Array.from({ length: 50 }, generatePassword));
  expect(seen.size).toBe(50);
  for (const p of seen) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
});
