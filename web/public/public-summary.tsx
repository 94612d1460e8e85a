// Under the area list on the public map: upcoming public information sessions, the promises'
// progress in one line with a link to /loften, and links to the quarterly reports.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { PublicSession } from "../../server/privacy/areas.ts";
import {
  publicPoliceAreaReportsQuery,
  publicPromisesQuery,
  publicReportsQuery,
} from "../api/public-queries.ts";
import { ALL, KOMMUN_PARAM, type KommunChoice, publicKommunQuery } from "../kommun/kommun.ts";
import { tally } from "../promises/status.ts";
import { DemoTag } from "./demo-mark.tsx";
import { SessionInfo } from "./session-info.tsx";
import { quarterShort } from "./wording.ts";

export function PublicSummary({
  upcoming,
  kommun,
}: {
  upcoming: PublicSession[];
  /** The kommun the map shows (or ALL): its promises, reports and calendar. */
  kommun?: KommunChoice | undefined;
}) {
  const { t } = useTranslation();
  // The whole police area has no promises of its own (each kommun has its own): its reports are
  // the police area's, and the promises link leads to the kommuner side by side.
  const whole = kommun === ALL;
  const promises = useQuery({ ...publicPromisesQuery(kommun), enabled: !whole });
  const reports = useQuery({ ...publicReportsQuery(kommun), enabled: !whole });
  const areaReports = useQuery({ ...publicPoliceAreaReportsQuery(), enabled: whole });
  // Links to the other public pages keep the kommun; the calendar feed asks the API for it.
  const keep = kommun ? `?${KOMMUN_PARAM}=${kommun}` : "";
  const feed = new URLSearchParams(publicKommunQuery(kommun)).toString();
  const count = !whole && promises.data ? tally(promises.data) : null;
  const list = (whole ? areaReports.data?.reports : reports.data?.reports) ?? [];
  const latest = [...list].reverse().slice(0, 4);
  return (
    <div className="pub-summary" data-testid="public-summary">
      <section>
        <h2>{t("pub.upcoming.title")}</h2>
        {upcoming.length === 0 ? (
          <p className="muted">{t("pub.upcoming.none")}</p>
        ) : (
          <ul data-testid="upcoming">
            {upcoming.map((s) => (
              <li key={s.id}>
                <SessionInfo session={s} showArea />
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/api/public/sessions.ics${feed ? `?${feed}` : ""}`} data-testid="calendar-feed">
            {t("pub.upcoming.calendar")}
          </a>
        </p>
      </section>
      <section>
        <h2>{t("pub.summary.title")}</h2>
        {count && (
          <p
            data-testid="promise-tally"
            data-demo={count.demo}
            data-provisional={count.provisional}
          >
            {t(count.provisional ? "pub.summary.statusProvisional" : "pub.summary.status", {
              met: count.met,
              total: count.total,
            })}
            {count.demo && (
              <>
                {" "}
                <DemoTag />
              </>
            )}
          </p>
        )}
        <Link href={`/loften${keep}`} data-testid="link-promises">
          {t(whole ? "pub.summary.morePoliceArea" : "pub.summary.more")}
        </Link>
      </section>
      <section>
        <h2>{t("pub.summary.reports")}</h2>
        <ul data-testid="summary-reports">
          {latest.map((r) => (
            <li key={r.quarter}>
              {/* The server's stable address names the kommun (or the police area) itself. */}
              <Link href={r.url}>{quarterShort(r.quarter, t)}</Link>
            </li>
          ))}
        </ul>
        <Link href={`/rapporter${keep}`}>{t("pub.summary.allReports")}</Link>
      </section>
    </div>
  );
}
