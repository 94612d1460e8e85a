// The process environment, parsed once at start-up; a bad value stops the server with a clear message.
import { z } from "zod";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  DB_PATH: z.string().min(1).default("grannkoll.db"),
  DATA_DIR: z.string().min(1).default("data"),
  DIST_DIR: z.string().min(1).default("dist"),
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"], { error: "TRUST_PROXY must be 1 or 0" })
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: "PUBLIC_URL must be an http(s) URL such as https://grannkoll.example.se",
    })
    .refine((u) => new URL(u).pathname === "/" && !/[?#]/.test(u), {
      error: "PUBLIC_URL must be an origin only, without a path, query or fragment",
    })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The kommuner this deployment covers, as kommun codes; default Lokalpolisområde Kävlinge's. */
  KOMMUNER: z
    .string()
    .default("1230,1231,1261,1262")
    .transform((s) => s.split(",").map((k) => k.trim()))
    .pipe(
      z
        .array(
          z.string().regex(/^\d{4}$/, { error: "KOMMUNER must list kommun codes of four digits" }),
        )
        .min(1, { error: "KOMMUNER must name at least one kommun" }),
    ),
  /** The kommun the public map opens on; the first of KOMMUNER when not set. */
  DEFAULT_KOMMUN: z
    .string()
    .regex(/^\d{4}$/, { error: "DEFAULT_KOMMUN must be a kommun code of four digits" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  BASEMAP_STYLE_URL: z
    .url({ protocol: /^https?$/, error: "BASEMAP_STYLE_URL must be an http(s) URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type Config = Omit<z.infer<typeof schema>, "DEFAULT_KOMMUN"> & { DEFAULT_KOMMUN: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const { KOMMUNER, DEFAULT_KOMMUN = KOMMUNER[0] as string } = parsed.data;
  if (!KOMMUNER.includes(DEFAULT_KOMMUN)) {
    const why = `DEFAULT_KOMMUN: ${DEFAULT_KOMMUN} is not one of KOMMUNER (${KOMMUNER.join(", ")})`;
    throw new Error(`Invalid configuration:\n  ${why}`);
  }
  return { ...parsed.data, DEFAULT_KOMMUN };
}
