import { describe, expect, it } from "vitest";
import { drawPeople, emailFor, fictionalPhone } from "./demo-people.ts";
import { Rng } from "./rng.ts";

describe("demo people", () => {
  it("formats numbers from the fictional series only", () => {
    expect(fictionalPhone(605)).toBe("070-174 06 05");
    expect(fictionalPhone(699)).toBe("070-174 06 99");
    expect(() => fictionalPhone(700)).toThrow(/fictional/);
  });
  it("turns Swedish letters into an ASCII address", () => {
    expect(emailFor("Linnéa", "Åkesson")).toBe("linnea.akesson@example.se");
    expect(emailFor("Göran", "Mårtensson")).toBe("goran.martensson@example.se");
  });
  it("draws distinct people and numbers", () => {
    const people = drawPeople(Rng.seeded(1), 60);
    expect(new Set(people.map((p) => p.email)).size).toBe(60);
    expect(new Set(people.map((p) => p.phone)).size).toBe(60);
    expect(() => drawPeople(Rng.seeded(1), 96)).toThrow();
  });
});
