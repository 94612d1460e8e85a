import { describe, expect, it } from "vitest";
import {
  dueForErasure,
  isRetentionDue,
  monthsBefore,
  type RetentionCandidate,
} from "./retention.ts";

const NOW = new Date("2026-11-30T12:00:00Z");

const group = (over: Partial<RetentionCandidate>): RetentionCandidate => ({
  id: 1,
  status: "inactive",
  status_since: "2020-01-01T00:00:00.000Z",
  inactive_since: null,
  deleted_at: null,
  has_contact: true,
  ...over,
});

describe("monthsBefore", () => {
  it("goes back whole calendar months, keeping the time of day", () => {
    expect(monthsBefore(NOW, 24).toISOString()).toBe("2024-11-30T12:00:00.000Z");
    expect(monthsBefore(NOW, 1).toISOString()).toBe("2026-10-30T12:00:00.000Z");
    expect(monthsBefore(NOW, 11).toISOString()).toBe("2025-12-30T12:00:00.000Z");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(monthsBefore(new Date("2026-03-31T08:00:00Z"), 1).toISOString()).toBe(
      "2026-02-28T08:00:00.000Z",
    );
    expect(monthsBefore(new Date("2028-03-31T00:00:00Z"), 1).toISOString()).toBe(
      "2028-02-29T00:00:00.000Z",
    );
  });
});

describe("isRetentionDue (24 months, now 2026-11-30T12:00Z: cutoff 2024-11-30T12:00Z)", () => {
  it("erases an inactive group whose status changed before the cutoff", () => {
    expect(isRetentionDue(group({ status_since: "2024-11-30T11:59:59.999Z" }), 24, NOW)).toBe(true);
  });

  it("keeps one that became inactive at or after the cutoff", () => {
    expect(isRetentionDue(group({ status_since: "2024-11-30T12:00:00.000Z" }), 24, NOW)).toBe(
      false,
    );
    expect(isRetentionDue(group({ status_since: "2026-01-01T00:00:00.000Z" }), 24, NOW)).toBe(
      false,
    );
  });

  it("counts from the date the group became inactive, when it is known, not from the status change", () => {
    // Imported in 2026 as inactive since 2020: due, though its status was set just now.
    const imported = { status_since: "2026-11-01T08:00:00.000Z", inactive_since: "2020-03-01" };
    expect(isRetentionDue(group(imported), 24, NOW)).toBe(true);
    // The day itself counts from midnight UTC.
    expect(isRetentionDue(group({ inactive_since: "2024-11-30" }), 24, NOW)).toBe(true);
    expect(isRetentionDue(group({ inactive_since: "2024-12-01" }), 24, NOW)).toBe(false);
  });

  it("keeps active and starting groups, however old", () => {
    expect(isRetentionDue(group({ status: "active" }), 24, NOW)).toBe(false);
    expect(isRetentionDue(group({ status: "starting" }), 24, NOW)).toBe(false);
  });

  it("erases a group removed before the cutoff, whatever its status", () => {
    const removed = group({ status: "active", deleted_at: "2024-06-01T00:00:00.000Z" });
    expect(isRetentionDue(removed, 24, NOW)).toBe(true);
  });

  it("judges a recently removed group by its status", () => {
    const removed = { deleted_at: "2026-06-01T00:00:00.000Z" };
    expect(isRetentionDue(group({ ...removed, status: "active" }), 24, NOW)).toBe(false);
    expect(isRetentionDue(group(removed), 24, NOW)).toBe(true);
  });

  it("never counts a group without contact details, or without a status date", () => {
    expect(isRetentionDue(group({ has_contact: false }), 24, NOW)).toBe(false);
    expect(isRetentionDue(group({ status_since: null }), 24, NOW)).toBe(false);
  });
});

describe("dueForErasure", () => {
  const groups = [
    group({ id: 1 }),
    group({ id: 2, status: "active" }),
    group({ id: 3, status_since: "2026-11-01T00:00:00.000Z" }),
  ];

  it("lists the due ids", () => {
    expect(dueForErasure(groups, 24, NOW)).toEqual([1]);
    expect(dueForErasure(groups, 1, NOW)).toEqual([1]);
  });

  it("erases nothing when retention is off", () => {
    expect(dueForErasure(groups, null, NOW)).toEqual([]);
  });
});
