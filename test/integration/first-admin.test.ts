// A fresh installation, before `npm run create-admin`: the session answer says that no account
// exists, so the login page can say how to make the first one; once one exists it says nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { FIXTURE_DATA } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-first-"));
const db = openDb(join(dir, "first.db"));
seedIfEmpty(db, FIXTURE_DATA);
const auth = createAuth(db, { scryptCost: { N: 1024, r: 8, p: 1 } });
const app = createApp({ db, dataDir: FIXTURE_DATA, auth });
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const session = async () => (await app.request("/api/auth/session")).json();

it("says the first admin is needed until an account exists", async () => {
  expect(await session()).toEqual({
    user: null,
    csrf_token: null,
    expires_at: null,
    first_admin_needed: true,
  });
  await auth.accounts.create({ username: "forsta", role: "admin", password: "första-lösen-1" });
  expect(await session()).toEqual({ user: null, csrf_token: null, expires_at: null });
});
