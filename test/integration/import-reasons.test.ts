// Every reason the import endpoints give for a bad file, column or row is one the web app can
// word in Swedish (web/import/reasons.ts): bad files go to the real planners' and presence
// imports, and each reason in their answers must match a known shape.
import { afterAll, describe, expect, it } from "vitest";
import { REASON_KEYS, reasonOf } from "../../web/import/reasons.ts";
import { importClient } from "../helpers/import-client.ts";
import { internalApi } from "../helpers/internal-api.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const { upload } = importClient(t, "text/csv; charset=utf-8");
const presence = internalApi(t.as("police"));

const VISITS = "Typ;Datum;Område;Longitud;Latitud;Ämne;Arrangörer;Antal deltagare;Märk-DNA-satser";
const PRESENCE = "Från;Till;Aktör;Typ;Område;Lon;Lat;Anteckningar";
const lines = (...rows: string[]) => `${rows.join("\n")}\n`;

/** The reasons a planner's preview gives for a file. */
async function plannerReasons(kind: string, text: string): Promise<string[]> {
  const res = await upload(`${kind}/preview`, text);
  return res.body.errors.map((e) => e.message);
}

/** The reasons a presence dry run gives for a file. */
async function presenceReasons(text: string): Promise<string[]> {
  const res = await presence("POST", "/presence/import?dry_run=1", text, "text/csv");
  expect(res.status).toBe(400);
  const body = res.body as { error?: { rows: { message: string }[] } };
  return (body.error?.rows ?? []).map((r) => r.message);
}

const seen = new Set<string>();
const unknown = (reasons: string[]) => {
  for (const r of reasons) {
    const known = reasonOf(r);
    if (known) seen.add(known.key);
  }
  return reasons.filter((r) => reasonOf(r) === null);
};

describe("the reasons an import gives", () => {
  it("for bad rows of visits and märk-DNA kits are all known", async () => {
    const reasons = [
      ...(await plannerReasons(
        "visits",
        lines(
          VISITS,
          "Informationsmöte;31/2/2019;Beta;;;Märk-DNA;;5;",
          "Hästmöte;2019-11-05;Beta;;;Märk-DNA;;5;",
          "Informationsmöte;2019-11-05;Nowhere;;;Märk-DNA;;5;",
          "Informationsmöte;2019-11-05;Beta;;;Märk-DNA;;fem;",
          "Informationsmöte;2019-11-05;Beta;;;Märk-DNA;;2,5;",
          "Informationsmöte;;Beta;;;Märk-DNA;;5;",
          "Informationsmöte;2019-11-05;;13,0;55,0;Märk-DNA;;5;",
          "Informationsmöte;2019-11-05;Beta;;;Färger;;5;",
          "Informationsmöte;2019-11-05;Beta",
        ),
      )),
      ...(await plannerReasons("dna-kits", lines("område;datum;antal", "Beta;2019-05-01;0"))),
    ];
    expect(reasons.length).toBeGreaterThanOrEqual(8);
    expect(unknown(reasons)).toEqual([]);
  });

  it("for bad headers and files are all known", async () => {
    const reasons = [
      ...(await plannerReasons("visits", lines("Typ;Färg;Område;Antal deltagare", "a;b;c;1"))),
      ...(await plannerReasons("visits", lines("Typ;Datum;Datum;Område", "a;b;c;d"))),
      ...(await plannerReasons("visits", lines("Typ;Datum;Antal deltagare", "a;b;1"))),
      ...(await plannerReasons("dna-kits", "")),
      ...(await plannerReasons("dna-kits", lines("område;datum;antal"))),
    ];
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    expect(unknown(reasons)).toEqual([]);
  });

  it("for bad rows of a presence log are all known", async () => {
    const row = "2019-08-05 21:00;2019-08-05 22:00;polis;bil;12300002;;;";
    const reasons = [
      ...(await presenceReasons(
        lines(
          PRESENCE,
          "2019-08-05 21:00;2019-08-05 20:00;polis;bil;12300002;;;",
          "2019-08-05 21:00;2019-08-07 21:00;polis;bil;12300002;;;",
          "1999-08-05 21:00;1999-08-05 22:00;polis;bil;12300002;;;",
          "2019-08-05 25:00;2019-08-05 26:00;polis;bil;12300002;;;",
          "igår;idag;polis;bil;12300002;;;",
          "2019-02-30 21:00;2019-02-30 22:00;polis;bil;12300002;;;",
          "2019-08-05 21:00;2019-08-05 22:00;sheriff;bil;12300002;;;",
          "2019-08-05 21:00;2019-08-05 22:00;polis;bil;99999999;;;",
          row,
          row,
          "2019-08-05 21:00;2019-08-05 22:00;polis",
        ),
      )),
      ...(await presenceReasons(lines("Från;Till;Aktör;Färg", "a;b;c;d"))),
      ...(await presenceReasons(lines(PRESENCE))),
    ];
    expect(reasons.length).toBeGreaterThanOrEqual(12);
    expect(unknown(reasons)).toEqual([]);
  });

  it("cover most of the shapes the web app knows", () => {
    // A shape no import gives any more is a sign the server's wording changed.
    expect(seen.size).toBeGreaterThanOrEqual(REASON_KEYS.length - 6);
  });
});
