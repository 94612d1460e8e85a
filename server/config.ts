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
  BASEMAP_STYLE_URL: z
    .url({ protocol: /^https?$/, error: "BASEMAP_STYLE_URL must be an http(s) URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
