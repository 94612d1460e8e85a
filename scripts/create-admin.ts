// npm run create-admin -- <username> [--display-name "Name"] [--kommun 1262[,1230]]: adds an admin
// account to DB_PATH with a generated temporary password, printed once; the admin must choose a
// new one at first login. Without --kommun the admin is of the whole police area (every kommun of
// KOMMUNER); with it, an administrator of the kommuner named. Exits 1 when the username is invalid
// or taken, or a kommun is not one of KOMMUNER.
import { parseArgs } from "node:util";
import { username as usernameSchema } from "../server/admin/schema.ts";
import { createAuditLog } from "../server/audit/log.ts";
import { createAccountRepo } from "../server/auth/accounts.ts";
import { generatePassword } from "../server/auth/password.ts";
import { loadConfig } from "../server/config.ts";
import { openDb } from "../server/db/open.ts";

const USAGE =
  'Usage: npm run create-admin -- <username> [--display-name "Name"] [--kommun 1262[,1230]]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const [raw, ...extra] = args.positionals;
  if (raw === undefined || extra.length > 0) fail(USAGE);
  const parsed = usernameSchema.safeParse(raw);
  if (!parsed.success) fail(`Invalid username '${raw}': ${parsed.error.issues[0]?.message}`);
  const username = parsed.data;
  const displayName = (args.values["display-name"] ?? "").trim();
  if (displayName.length > 200) fail("--display-name: at most 200 characters");

  const { DB_PATH, KOMMUNER } = loadConfig();
  const named = args.values.kommun;
  const kommuner =
    named === undefined ? [] : [...new Set(named.split(",").map((k) => k.trim()))].sort();
  if (named !== undefined) {
    const unknown = kommuner.filter((k) => !KOMMUNER.includes(k));
    if (kommuner.length === 0 || unknown.length > 0) {
      fail(
        `--kommun: ${unknown.join(", ") || "(none)"} is not one of KOMMUNER (${KOMMUNER.join(", ")})`,
      );
    }
  }
  const scope = kommuner.length > 0 ? "kommun" : "police_area";
  const db = openDb(DB_PATH);
  try {
    const accounts = createAccountRepo(db);
    if (accounts.findByUsername(username)) {
      fail(`The username '${username}' is already taken in ${DB_PATH}`);
    }
    const password = generatePassword();
    const id = await accounts.create({
      username,
      display_name: displayName,
      role: "admin",
      password,
      must_change_password: true,
      scope,
      kommuner,
    });
    createAuditLog(db).record({
      actor: "create-admin",
      action: "create",
      entity: "accounts",
      entityId: id,
      detail: { role: "admin", scope, kommuner },
    });
    const what = scope === "police_area" ? "the police area" : `kommun ${kommuner.join(", ")}`;
    console.log(`Created admin account of ${what} in ${DB_PATH}`);
    console.log(`  username: ${username}`);
    console.log(`  password: ${password}`);
    console.log("The password is shown only now; it must be changed at the first login.");
  } finally {
    db.close();
  }
}

function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    options: { "display-name": { type: "string" }, kommun: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
}

main().catch((err: unknown) => fail((err as Error).message));
