// Backup and restore of the SQLite file (scripts/backup.ts, scripts/restore.ts).
//
// A backup is SQLite's online backup API (better-sqlite3's db.backup), copying every page in one
// step: one read transaction, so the copy is one consistent moment even while the server writes
// (WAL lets it go on writing meanwhile). It holds contact persons and password hashes, so it is
// written readable by its owner only (0600), in a folder only the owner may list (0700).
// A restore checks the file first, refuses while another process has the database open, and
// swaps the file in with a rename, so DB_PATH is always either the old database or the whole new
// one. The restored copy has every session ended, and the erasures the replaced database logged
// after the backup applied again (server/admin/restore-erasures.ts), with an audit row saying so.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import {
  erasuresAfter,
  lastAuditAt,
  type ReappliedErasures,
  reapplyErasures,
} from "../admin/restore-erasures.ts";
import { createAuditLog } from "../audit/log.ts";
import type { Db } from "./open.ts";

/** Pages per backup step: all of them, so the copy is taken in a single read transaction. */
const ALL_PAGES = 0x7fffffff;

export interface BackupReport {
  path: string;
  bytes: number;
  pages: number;
}

/** `backups/grannkoll-2026-11-30T01-52-07Z.db`: sorts by time, no colons (Windows-safe). */
export function defaultBackupPath(now = new Date(), dir = "backups"): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
  return join(dir, `grannkoll-${stamp}.db`);
}

/** An empty file only its owner may read (SQLite keeps the mode for its journal files too). */
function privateFile(path: string): void {
  closeSync(openSync(path, "wx", 0o600));
  chmodSync(path, 0o600); // whatever the umask
}

/** Copies `source` (open, possibly being written by others) to `outPath`, via a temporary file. */
export async function backupDb(source: Db, outPath: string): Promise<BackupReport> {
  mkdirSync(dirname(outPath), { recursive: true, mode: 0o700 });
  const tmp = `${outPath}.tmp-${process.pid}`;
  try {
    privateFile(tmp);
    const { totalPages } = await source.backup(tmp, { progress: () => ALL_PAGES });
    renameSync(tmp, outPath);
    return { path: outPath, bytes: statSync(outPath).size, pages: totalPages };
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Opens the database at `dbPath` (which must exist) and backs it up. */
export async function backupFile(dbPath: string, outPath: string): Promise<BackupReport> {
  const db = new Database(dbPath, { fileMustExist: true, timeout: 5000 });
  try {
    return await backupDb(db, outPath);
  } finally {
    db.close();
  }
}

export interface BackupCheck {
  /** The highest migration applied in the file. */
  schemaVersion: number;
  /** Rows per table, for the restore's report. */
  tables: Record<string, number>;
}

/** Throws with a clear message unless `path` is an intact Grannkoll database. */
export function checkBackup(path: string): BackupCheck {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new Error(`${path}: cannot be opened as SQLite (${(err as Error).message})`);
  }
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`${path}: integrity check failed: ${integrity}`);
    const has = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!has) throw new Error(`${path}: not a Grannkoll database (no schema_migrations table)`);
    const schemaVersion = Number(
      db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").pluck().get(),
    );
    const names = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const tables: Record<string, number> = {};
    for (const name of names) {
      tables[name] = Number(db.prepare(`SELECT COUNT(*) FROM "${name}"`).pluck().get());
    }
    return { schemaVersion, tables };
  } catch (err) {
    if ((err as Error).message.startsWith(path)) throw err;
    throw new Error(`${path}: not a readable database (${(err as Error).message})`);
  } finally {
    db.close();
  }
}

/** True when another connection (e.g. a running server) has the database at `dbPath` open. */
export function inUse(dbPath: string): boolean {
  if (!existsSync(dbPath)) return false;
  const db = new Database(dbPath, { fileMustExist: true, timeout: 0 });
  try {
    // In WAL mode every open connection holds a shared lock, so an exclusive one is refused.
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return false;
  } catch {
    return true;
  } finally {
    db.close();
  }
}

export interface RestoreReport extends BackupCheck {
  from: string;
  to: string;
  replaced: boolean;
  removed: string[];
  /** Sessions the backup held, all ended. */
  sessionsEnded: number;
  /** The erasures logged after the backup in the database it replaced, applied again. */
  reapplied: ReappliedErasures;
  /** What the restore could not make right by itself, for the admin to act on. */
  warnings: string[];
}

/** The erasures the database at `dbPath` logged after `since`; null when it cannot be read. */
function erasuresIn(dbPath: string, since: string | null) {
  if (!existsSync(dbPath)) return null;
  try {
    const current = new Database(dbPath, { readonly: true, fileMustExist: true });
    return { current, erasures: erasuresAfter(current, since) };
  } catch {
    return null;
  }
}

/** Ends the sessions, applies the erasures again and records the restore, in one transaction. */
function settle(
  copy: string,
  backupAt: string | null,
  found: ReturnType<typeof erasuresIn>,
): Pick<RestoreReport, "sessionsEnded" | "reapplied" | "warnings"> {
  const restored = new Database(copy);
  try {
    return restored.transaction(() => {
      const hasSessions = restored
        .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sessions'")
        .get();
      const sessionsEnded = hasSessions
        ? restored.prepare("DELETE FROM sessions").run().changes
        : 0;
      const reapplied = found
        ? reapplyErasures(found.current, restored, found.erasures)
        : { erasures: 0, watch_groups: 0, free_text: 0, missing: [] };
      const warnings: string[] = [];
      if (!found) {
        warnings.push(
          `There was no readable database to compare with, so erasures made after the backup (its last audit entry: ${backupAt ?? "none"}) are not known: erase those persons again.`,
        );
      }
      if (reapplied.missing.length > 0) {
        warnings.push(
          `These erased fields could not be carried over and may hold a name again: ${reapplied.missing.join(", ")}. Erase those persons again.`,
        );
      }
      createAuditLog(restored).record({
        actor: "system",
        action: "restore",
        entity: "database",
        detail: {
          backup_last_audit_at: backupAt,
          sessions_ended: sessionsEnded,
          erasures_reapplied: reapplied.erasures,
          watch_groups: reapplied.watch_groups,
          free_text: reapplied.free_text,
          not_carried_over: reapplied.missing.length,
        },
      });
      return { sessionsEnded, reapplied, warnings };
    })();
  } finally {
    restored.close();
  }
}

/** Puts the backup `from` in place at `dbPath`. Throws, changing nothing, if either check fails. */
export async function restoreDb(from: string, dbPath: string): Promise<RestoreReport> {
  const check = checkBackup(from);
  if (inUse(dbPath)) {
    throw new Error(`${dbPath} is open in another process (is the server running?): stop it first`);
  }
  mkdirSync(dirname(dbPath) || ".", { recursive: true });
  // Copied through the backup API, not byte by byte: a backup that has a -wal beside it is
  // restored with the WAL's content.
  const tmp = `${dbPath}.restore-${process.pid}`;
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const backupAt = lastAuditAt(source);
  const found = erasuresIn(dbPath, backupAt);
  let settled: ReturnType<typeof settle>;
  try {
    privateFile(tmp);
    await source.backup(tmp, { progress: () => ALL_PAGES });
    settled = settle(tmp, backupAt, found);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    source.close();
    found?.current.close();
  }
  const replaced = existsSync(dbPath);
  // The old database's WAL and shared-memory files would be replayed over the new file.
  const removed: string[] = [];
  for (const suffix of ["-wal", "-shm", "-journal"]) {
    if (existsSync(dbPath + suffix)) {
      rmSync(dbPath + suffix);
      removed.push(dbPath + suffix);
    }
  }
  renameSync(tmp, dbPath);
  return { ...check, from, to: dbPath, replaced, removed, ...settled };
}
