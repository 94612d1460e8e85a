// Every reason the import endpoints give for a bad file, column or row is one the web app can
// word in Swedish and English (web/import/reasons.ts): bad files go to the real planners' and
// presence imports, and each reason must carry a code the web app translates, worded without
// internal value names and with every param filled in.
import i18next from "i18next";
import { afterAll, describe, expect, it } from "vitest";
import { REASON_CODES, type ReasonCode } from "../../server/imports/reasons.ts";
import { en } from "../../web/i18n/en.ts";
import { sv } from "../../web/i18n/sv.ts";
import { isKnownCode } from "../../web/import/reasons.ts";
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

const i18n = i18next.createInstance();
await i18n.init({
  lng: "sv",
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

type Coded = { code?: string; params?: Record<string, string | number>; message: string };
const codes = new Set<string>();

/** The reasons (errors and warnings) a planner's preview gives for a file, checked as they come. */
async function plannerReasons(kind: string, text: BodyInit): Promise<Coded[]> {
  const res = await upload(`${kind}/preview`, text);
  const body = res.body as { errors: Coded[]; warnings?: Coded[] };
  return checked([...body.errors, ...(body.warnings ?? [])]);
}

/** Each reason has a known code, worded in both languages with its params; noted in `codes`. */
function checked(all: Coded[]): Coded[] {
  for (const r of all) {
    expect(isKnownCode(r.code), `${r.code}: ${r.message}`).toBe(true);
    codes.add(String(r.code));
    for (const lng of ["sv", "en"]) {
      const code = r.code as ReasonCode;
      const worded = i18n.getFixedT(lng)(`importCodes.${code}`, { ...r.params });
      expect(worded, `${lng} ${r.code}`).not.toMatch(
        /\{\{|importCodes|info_session|contact_meeting|safety_walk|\bmarkdna\b|contact_persons/,
      );
    }
    expect(r.code).not.toBe("other");
  }
  return all;
}

/** The reasons a presence dry run gives for a file, checked as they come. */
async function presenceReasons(text: string): Promise<Coded[]> {
  const res = await presence("POST", "/presence/import?dry_run=1", text, "text/csv");
  expect(res.status).toBe(400);
  const body = res.body as { error?: { rows: Coded[] } };
  return checked(body.error?.rows ?? []);
}

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
      ...(await plannerReasons(
        "visits",
        lines(
          "Typ;Datum;Område;Longitud;Latitud;Ämne;Arrangörer;Märk-DNA-kit;Medverkande",
          "Informationsmöte;2019-11-05;;14,9;55,6;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;;387000;6165000;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;Alfa;13,215;55,645;Märk-DNA;Polisen, Brandkåren;;",
          "Informationsmöte;2019-11-05;Alfa;13,3;55,645;Märk-DNA;;;",
          "Trygghetsvandring;2019-11-05;Alfa;;;;;4;",
          "Informationsmöte grannsamverkan;2019-11-05;Alfa;;;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;Alfa;13,21;;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;Alfa;;;Märk-DNA;;;Boende",
          "Informationsmöte;2019-11-05;Alfa;;;Märk-DNA;;1000001;",
          ";2019-11-05;Alfa;;;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;;abc;55,6;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;;;;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;;13,3;55,645;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;;13,2;155;Märk-DNA;;;",
          "Informationsmöte;2019-11-05;;500;55,6;Märk-DNA;;;",
          "Trygghetsvandring;2019-11-05;Alfa;;;;;;Boende, Boende",
          "Informationsmöte;2019-11-05;Alfa;;;Märk-DNA;;;;extra",
        ),
      )),
      ...(await plannerReasons(
        "watch-groups",
        lines(
          "Område;Gruppens namn;Status;Hushåll;Startdatum;Telefon;E-post",
          `Alfa;${"x".repeat(201)};aktiv;3;2019-01-01;telefon;inte-epost`,
          "Alfa;;aktiv;3;2019-01-01;;",
        ),
      )),
    ];
    expect(reasons.length).toBeGreaterThanOrEqual(20);
  });

  it("for bad headers and files are all known", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    const reasons = [
      ...(await plannerReasons("visits", lines("Typ;Datum;Typ", "a;b;c"))),
      ...(await plannerReasons("dna-kits", zip)),
      ...(await plannerReasons("dna-kits", '{"type": "FeatureCollection"}')),
      ...(await plannerReasons("visits", '{"type": "Feature"}')),
      ...(await plannerReasons("visits", 'Typ;Datum\n"a;b\n')),
      ...(await plannerReasons("visits", lines("Typ;Färg;Område;Antal deltagare", "a;b;c;1"))),
      ...(await plannerReasons("visits", lines("Typ;Datum;Datum;Område", "a;b;c;d"))),
      ...(await plannerReasons("visits", lines("Typ;Datum;Antal deltagare", "a;b;1"))),
      ...(await plannerReasons("dna-kits", "")),
      ...(await plannerReasons("dna-kits", lines("område;datum;antal"))),
    ];
    expect(reasons.length).toBeGreaterThanOrEqual(9);
  });

  it("for bad rows of a presence log are all known", async () => {
    const row = "2019-08-05 21:00;2019-08-05 22:00;polis;bil;12300002;;;";
    const stored = await presence("POST", "/presence", {
      starts_at: "2019-08-06T21:00:00+02:00",
      ends_at: "2019-08-06T22:00:00+02:00",
      actor: "police",
      kind: "car",
      place: { type: "Area", area_id: "12300002" },
    });
    expect(stored.status).toBe(201);
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
          "2019-08-06 21:00;2019-08-06 22:00;polis;bil;12300002;;;",
          ";2019-08-05 22:00;polis;bil;12300002;;;",
          "2019-03-31 02:30;2019-03-31 03:30;polis;bil;12300002;;;",
          "2019-10-27 02:30;2019-10-27 03:30;polis;bil;12300002;;;",
          "2019-08-05 21:00+15:00;2019-08-05 22:00;polis;bil;12300002;;;",
          "2019-08-05 21:00;2019-08-05 22:00;polis;häst;;13,2;;",
          "2019-08-05 21:00;2019-08-05 22:00;polis;bil;;13,2;norr;",
          "2019-08-05 21:00;2019-08-05 22:00;polis;bil;;387000;6165000;",
          "2019-08-05 21:00;2019-08-05 22:00;polis;bil;;55,6;130;",
          "2019-08-05 21:00;2019-08-05 22:00;polis;bil;;500;55,6;",
          "2019-08-05 21:00;2019-08-05 22:00;polis;bil;;20,0;65,0;",
          `2019-08-05 21:00;2019-08-05 22:00;polis;bil;12300002;;;${"x".repeat(2001)}`,
        ),
      )),
      ...(await presenceReasons(
        lines("Datum;Från;Till;Aktör;Typ;Rutt", "5/8/2019;21:00;22:00;polis;bil;LINESTRING(13 55)"),
      )),
      ...(await presenceReasons(lines("Från;Till;Aktör;Färg", "a;b;c;d"))),
      ...(await presenceReasons(lines("Från;Till;Start;Aktör;Typ;Område", "a;b;c;d;e;f"))),
      ...(await presenceReasons(lines(PRESENCE))),
      ...(await presenceReasons("")),
      ...(await presenceReasons('Från;Till\n"a;b\n')),
    ];
    expect(reasons.length).toBeGreaterThanOrEqual(30);
  });

  it("cover most of the codes the server has", () => {
    // Codes no bad file above reaches: GeoJSON geometry, limits and the request's own form.
    // The rest are reached by imports.test.ts, imports-xlsx.test.ts and imports-geojson.test.ts
    // (limits, workbooks, geometry); a new code must be reached here or listed with them.
    const unreached = REASON_CODES.filter((c) => !codes.has(c));
    expect(unreached).toEqual([
      "too_many_rows",
      "too_many_cells",
      "no_file",
      "xlsx_too_large",
      "xlsx_old_format",
      "before_start", // retention-inactive.test.ts
      "route_outside",
      "other_kommun", // access-kommun.test.ts (a planner of Lomma importing Staffanstorp's rows)
      "geometry_not_place",
      "bad_coordinates",
      "place_is_geometry",
      "other",
    ]);
  });
});
