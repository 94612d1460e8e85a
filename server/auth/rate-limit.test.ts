import { expect, it } from "vitest";
import { createLoginLimiter } from "./rate-limit.ts";

it("allows five failures per username in fifteen minutes, then waits for the oldest to age out", () => {
  let now = Date.parse("2026-11-30T10:00:00Z");
  const limiter = createLoginLimiter(() => new Date(now));
  for (let i = 0; i < 5; i++) {
    expect(limiter.retryAfter("Anna", "10.0.0.1")).toBe(0);
    limiter.fail("anna", "10.0.0.1");
    now += 60_000;
  }
  // First failure at 10:00, now 10:05: it ages out at 10:15.
  expect(limiter.retryAfter("ANNA", "10.0.0.9")).toBe(600);
  expect(limiter.retryAfter("bertil", "10.0.0.1")).toBe(0);
  now += 600_000;
  expect(limiter.retryAfter("anna", "10.0.0.1")).toBe(0);
});

it("limits an address trying many usernames, and a success clears only the username", () => {
  const limiter = createLoginLimiter(() => new Date("2026-11-30T10:00:00Z"), {
    windowMinutes: 15,
    perUsername: 5,
    perAddress: 3,
  });
  for (const name of ["a", "b", "c"]) limiter.fail(name, "10.0.0.2");
  expect(limiter.retryAfter("d", "10.0.0.2")).toBe(900);
  expect(limiter.retryAfter("d", "10.0.0.3")).toBe(0);
  limiter.fail("e", "10.0.0.4");
  limiter.succeed("e");
  expect(limiter.retryAfter("d", "10.0.0.2")).toBe(900);
});

it("drops the failures of past windows once many keys are tracked", () => {
  let now = Date.parse("2026-11-30T10:00:00Z");
  const limiter = createLoginLimiter(() => new Date(now));
  for (let i = 0; i < 6_000; i++) limiter.fail(`namn-${i}`, `10.0.${i >> 8}.${i & 255}`);
  expect(limiter.size).toBe(12_000);
  now += 16 * 60_000;
  limiter.fail("ny", "10.9.9.9");
  expect(limiter.size).toBe(2);
});
