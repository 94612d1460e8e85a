// Accounts: the one module that reads and writes the accounts table. Passwords go in only through
// hashPassword; no function here returns a password hash to a caller outside this folder.
import type { Db } from "../db/open.ts";
import type { AccountScope } from "../kommun/scope.ts";
import { DEFAULT_COST, hashPassword, type ScryptCost } from "./password.ts";
import type { Role } from "./roles.ts";

export interface Account {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  must_change_password: boolean;
  disabled: boolean;
  /** 'police_area': every kommun of the deployment; 'kommun': those in `kommuner`. */
  scope: AccountScope;
  /** The kommuner a 'kommun' account works for, in code order (empty for the police area). */
  kommuner: string[];
  created_at: string;
  updated_at: string;
}

interface Row {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  must_change_password: number;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
  password_hash: string;
  scope: AccountScope;
  kommuner: string;
}

const toAccount = (r: Row): Account => ({
  id: r.id,
  username: r.username,
  display_name: r.display_name,
  role: r.role,
  must_change_password: r.must_change_password === 1,
  disabled: r.disabled_at !== null,
  scope: r.scope,
  kommuner: r.scope === "police_area" ? [] : (JSON.parse(r.kommuner) as string[]),
  created_at: r.created_at,
  updated_at: r.updated_at,
});

export interface NewAccount {
  username: string;
  display_name?: string | undefined;
  role: Role;
  password: string;
  must_change_password?: boolean | undefined;
  /** Default: 'kommun' for a planner, 'police_area' for the police and an admin. */
  scope?: AccountScope | undefined;
  /** For scope 'kommun'; default: every kommun of the deployment. */
  kommuner?: readonly string[] | undefined;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** `changed` runs after every change to an existing account (the session memo is cleared there). */
export function createAccountRepo(db: Db, cost?: ScryptCost, changed: () => void = () => {}) {
  const SELECT = `SELECT a.*, (SELECT json_group_array(kommun) FROM
    (SELECT k.kommun FROM account_kommuner k WHERE k.account_id = a.id ORDER BY k.kommun))
    AS kommuner FROM accounts a`;
  const byName = db.prepare<[string], Row>(`${SELECT} WHERE a.username = ?`);
  const byId = db.prepare<[number], Row>(`${SELECT} WHERE a.id = ?`);
  const all = db.prepare<[], Row>(`${SELECT} ORDER BY a.username`);
  const deployed = db.prepare<[], string>("SELECT code FROM kommuner ORDER BY code").pluck();
  const setScope = db.prepare(
    `UPDATE accounts SET scope = @scope, updated_at = ${NOW} WHERE id = @id`,
  );
  const clearKommuner = db.prepare("DELETE FROM account_kommuner WHERE account_id = ?");
  const addKommun = db.prepare("INSERT INTO account_kommuner (account_id, kommun) VALUES (?, ?)");
  const policeAreaAdminCount = db
    .prepare(`SELECT count(*) FROM accounts WHERE role = 'admin' AND scope = 'police_area'
      AND disabled_at IS NULL`)
    .pluck();
  const anyAccount = db.prepare("SELECT EXISTS (SELECT 1 FROM accounts)").pluck();
  const insert = db.prepare(`INSERT INTO accounts
    (username, display_name, role, password_hash, must_change_password, scope)
    VALUES (@username, @display_name, @role, @password_hash, @must_change_password, @scope)`);
  const setHash = db.prepare(`UPDATE accounts SET password_hash = @hash,
    must_change_password = @must, updated_at = ${NOW} WHERE id = @id`);
  const setDisabled = db.prepare(`UPDATE accounts SET
    disabled_at = CASE WHEN @disabled THEN coalesce(disabled_at, ${NOW}) END,
    updated_at = ${NOW} WHERE id = @id`);
  const setProfile =
    db.prepare(`UPDATE accounts SET display_name = coalesce(@display_name, display_name),
    role = coalesce(@role, role), updated_at = ${NOW} WHERE id = @id`);
  const adminCount = db
    .prepare("SELECT count(*) FROM accounts WHERE role = 'admin' AND disabled_at IS NULL")
    .pluck();

  // Compared against when the username is unknown, so a wrong name takes as long as a wrong
  // password: a hash of the same cost as the accounts' own.
  const { N, r, p } = cost ?? DEFAULT_COST;
  const dummyHash = ["scrypt", N, r, p, "A".repeat(22), "A".repeat(43)].join("$");

  /** Scope and kommuner of one account: its own transaction is the caller's. */
  function writeScope(id: number, scope: AccountScope, kommuner: readonly string[]) {
    setScope.run({ id, scope });
    clearKommuner.run(id);
    if (scope === "kommun") for (const k of [...new Set(kommuner)]) addKommun.run(id, k);
  }

  return {
    dummyHash,
    list: (): Account[] => all.all().map(toAccount),
    /** True before the first account is made (npm run create-admin). */
    none: (): boolean => anyAccount.get() === 0,
    find: (id: number): Account | undefined => {
      const row = byId.get(id);
      return row && toAccount(row);
    },
    findByUsername: (username: string): Account | undefined => {
      const row = byName.get(username);
      return row && toAccount(row);
    },
    /** The stored hash of an enabled account, for the login check only. */
    credentials(username: string): { account: Account; hash: string } | undefined {
      const row = byName.get(username);
      return row && row.disabled_at === null
        ? { account: toAccount(row), hash: row.password_hash }
        : undefined;
    },
    /** The slow, async half of a create or password change: run it before the transaction. */
    hash: (password: string) => hashPassword(password, cost),
    /** Inserts an account whose password is already hashed; returns the new id. Throws on a taken username. */
    insertHashed(a: Omit<NewAccount, "password"> & { password_hash: string }): number {
      const scope = a.scope ?? (a.role === "planner" ? "kommun" : "police_area");
      return db.transaction(() => {
        const info = insert.run({
          username: a.username,
          display_name: a.display_name ?? "",
          role: a.role,
          password_hash: a.password_hash,
          must_change_password: a.must_change_password ? 1 : 0,
          scope,
        });
        const id = Number(info.lastInsertRowid);
        writeScope(id, scope, a.kommuner ?? deployed.all());
        return id;
      })();
    },
    /** Which kommuner the account works for (sessions follow at once). */
    setScope(id: number, scope: AccountScope, kommuner: readonly string[]): void {
      db.transaction(() => writeScope(id, scope, kommuner))();
      changed();
    },
    setPasswordHash(id: number, hash: string, mustChange: boolean): void {
      setHash.run({ id, hash, must: mustChange ? 1 : 0 });
      changed();
    },
    /** Hashes, then inserts; returns the new id. Throws on a taken username. */
    async create(a: NewAccount): Promise<number> {
      const { password, ...rest } = a;
      return this.insertHashed({ ...rest, password_hash: await hashPassword(password, cost) });
    },
    async setPassword(id: number, password: string, mustChange: boolean): Promise<void> {
      this.setPasswordHash(id, await hashPassword(password, cost), mustChange);
    },
    setDisabled(id: number, disabled: boolean): void {
      setDisabled.run({ id, disabled: disabled ? 1 : 0 });
      changed();
    },
    update(id: number, p: { display_name?: string | undefined; role?: Role | undefined }): void {
      setProfile.run({ id, display_name: p.display_name ?? null, role: p.role ?? null });
      changed();
    },
    /** Enabled admins: the last one cannot be disabled or demoted. */
    activeAdmins: () => adminCount.get() as number,
    /** Enabled admins of the police area: the last one cannot be narrowed to a kommun. */
    activePoliceAreaAdmins: () => policeAreaAdminCount.get() as number,
  };
}

export type AccountRepo = ReturnType<typeof createAccountRepo>;
