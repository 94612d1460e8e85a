// Imported first by main.tsx, before any module builds a schema: the CSP forbids eval, and
// without jitless mode zod probes `Function("")` once and the browser reports a violation.
import { z } from "zod";

z.config({ jitless: true });
