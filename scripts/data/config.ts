// Which kommuner the data build makes, and from which raw files: scripts/data/police-area.json
// (committed, reviewed with the data it produced) and the KOMMUNER environment variable (a run's
// choice of codes, e.g. KOMMUNER=1230 for Staffanstorp alone). Pure apart from reading the file.
import { readFileSync } from "node:fs";
import { z } from "zod";

const code = z.string().regex(/^\d{4}$/, { message: "must be a 4-digit kommun code" });
const file = z.string().min(1);

const epsilon = z.union([
  z.number().positive().max(1),
  /** Computed from SCB tätort points and population, as for Staffanstorp. */
  z.strictObject({ population: file, tatort_points: file }),
  /** The ε of another kommun in the file (computed from that kommun's inputs). */
  z.strictObject({ same_as: code }),
]);

export const kommunSources = z.strictObject({
  /** Short name as people say it ("Staffanstorp"); facts rows are matched on it. */
  name: z.string().min(1),
  /** Raw files (in RAW_DIR). A file may hold several kommuner: records are picked by code. */
  valdistrikt: file,
  voters: file,
  deso: file,
  tatorter: file,
  /** SCB tätort points for the map's place names; without them, points are made from `tatorter`. */
  tatort_points: file.optional(),
  epsilon,
  /** Locality labels for tätort names, e.g. the part of the Malmö tätort in Burlöv is Arlöv. */
  locality_names: z.record(z.string(), z.string().min(1)).optional(),
  /** A promise document transcribed by hand in the promises file shape (a path in the repository). */
  promise_document: file.optional(),
});
export type KommunSources = z.infer<typeof kommunSources>;

export const policeAreaConfig = z
  .strictObject({
    police_area: z.string().min(1),
    /** The default kommuner of a build. */
    kommuner: z.array(code).min(1),
    shared: z.strictObject({
      kommun_boundaries: file,
      tatorter_region: file,
      coast: file,
      facts: z.array(file),
      promise_rows: file.optional(),
      /** Swedish titles and measures of the promise rows (a path in the repository). */
      promise_texts: file.optional(),
    }),
    kommun: z.record(code, kommunSources),
  })
  .superRefine((c, ctx) => {
    for (const k of c.kommuner) {
      if (!c.kommun[k]) ctx.addIssue({ code: "custom", message: `kommun ${k} has no sources` });
    }
    for (const [k, s] of Object.entries(c.kommun)) {
      if (typeof s.epsilon === "object" && "same_as" in s.epsilon) {
        const other = c.kommun[s.epsilon.same_as];
        if (!other || !("population" in (other.epsilon as object))) {
          ctx.addIssue({
            code: "custom",
            message: `kommun ${k}: epsilon.same_as must name a kommun whose ε is computed`,
          });
        }
      }
    }
  });
export type PoliceAreaConfig = z.infer<typeof policeAreaConfig>;

export function readConfig(path: string): PoliceAreaConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`Cannot read ${path}: ${(err as Error).message}`);
  }
  const parsed = policeAreaConfig.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The kommun codes of a run: the KOMMUNER variable ("1230,1231", spaces allowed) or the file's
 * default list. Sorted and without repeats, so the order given never changes the output.
 */
export function chooseKommuner(config: PoliceAreaConfig, env: string | undefined): string[] {
  const wanted =
    env === undefined || env.trim() === "" ? config.kommuner : env.split(",").map((s) => s.trim());
  for (const k of wanted) {
    if (!/^\d{4}$/.test(k)) throw new Error(`KOMMUNER: "${k}" is not a 4-digit kommun code`);
    if (!config.kommun[k]) {
      throw new Error(`KOMMUNER: no raw files for kommun ${k} in the police-area file`);
    }
  }
  return [...new Set(wanted)].sort();
}
