// The one place that opens SQLite: pragmas, then migrations. A database file made here is readable
// by its owner only (it holds contact persons and password hashes); SQLite gives its -wal and -shm
// files the same mode.
import { chmodSync, existsSync } from "node:fs";
import Database from "better-sqlite3";
import { migrate } from "./migrate.ts";

export type Db = Database.Database;

export function openDb(path: string): Db {
  const fresh = path !== ":memory:" && !existsSync(path);
  const db = new Database(path);
  if (fresh) chmodSync(path, 0o600);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}
