// Loading one of the server's TypeScript modules inside a worker thread: the thread registers
// tsx's loader itself, so the same code runs under `tsx server/main.ts` and under vitest.

/** A JavaScript expression (for a worker's eval'd code) that resolves to the module at `entry`. */
export function importTsModule(entry: URL): string {
  // The ESM entry of tsx's API, as this module's loader resolves it.
  const tsx =
    typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
  return `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); })`;
}
