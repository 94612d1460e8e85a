// SQL for a watch group's status on a past day, so counts over time use the status each group had
// then, not the one it has today. A group is active on a day from its start until it became
// inactive; a group still 'starting' has not been active yet. One spelling for every query.

/**
 * The day an inactive group stopped: the date given (on import or in the API, or its start for a
 * group recorded as already inactive, migration 009), else the day it was set inactive here.
 */
export const GROUP_ENDED_ON_SQL = "COALESCE(g.inactive_since, substr(g.status_since, 1, 10))";

/** 1 when the group `g` was active on the day in the SQL expression `day`. */
export function activeOnSql(day: string, g = "g"): string {
  return `(${g}.started_on <= ${day} AND (${g}.status = 'active' OR (${g}.status = 'inactive'
    AND ${GROUP_ENDED_ON_SQL.replaceAll("g.", `${g}.`)} > ${day})))`;
}

/** 1 when the group `g` had been registered as starting by the day in `day`. */
export function startingOnSql(day: string, g = "g"): string {
  return `(${g}.status = 'starting' AND ${g}.started_on <= ${day})`;
}
