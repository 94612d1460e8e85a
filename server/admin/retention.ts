// When a watch group's contact details are due for erasure under the retention rule: the group has
// been inactive for more than N months, or was removed more than N months ago. "Inactive since" is
// the date it became inactive when known (inactive_since: given on import or in the API, or its
// start for a group recorded as already inactive), else when its status last changed. Pure: the
// caller passes the clock's time.

export interface RetentionCandidate {
  id: number;
  status: string;
  /** ISO timestamp of the last status change. */
  status_since: string | null;
  /** The date (YYYY-MM-DD) it became inactive, when known; counted from its start, in UTC. */
  inactive_since: string | null;
  /** ISO timestamp of the soft delete, or null. */
  deleted_at: string | null;
  /** Whether any of contact_name, contact_phone, contact_email is stored. */
  has_contact: boolean;
}

/**
 * The instant `months` calendar months before `now`, same time of day, in UTC; a day that the
 * earlier month lacks becomes its last day (2026-03-31 minus 1 month is 2026-02-28).
 */
export function monthsBefore(now: Date, months: number): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(now.getUTCDate(), lastDay);
  const timeOfDay = now.getTime() - Date.UTC(y, now.getUTCMonth(), now.getUTCDate());
  return new Date(Date.UTC(y, m, day) + timeOfDay);
}

const before = (iso: string | null, cutoff: Date) => {
  if (iso === null) return false;
  const t = Date.parse(iso);
  return !Number.isNaN(t) && t < cutoff.getTime();
};

/** True when the group's contact details must be erased now. */
export function isRetentionDue(g: RetentionCandidate, months: number, now: Date): boolean {
  if (!g.has_contact) return false;
  const cutoff = monthsBefore(now, months);
  const longInactive =
    g.status === "inactive" && before(g.inactive_since ?? g.status_since, cutoff);
  return longInactive || before(g.deleted_at, cutoff);
}

/** The ids of the groups due now, in the given order; none when retention is off (null). */
export function dueForErasure(
  groups: readonly RetentionCandidate[],
  months: number | null,
  now: Date,
): number[] {
  if (months === null) return [];
  return groups.filter((g) => isRetentionDue(g, months, now)).map((g) => g.id);
}
