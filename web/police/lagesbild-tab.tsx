// /polis/lagesbild: exchanges held against the promise of one a week (missed weeks listed), the
// follow-through per week and as a monthly trend, the selected week's flagged areas in detail
// (also outlined on the map) in a section per kommun, and the form for a new or changed lägesbild.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AreaCollection } from "../../server/areas/types.ts";
import { INTERNAL_KEY } from "../api/queries.ts";
import { areaKommun, groupByKommun, type Kommun, type KommunChoice } from "../kommun/kommun.ts";
import { weekLabel } from "../public/wording.ts";
import { useBandLabel } from "./band-label.ts";
import {
  bandsText,
  mark,
  reachedOf,
  reachWord,
  type SeenOverview,
  type SeenWeek,
} from "./follow.ts";
import { percent } from "./heat.ts";
import { LagesbildForm } from "./lagesbild-form.tsx";
import { removeLagesbild } from "./remove.ts";

export function LagesbildTab(props: {
  data: SeenOverview | undefined;
  areas: AreaCollection | undefined;
  week: SeenWeek | undefined;
  onWeek: (id: number) => void;
  editing: SeenWeek | null;
  onEdit: (w: SeenWeek | null) => void;
  formKey: string;
  onDone: (message: string) => void;
  /** The kommuner the user covers, for the sections' names and order. */
  kommuner: readonly Kommun[];
  /** The kommun shown (or ALL): the flagged areas of the others are left out. */
  kommun: KommunChoice;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data, week } = props;
  const label = useBandLabel(data?.bands);
  const remove = useMutation({
    mutationFn: removeLagesbild,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: INTERNAL_KEY });
      props.onDone(t("police.lagesbild.deleted"));
    },
  });
  if (!data) return <p role="status">{t("app.loadingData")}</p>;
  const ft = data.follow_through;
  // Each flagged area's kommun: its own when the answer names it, else its area's (/api/areas).
  const areaKommuner = new Map(
    (props.areas?.features ?? []).map((f) => [String(f.id), areaKommun(f)] as const),
  );
  const sections = groupByKommun(
    week?.areas ?? [],
    (a) => (a as { kommun?: string }).kommun ?? areaKommuner.get(a.area_id),
    props.kommuner,
    props.kommun,
  );
  return (
    <div data-testid="lagesbild-tab">
      <dl className="police-stats">
        <div
          data-testid="exchanges"
          data-held={data.exchanges.held}
          data-weeks={data.exchanges.weeks_in_period}
        >
          <dt>{t("police.lagesbild.exchanges")}</dt>
          <dd>
            {t("police.lagesbild.exchangesValue", {
              held: data.exchanges.held,
              weeks: data.exchanges.weeks_in_period,
            })}
          </dd>
        </div>
        <div data-testid="follow-total" data-reached={ft.reached} data-flagged={ft.flagged}>
          <dt>{t("police.lagesbild.followThrough")}</dt>
          <dd>
            {t("police.lagesbild.followValue", {
              reached: ft.reached,
              flagged: ft.flagged,
              rate: percent(ft.rate),
            })}
          </dd>
        </div>
      </dl>
      <details className="police-section">
        <summary>
          {t("police.lagesbild.missed")} ({data.exchanges.missed.length})
        </summary>
        <p data-testid="missed-weeks">
          {data.exchanges.missed.length === 0
            ? t("police.lagesbild.noneMissed")
            : data.exchanges.missed.map((w) => weekLabel(w, t)).join(", ")}
        </p>
      </details>
      {week && (
        <section
          className="police-section"
          data-testid="week-detail"
          data-week={week.week}
          data-reached={week.reached}
          data-flagged={week.flagged}
          aria-labelledby="week-title"
        >
          <h3 id="week-title">
            {t("police.lagesbild.selected", {
              week: weekLabel(week.week, t),
              date: week.date,
              from: week.window.from,
              to: week.window.to,
            })}
          </h3>
          <p>
            <strong>{reachedOf(week)}</strong> ({percent(week.rate)}) ·{" "}
            {t("police.lagesbild.participants")}: {week.participants.join(", ") || "–"}
          </p>
          {week.notes && <p className="muted">{week.notes}</p>}
          {sections.length === 0 && (
            <p className="muted" data-testid="no-flags">
              {t("police.lagesbild.noFlagsHere")}
            </p>
          )}
          {sections.map((s) => (
            <section
              key={s.code}
              className="kommun-section"
              data-testid="flag-kommun"
              data-kommun={s.code}
              aria-labelledby={`flag-kommun-${s.code || "none"}`}
            >
              <h4 id={`flag-kommun-${s.code || "none"}`}>{s.name || t("kommun.unknown")}</h4>
              <ul className="police-list">
                {s.items.map((a) => (
                  <li
                    key={a.area_id}
                    data-testid="flag-item"
                    data-area-id={a.area_id}
                    data-reached={a.reached}
                  >
                    <strong>
                      {mark(a.reached)} {a.name} –{" "}
                      {reachWord(a.reached, {
                        reached: t("police.lagesbild.reached"),
                        notReached: t("police.lagesbild.notReached"),
                        pending: t("police.lagesbild.pending"),
                      })}
                    </strong>
                    <br />
                    {t("police.lagesbild.reason")}: {a.reason}
                    <br />
                    {t("police.lagesbild.bands")}:{" "}
                    <span data-testid="flag-bands">{bandsText(a, label, t("police.anyTime"))}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p className="muted">
            {t("police.lagesbild.legendReached")} · {t("police.lagesbild.legendNot")}
          </p>
          <button type="button" className="text-button" onClick={() => props.onEdit(week)}>
            {t("police.lagesbild.edit")}
          </button>{" "}
          <button
            type="button"
            className="text-button"
            onClick={() => {
              if (
                window.confirm(
                  t("police.lagesbild.confirmDelete", { week: weekLabel(week.week, t) }),
                )
              )
                remove.mutate(week.id);
            }}
          >
            {t("police.lagesbild.delete")}
          </button>
        </section>
      )}
      <h3>{t("police.lagesbild.weeks")}</h3>
      <div className="heat-scroll planner__table police-weeks">
        <table className="police-table" data-testid="weeks-table">
          <thead>
            <tr>
              <th scope="col">{t("police.lagesbild.week")}</th>
              <th scope="col">{t("police.lagesbild.reachedOf")}</th>
              <th scope="col">{t("police.lagesbild.rate")}</th>
            </tr>
          </thead>
          <tbody>
            {[...data.weeks].reverse().map((w) => (
              <tr
                key={w.id}
                data-testid="week-row"
                data-id={w.id}
                data-week={w.week}
                data-reached={w.reached}
                data-flagged={w.flagged}
                aria-selected={w.id === week?.id}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="text-button"
                    aria-pressed={w.id === week?.id}
                    onClick={() => props.onWeek(w.id)}
                  >
                    {weekLabel(w.week, t)}
                  </button>
                  {w.window.open && <span className="muted"> ({t("police.lagesbild.open")})</span>}
                </th>
                <td>{reachedOf(w)}</td>
                <td>{percent(w.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="police-section" aria-labelledby="trend-title">
        <h3 id="trend-title">
          {t("police.lagesbild.trend")}
          {data.trend.direction && ` – ${t(`police.lagesbild.direction.${data.trend.direction}`)}`}
        </h3>
        <div className="heat-scroll planner__table">
          <table className="police-table" data-testid="trend-table">
            <thead>
              <tr>
                <th scope="col">{t("police.lagesbild.month")}</th>
                <th scope="col">{t("police.lagesbild.reachedOf")}</th>
                <th scope="col">{t("police.lagesbild.rate")}</th>
              </tr>
            </thead>
            <tbody>
              {data.trend.by_month.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td>{reachedOf(m)}</td>
                  <td>
                    <span
                      className="police-bar"
                      style={{ width: `${Math.round((m.rate ?? 0) * 100)}%` }}
                      aria-hidden="true"
                    />
                    {percent(m.rate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="police-section" aria-labelledby="lb-form-title">
        <h3 id="lb-form-title">
          {props.editing
            ? t("police.lagesbild.editTitle", { week: weekLabel(props.editing.week, t) })
            : t("police.lagesbild.newTitle")}
        </h3>
        <LagesbildForm
          key={props.formKey}
          areas={props.areas}
          bands={data.bands}
          editing={props.editing}
          onDone={props.onDone}
        />
      </section>
    </div>
  );
}
