// Sending a file with XMLHttpRequest, because fetch cannot report upload progress. What is
// measured is the bytes sent; the server's checking after that is not measured (shown as busy).
import type { FieldError } from "../../server/http/errors.ts";
import { ApiError } from "../api/client.ts";
import { csrfHeaders } from "../auth/csrf.ts";

export interface UploadProgress {
  sent: number;
  total: number;
}

export function upload<T>(
  url: string,
  body: Blob | string,
  contentType: string,
  onProgress: (p: UploadProgress) => void,
): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", contentType);
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ sent: e.loaded, total: e.total });
    };
    xhr.onerror = () => reject(new ApiError(0, "network", "network error"));
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = undefined;
      }
      resolve({ status: xhr.status, body: parsed as T });
    };
    xhr.send(body);
  });
}

/** The error answer's message and fields, or null when the body is not one. */
export function errorOf(body: unknown): { message: string; fields: FieldError[] } | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const { error } = body as { error: { message?: string; fields?: FieldError[] } };
  return { message: error.message ?? "", fields: error.fields ?? [] };
}

/** The content type a boundary file is sent with, from its name. */
export function boundaryContentType(name: string): string | null {
  if (/\.zip$/i.test(name)) return "application/zip";
  if (/\.(geo)?json$/i.test(name)) return "application/geo+json";
  return null;
}

/**
 * The content type a record import is sent with, from its name: GeoJSON places (visits only) or
 * CSV. The server also reads a body that starts with '{' as GeoJSON whatever its type.
 */
export function importContentType(name: string): string {
  return /\.(geo)?json$/i.test(name) ? "application/geo+json" : "text/csv";
}

/** 0..1 over the steps (upload is the first half, the server's answer the second). */
export function stepFraction(step: "idle" | "upload" | "check" | "done", p: UploadProgress | null) {
  if (step === "idle") return 0;
  if (step === "done") return 1;
  if (step === "check") return 0.5;
  return p && p.total > 0 ? 0.5 * Math.min(1, p.sent / p.total) : 0;
}
