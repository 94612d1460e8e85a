// The public quarterly reports: which ended quarters of a kommun's promise periods have a report
// and where, the police area's quarters (which kommuner have a report in each), and the reports
// themselves (report.ts, police-area.ts).
import { type IsoDate, previousMonthEnd } from "../period/dates.ts";
import { quarterEnd, quarterStart, quartersBetween } from "../period/quarters.ts";
import { type PoliceAreaQuarter, policeAreaQuarter } from "./police-area.ts";
import type { PublicPromises } from "./public-promises.ts";
import { ALL, type PublicScopes } from "./public-scope.ts";
import { buildQuarterReport, type QuarterReport, type ReportListItem } from "./report.ts";

/** A kommun's report quarters and the police area's: which kommuner have a report in each. */
export interface PoliceAreaReportItem {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  kommuner: string[];
  url: string;
}

export interface PoliceAreaReport extends PoliceAreaQuarter {
  police_area: string;
  /** The kommuner with a report of their own for the quarter, and where it is. */
  reports: { kommun: string; kommun_name: string; url: string }[];
}

/** @param policeArea the police area's name */
export function createPublicReports(
  scopes: PublicScopes,
  { progress }: PublicPromises,
  policeArea: string,
) {
  const { codes, nameOf, sourceOf, kommunSources, query } = scopes;

  function reports(day: IsoDate, kommun: string): ReportListItem[] {
    const cutoff = previousMonthEnd(day);
    const seen = new Set<string>();
    return sourceOf(kommun)
      .periods()
      .flatMap((p) =>
        quartersBetween(p.starts_on, p.ends_on)
          .filter((q) => quarterEnd(q) <= cutoff && !seen.has(q) && seen.add(q))
          .map((quarter) => ({
            quarter,
            from: quarterStart(quarter),
            to: quarterEnd(quarter),
            period_id: p.id,
            period_name: p.name,
            url: `/rapporter/${quarter}${query(kommun)}`,
          })),
      );
  }

  function policeAreaReports(day: IsoDate): PoliceAreaReportItem[] {
    const byQuarter = new Map<string, string[]>();
    for (const k of codes()) {
      for (const r of reports(day, k))
        byQuarter.set(r.quarter, [...(byQuarter.get(r.quarter) ?? []), k]);
    }
    return [...byQuarter.keys()].sort().map((quarter) => ({
      quarter,
      from: quarterStart(quarter),
      to: quarterEnd(quarter),
      kommuner: byQuarter.get(quarter) as string[],
      // The web page's address: its URL names the whole police area "alla" (web/kommun/kommun.ts).
      url: `/rapporter/${quarter}?kommun=alla`,
    }));
  }

  return {
    reports,
    policeAreaReports,

    /** The report, or undefined when the quarter has not ended or no promise period covers it. */
    report(quarter: string, day: IsoDate, kommun: string): QuarterReport | undefined {
      const item = reports(day, kommun).find((r) => r.quarter === quarter);
      if (!item) return undefined;
      const p = progress(kommun, item.period_id, item.to);
      return p && buildQuarterReport(quarter, p, sourceOf(kommun));
    },

    /** The police area's quarter: its kommuner's figures and their reports. */
    policeAreaReport(quarter: string, day: IsoDate): PoliceAreaReport | undefined {
      const item = policeAreaReports(day).find((r) => r.quarter === quarter);
      if (!item) return undefined;
      return {
        police_area: policeArea,
        ...policeAreaQuarter(quarter, kommunSources(), sourceOf(ALL)),
        reports: item.kommuner.map((k) => ({
          kommun: k,
          kommun_name: nameOf(k),
          url: `/rapporter/${quarter}${query(k)}`,
        })),
      };
    },
  };
}
