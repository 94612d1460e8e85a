// Demo residential burglaries per area and quarter, and demo Coyards / CoProfs messages.
import { isoDay, monthDays, quarters, weekday } from "./dates.ts";
import {
  COYARDS_GAP,
  type DemoPlan,
  HOLIDAYS,
  PERIOD,
  profileOf,
  RISK,
  SEASON,
} from "./demo-plan.ts";
import type { Burglary, DemoArea, Message } from "./demo-types.ts";
import type { Rng } from "./rng.ts";

/** Trials per draw: counts are Binomial(TRIALS, λ/TRIALS), close to Poisson(λ) for small λ. */
const TRIALS = 24;

/**
 * One row per area and quarter, 2017-Q1 … 2019-Q4 (2017 is there for year-on-year comparison).
 * Expected counts follow households × coverage risk × season, scaled to the yearly total.
 */
export function drawBurglaries(rng: Rng, plan: DemoPlan, areas: readonly DemoArea[]): Burglary[] {
  const exposure = areas.map((a) => a.households * RISK[profileOf(plan, a)]);
  const total = exposure.reduce((a, b) => a + b, 0);
  const out: Burglary[] = [];
  areas.forEach((a, i) => {
    for (const q of quarters(2017, 2019)) {
      const year = Number(q.slice(0, 4));
      const season = SEASON[Number(q.slice(6)) - 1] ?? 1;
      const lambda =
        ((plan.burglariesPerYear[year] ?? 0) / 4) * season * ((exposure[i] ?? 0) / total);
      out.push({ area_id: a.id, quarter: q, count: rng.binomial(TRIALS, lambda / TRIALS) });
    }
  });
  return out;
}

/** Monthly prevention themes, January first. */
const THEMES = [
  "Mörka kvällar: tänd utebelysning och använd timer",
  "Sportlov: be grannen tömma brevlådan",
  "Märk dina saker med märk-DNA",
  "Påsk: lås in stegar och verktyg",
  "Cykelstölder ökar i vår: lås fast cykeln",
  "Semester på gång? Berätta för grannsamverkan",
  "Sommar: stäng fönster och altandörrar när du går",
  "Välkommen tillbaka: uppdatera kontaktlistan i Coyards",
  "Dörrknackare: släpp inte in okända",
  "Höstmörker: inbrotten ökar, håll koll på grannens hus",
  "Bluffsamtal: polisen ringer aldrig och ber om koder",
  "Jul och nyår: visa inte upp julklappar i fönstren",
];
const ALERTS = ["Inbrott i bostad i {area}: var uppmärksam", "Misstänkta dörrknackare i {area}"];
const BUSINESS = [
  "Företagare: skydda verktyg i servicebilar över natten",
  "Julhandel: tips mot bedrägerier och stölder i butik",
  "Inbrott i företagslokaler: se över larm och belysning",
  "Bedrägeriförsök via falska fakturor",
];

function weekdayIn(rng: Rng, month: string): string {
  const workday = (d: number) => weekday(d) >= 1 && weekday(d) <= 5 && !HOLIDAYS.has(isoDay(d));
  return isoDay(rng.pick(monthDays(month).filter(workday)));
}

type MessageDraft = Omit<Message, "id">;

/**
 * A Coyards tip every month to all areas except in COYARDS_GAP, plus some burglary alerts to
 * one area; CoProfs (businesses) every second or third month from August 2018.
 */
export function draftMessages(rng: Rng, areas: readonly DemoArea[], monthsInPeriod: string[]) {
  const all = areas.map((a) => a.id);
  const out: MessageDraft[] = [];
  let nextBusiness = "2018-08";
  for (const month of monthsInPeriod) {
    if (month < PERIOD.from.slice(0, 7) || month > PERIOD.to.slice(0, 7)) continue;
    // The gap month has no message at all, so it shows whichever channel a view counts.
    if (month === COYARDS_GAP) continue;
    const theme = THEMES[Number(month.slice(5)) - 1] as string;
    out.push({ sent_on: weekdayIn(rng, month), channel: "coyards", subject: theme, area_ids: all });
    if (rng.chance(0.3)) {
      const area = rng.pick(areas);
      const subject = rng.pick(ALERTS).replace("{area}", area.name);
      out.push({
        sent_on: weekdayIn(rng, month),
        channel: "coyards",
        subject,
        area_ids: [area.id],
      });
    }
    if (month >= nextBusiness) {
      out.push({
        sent_on: weekdayIn(rng, month),
        channel: "coprofs",
        subject: rng.pick(BUSINESS),
        area_ids: all,
      });
      const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5)) + rng.int(2, 3)];
      nextBusiness = `${y + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, "0")}`;
    }
  }
  return out;
}
