// Demo watch groups (grannsamverkansområden) per area, by the area's coverage profile.
import { dayNumber, isoDay } from "./dates.ts";
import { type DemoPlan, isRural, profileOf } from "./demo-plan.ts";
import type { DemoArea, WatchGroup } from "./demo-types.ts";
import type { Rng } from "./rng.ts";

/** All groups of an area together stay under this share of its estimated households. */
export const MAX_GROUP_SHARE = 0.65;

const TOWN_PARTS = ["norr", "syd", "öst", "väst", "mitt", "nordost", "sydväst"];
const VILLAGE_PARTS = ["by", "norr", "syd", "öst", "väst", "gårdarna"];

/** A group without contact details yet; people are attached once all groups are known. */
export type GroupDraft = Omit<
  WatchGroup,
  "id" | "contact_name" | "contact_phone" | "contact_email"
>;

function dayBetween(rng: Rng, from: string, to: string): string {
  return isoDay(rng.int(dayNumber(from), dayNumber(to)));
}

/** When an inactive group stopped: a year or more after it started, before the 2018 promises. */
export function endOf(rng: Rng, startedOn: string): string {
  return dayBetween(rng, isoDay(dayNumber(startedOn) + 365), "2017-12-31");
}

interface Spec {
  status: WatchGroup["status"];
  from: string;
  to: string;
}

function specsFor(
  rng: Rng,
  plan: DemoPlan,
  area: DemoArea,
  startingOn: string | undefined,
): Spec[] {
  const old = (status: WatchGroup["status"]): Spec => ({
    status,
    from: "2009-03-01",
    to: "2017-11-30",
  });
  const fresh: Spec = { status: "active", from: "2018-08-15", to: "2019-11-30" };
  const inactive: Spec = { status: "inactive", from: "2007-04-01", to: "2014-10-31" };
  const specs: Spec[] = [];
  switch (profileOf(plan, area)) {
    case "strong":
      for (let i = rng.int(3, 4); i > 0; i--) specs.push(old("active"));
      if (rng.chance(0.6)) specs.push(fresh);
      if (rng.chance(0.4)) specs.push(inactive);
      break;
    case "some":
      for (let i = isRural(area) ? 1 : rng.int(1, 2); i > 0; i--) specs.push(old("active"));
      if (rng.chance(0.3)) specs.push(fresh);
      if (rng.chance(0.35)) specs.push(inactive);
      break;
    case "starting": {
      // The group is forming a few weeks after the area's information session.
      const after = startingOn ?? "2019-03-01";
      const from = isoDay(dayNumber(after) + 21);
      specs.push({ status: "starting", from, to: isoDay(dayNumber(after) + 70) });
      break;
    }
    case "none":
      break;
  }
  return specs;
}

/**
 * Groups per area. Town groups are a few streets (12–60 households); village groups in the
 * countryside are fewer but spread over more homes. Sizes are scaled down if needed so the area's
 * groups never exceed MAX_GROUP_SHARE of its households.
 */
export function draftGroups(
  rng: Rng,
  plan: DemoPlan,
  areas: readonly DemoArea[],
  startingAfter: ReadonlyMap<string, string>,
): GroupDraft[] {
  const out: GroupDraft[] = [];
  for (const area of areas) {
    const specs = specsFor(rng, plan, area, startingAfter.get(area.id));
    if (specs.length === 0) continue;
    const parts = rng.shuffle(isRural(area) ? VILLAGE_PARTS : TOWN_PARTS);
    const [lo, hi] = isRural(area) ? [20, 70] : [12, 60];
    let sizes = specs.map((s) => (s.status === "starting" ? rng.int(8, 20) : rng.int(lo, hi)));
    const cap = Math.floor(area.households * MAX_GROUP_SHARE);
    const sum = sizes.reduce((a, b) => a + b, 0);
    if (sum > cap) sizes = sizes.map((n) => Math.max(1, Math.floor((n * cap) / sum)));
    specs.forEach((s, i) => {
      const part = specs.length === 1 && isRural(area) ? "by" : parts[i % parts.length];
      out.push({
        area_id: area.id,
        name: `Grannsamverkan ${area.name} ${part}`,
        status: s.status,
        households: sizes[i] ?? 1,
        started_on: dayBetween(rng, s.from, s.to),
      });
    });
  }
  return out;
}
