import { describe, expect, it } from "vitest";
import {
  manages,
  refuseAccountChange,
  refuseGrant,
  refuseNarrowing,
  resolveScope,
} from "./account-rules.ts";

const admin = { id: 2, role: "admin" as const, disabled: false };
const planner = { id: 3, role: "planner" as const, disabled: false };

describe("refuseAccountChange", () => {
  it("allows changes that neither disable nor demote", () => {
    expect(refuseAccountChange(admin, {}, 1, 1)).toBeNull();
    expect(refuseAccountChange(admin, { role: "admin", disabled: false }, 1, 1)).toBeNull();
    expect(refuseAccountChange(planner, { role: "admin" }, 1, 1)).toBeNull();
  });

  it("allows disabling or demoting an admin when another enabled admin remains", () => {
    expect(refuseAccountChange(admin, { disabled: true }, 1, 2)).toBeNull();
    expect(refuseAccountChange(admin, { role: "police" }, 1, 2)).toBeNull();
  });

  it("refuses the last enabled admin, also when it is the caller's own account", () => {
    expect(refuseAccountChange(admin, { disabled: true }, 2, 1)).toMatchObject({
      code: "last_admin",
      message: expect.stringMatching(/last enabled admin/),
    });
    expect(refuseAccountChange(admin, { disabled: true }, 1, 1)?.message).toMatch(
      /last enabled admin/,
    );
    expect(refuseAccountChange(admin, { role: "planner" }, 1, 1)?.message).toMatch(
      /demote the last/,
    );
  });

  it("refuses an admin disabling or demoting themself, even with other admins", () => {
    expect(refuseAccountChange(admin, { disabled: true }, 2, 5)).toMatchObject({
      code: "own_account",
      message: expect.stringMatching(/your own account/),
    });
    expect(refuseAccountChange(admin, { role: "police" }, 2, 5)?.message).toMatch(
      /demote your own/,
    );
  });

  it("lets a disabled admin be demoted, and a non-admin be disabled, whatever the admin count", () => {
    expect(refuseAccountChange({ ...admin, disabled: true }, { role: "planner" }, 1, 1)).toBeNull();
    expect(refuseAccountChange(planner, { disabled: true }, 1, 1)).toBeNull();
  });
});

const DEPLOYED = ["1230", "1231", "1261", "1262"];

describe("resolveScope", () => {
  it("puts the police in the police area, and refuses a kommun for them", () => {
    expect(resolveScope({ role: "police" }, DEPLOYED, undefined)).toEqual({
      ok: true,
      scope: "police_area",
      kommuner: [],
    });
    expect(resolveScope({ role: "police", scope: "kommun" }, DEPLOYED, undefined)).toMatchObject({
      ok: false,
      fields: [{ field: "scope" }],
    });
  });
  it("gives a planner the kommuner named, sorted, or the fallback, and refuses unknown ones", () => {
    expect(
      resolveScope({ role: "planner", kommuner: ["1262", "1230"] }, DEPLOYED, ["1231"]),
    ).toEqual({ ok: true, scope: "kommun", kommuner: ["1230", "1262"] });
    expect(resolveScope({ role: "planner" }, DEPLOYED, ["1231"])).toMatchObject({
      kommuner: ["1231"],
    });
    const bad = resolveScope({ role: "planner", kommuner: ["0180"] }, DEPLOYED, undefined);
    expect(bad).toMatchObject({ ok: false, fields: [{ field: "kommuner" }] });
    expect(JSON.stringify(bad)).toMatch(/0180 is not a kommun of this deployment/);
    expect(resolveScope({ role: "planner" }, DEPLOYED, undefined)).toMatchObject({ ok: false });
  });
  it("lets an admin be of the police area, listing no kommun", () => {
    expect(resolveScope({ role: "admin" }, DEPLOYED, undefined)).toMatchObject({
      ok: true,
      scope: "police_area",
    });
    expect(
      resolveScope(
        { role: "admin", scope: "police_area", kommuner: ["1230"] },
        DEPLOYED,
        undefined,
      ),
    ).toMatchObject({ ok: false, fields: [{ field: "kommuner" }] });
  });
});

describe("manages and refuseGrant", () => {
  const lomma = { policeArea: false, kommuner: ["1262"] };
  const policeArea = { policeArea: true, kommuner: DEPLOYED };
  it("lets a kommun's admin manage only accounts wholly of their kommuner", () => {
    expect(manages(lomma, { scope: "kommun", kommuner: ["1262"] })).toBe(true);
    expect(manages(lomma, { scope: "kommun", kommuner: ["1262", "1230"] })).toBe(false);
    expect(manages(lomma, { scope: "kommun", kommuner: [] })).toBe(false);
    expect(manages(lomma, { scope: "police_area", kommuner: [] })).toBe(false);
    expect(manages(policeArea, { scope: "police_area", kommuner: [] })).toBe(true);
  });
  it("refuses a kommun's admin the police area and other kommuner", () => {
    expect(refuseGrant(lomma, { scope: "kommun", kommuner: ["1262"] })).toBeNull();
    expect(refuseGrant(lomma, { scope: "police_area", kommuner: [] })).toMatchObject({
      field: "scope",
      code: "police_area_grant",
      message: expect.stringMatching(/police area/),
    });
    expect(refuseGrant(lomma, { scope: "kommun", kommuner: ["1230", "1231"] })).toMatchObject({
      field: "kommuner",
      code: "other_kommun",
      params: { kommun: "1230, 1231" },
    });
    expect(refuseGrant(policeArea, { scope: "police_area", kommuner: [] })).toBeNull();
  });
});

describe("refuseNarrowing", () => {
  const paAdmin = {
    id: 2,
    role: "admin" as const,
    disabled: false,
    scope: "police_area" as const,
    kommuner: [],
  };
  const toKommun = { role: "admin" as const, scope: "kommun" as const, disabled: false };
  it("keeps the last police-area admin, and refuses narrowing one's own account", () => {
    expect(refuseNarrowing(paAdmin, toKommun, 1, 1)).toMatchObject({
      code: "last_admin",
      message: expect.stringMatching(/last enabled administrator/),
    });
    expect(refuseNarrowing(paAdmin, toKommun, 2, 3)).toMatchObject({
      code: "own_account",
      message: expect.stringMatching(/your own/),
    });
    expect(refuseNarrowing(paAdmin, toKommun, 1, 2)).toBeNull();
    expect(refuseNarrowing(paAdmin, { ...toKommun, scope: "police_area" }, 2, 1)).toBeNull();
  });
});
