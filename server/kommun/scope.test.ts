import { describe, expect, it } from "vitest";
import { covered, narrow } from "./scope.ts";

const DEPLOYED = ["1230", "1231", "1261", "1262"];

describe("covered", () => {
  it("gives the police area's scope every deployed kommun", () => {
    expect(covered({ scope: "police_area", kommuner: [] }, DEPLOYED)).toEqual(DEPLOYED);
  });
  it("gives a kommun's account the deployed kommuner it lists, in the deployment's order", () => {
    expect(covered({ scope: "kommun", kommuner: ["1262", "1230", "9999"] }, DEPLOYED)).toEqual([
      "1230",
      "1262",
    ]);
    expect(covered({ scope: "kommun", kommuner: [] }, DEPLOYED)).toEqual([]);
  });
});

describe("narrow", () => {
  it("keeps every covered kommun, or the one named when it is covered", () => {
    expect(narrow(["1230", "1262"], undefined)).toEqual({ ok: true, kommuner: ["1230", "1262"] });
    expect(narrow(["1230", "1262"], "1262")).toEqual({ ok: true, kommuner: ["1262"] });
  });
  it("refuses a kommun not covered, and one that is not a code", () => {
    expect(narrow(["1230"], "1262")).toMatchObject({ ok: false, code: "kommun_forbidden" });
    expect(narrow(["1230"], "Lomma")).toMatchObject({
      ok: false,
      message: expect.stringContaining("four digits"),
    });
  });
});
