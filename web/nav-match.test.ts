import { expect, it } from "vitest";
import { isUnder } from "./nav-match.ts";

it("marks a view current on its own path and on pages below it", () => {
  expect(isUnder("/polis", "/polis")).toBe(true);
  expect(isUnder("/polis", "/polis/tackning")).toBe(true);
  expect(isUnder("/rapporter", "/rapporter/2019-Q4")).toBe(true);
  expect(isUnder("/polis", "/polisen")).toBe(false);
  expect(isUnder("/", "/karta")).toBe(false);
  expect(isUnder("/", "/")).toBe(true);
});
