import { describe, expect, it } from "vitest";
import { refuseAccountChange } from "./account-rules.ts";

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
