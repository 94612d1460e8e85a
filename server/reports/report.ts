// A quarter's public report as data: what was promised (with status at the quarter's end), what
// was done in the quarter (kommun counts, and a GeoJSON of where at area level), the outcome
// indicators with their sources, and a data-quality note naming the parts that are demo data.
// Everything public: counts are SmallCounts, contact meetings only as a kommun count.
import { createAreaRepo } from "../areas/repo.ts";
import type { AreaGeometry } from "../areas/types.ts";
import type { Db } from "../db/open.ts";
import { addDays, type IsoDate } from "../period/dates.ts";
import { createProgressService } from "../promises/service.ts";
import { publicWatch } from "../public/areas.ts";
import {
  type PublicActivityPromise,
  type PublicGoal,
  type PublicPeriod,
  publicPromises,
} from "../public/promises.ts";
import { type SmallCount, smallCount } from "../public/small-counts.ts";
import { isQuarter, quarterEnd, quarterEnded, quarterStart, quartersBetween } from "./quarters.ts";
import { createReportRepo } from "./report-repo.ts";

export interface ReportListItem {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  period_id: number;
  period_name: string;
  /** The stable public address of the report page. */
  url: string;
}

export type ReportFeature =
  | {
      type: "Feature";
      geometry: AreaGeometry;
      properties: {
        kind: "area";
        id: string;
        name: string;
        watch: "active" | "starting" | "invitation";
        had_activity: boolean;
        info_sessions: SmallCount;
        safety_walks: SmallCount;
      };
    }
  | {
      type: "Feature";
      geometry: { type: "Point"; coordinates: [number, number] };
      properties: { kind: "info_session"; date: IsoDate; area_id: string; topic: string };
    }
  | {
      type: "Feature";
      geometry: { type: "LineString"; coordinates: number[][] };
      properties: { kind: "safety_walk_route"; date: IsoDate; area_id: string };
    };

export interface QuarterReport {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  period: PublicPeriod;
  promised: PublicActivityPromise[];
  done_in_quarter: Record<
    | "info_sessions"
    | "contact_meetings"
    | "safety_walks"
    | "messages"
    | "lagesbild_weeks"
    | "kits"
    | "watch_areas",
    SmallCount
  >;
  indicators: PublicGoal[];
  map: { type: "FeatureCollection"; features: ReportFeature[] };
  data_quality: { demo: boolean; demo_parts: string[]; note_sv: string; note_en: string };
}

const PART_SV: Record<string, string> = {
  visits: "informationstillfällen och trygghetsvandringar",
  dna_kits: "märk-DNA",
  messages: "utskick i Coyards/CoProfs",
  watch_groups: "grannsamverkansområden",
  burglaries: "bostadsinbrott",
  lagesbild: "veckovisa lägesbilder",
};

function note(demoParts: string[]): { note_sv: string; note_en: string } {
  const real = "Löftena och trygghetsmätningens siffror är verkliga (källor anges).";
  const realEn = "The promises and the safety-survey figures are real (sources given).";
  if (demoParts.length === 0) {
    return {
      note_sv: `${real} Aktiviteterna är registrerade av kommunen och polisen.`,
      note_en: `${realEn} Activities are as recorded by the municipality and the police.`,
    };
  }
  const sv = demoParts.map((p) => PART_SV[p] ?? p).join(", ");
  return {
    note_sv: `Uppgifterna om ${sv} är demodata, genererade för demonstration och beskriver inte verkliga händelser. ${real} Antal under 5 visas som "<5".`,
    note_en: `The figures on ${demoParts.join(", ")} are demo data, generated for demonstration and do not describe real events. ${realEn} Counts under 5 are shown as "<5".`,
  };
}

export function createReports(db: Db) {
  const service = createProgressService(db);
  const repo = createReportRepo(db);
  const areas = createAreaRepo(db);

  function list(today: IsoDate): ReportListItem[] {
    const seen = new Set<string>();
    return service.repo.periods().flatMap((p) =>
      quartersBetween(p.starts_on, p.ends_on)
        .filter((q) => quarterEnded(q, today) && !seen.has(q) && seen.add(q))
        .map((quarter) => ({
          quarter,
          from: quarterStart(quarter),
          to: quarterEnd(quarter),
          period_id: p.id,
          period_name: p.name,
          url: `/rapporter/${quarter}`,
        })),
    );
  }

  /** The report, or undefined when the quarter has not ended or no promise period covers it. */
  function report(quarter: string, today: IsoDate): QuarterReport | undefined {
    if (!isQuarter(quarter)) return undefined;
    const item = list(today).find((r) => r.quarter === quarter);
    if (!item) return undefined;
    const range = { from: item.from, to: item.to };
    // Judged as on the day after the quarter: what the public could be told then.
    const progress = service.progress(item.period_id, addDays(item.to, 1));
    if (!progress) return undefined;
    const pub = publicPromises(progress);
    const t = progress.trends.find((x) => x.quarter === quarter);
    const counts = new Map(repo.perArea(range).map((r) => [`${r.area_id}:${r.kind}`, r.n]));
    const features: ReportFeature[] = areas
      .listWithCounts(range)
      .map(({ row, geometry, counts: c }) => ({
        type: "Feature",
        geometry,
        properties: {
          kind: "area",
          id: row.id,
          name: row.name,
          watch: publicWatch(c),
          // Whether anything happened is public (the sessions' places are); how much only as "<5"/n.
          had_activity: counts.has(`${row.id}:info_session`) || counts.has(`${row.id}:safety_walk`),
          info_sessions: smallCount(counts.get(`${row.id}:info_session`) ?? 0),
          safety_walks: smallCount(counts.get(`${row.id}:safety_walk`) ?? 0),
        },
      }));
    for (const s of repo.sessions(range)) {
      features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: [s.lon, s.lat] },
        properties: { kind: "info_session", date: s.date, area_id: s.area_id, topic: s.topic },
      });
    }
    for (const w of repo.routes(range)) {
      features.push({
        type: "Feature",
        geometry: w.route,
        properties: { kind: "safety_walk_route", date: w.date, area_id: w.area_id },
      });
    }
    const demoParts = repo.demoParts({ ...range, quarter });
    const n = (k: keyof NonNullable<typeof t>) => smallCount(Number(t?.[k] ?? 0));
    return {
      quarter,
      ...range,
      period: pub.period,
      promised: pub.activities,
      done_in_quarter: {
        info_sessions: n("info_sessions"),
        contact_meetings: n("contact_meetings"),
        safety_walks: n("safety_walks"),
        messages: n("messages"),
        lagesbild_weeks: n("lagesbild_weeks"),
        kits: n("kits"),
        watch_areas: n("watch_areas"),
      },
      indicators: pub.goals,
      map: { type: "FeatureCollection", features },
      data_quality: { demo: demoParts.length > 0, demo_parts: demoParts, ...note(demoParts) },
    };
  }

  return { list, report };
}

export type Reports = ReturnType<typeof createReports>;
