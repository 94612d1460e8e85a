// A minimal, bounded zip reader for uploaded Shapefiles. Written here rather than taken from shpjs's
// parseZip because an upload is untrusted: every entry's inflated size is capped (a zip bomb stops
// at the cap instead of filling memory) and checked against its CRC.
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  maxEntries: number;
  /** Largest inflated size of any one entry, and of all entries together, in bytes. */
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
};

export class ZipError extends Error {}

/** An entry larger than its limit, from the directory's declared size or while inflating. */
export class ZipEntryTooLarge extends ZipError {
  constructor(
    readonly entry: string,
    readonly limit: number,
    message: string,
  ) {
    super(message);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as zip files use it (zlib.crc32 only exists from Node 20.15). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function endOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new ZipError("not a zip file (no end-of-central-directory record)");
}

/**
 * The archive's files by path, only those `wanted` are inflated; folders are left out. `limitOf`
 * may give an entry a lower size limit than `limits.maxEntryBytes` (e.g. what a file type can need).
 */
export function readZip(
  buf: Buffer,
  wanted: (name: string) => boolean = () => true,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  limitOf: (name: string) => number = () => Infinity,
): Map<string, Buffer> {
  const eocd = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count > limits.maxEntries)
    throw new ZipError(`the zip holds more than ${limits.maxEntries} files`);
  const files = new Map<string, Buffer>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) {
      throw new ZipError("the zip's central directory is damaged");
    }
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const rawSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const skip = nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength);
    p += 46 + skip;
    if (name.endsWith("/") || !wanted(name)) continue;
    if (flags & 1) throw new ZipError(`${name} is encrypted`);
    if (size === 0xffffffff || rawSize === 0xffffffff)
      throw new ZipError("ZIP64 archives are not supported");
    const cap = Math.min(limits.maxEntryBytes, limitOf(name));
    if (rawSize > cap) throw new ZipEntryTooLarge(name, cap, `${name} is larger than ${cap} bytes`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) {
      throw new ZipError(`${name}: damaged local header`);
    }
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    if (data.length !== size) throw new ZipError(`${name} is truncated`);
    const bytes = inflate(name, method, data, Math.min(cap, limits.maxTotalBytes - total));
    if (crc32(bytes) !== crc) throw new ZipError(`${name} is corrupt (CRC mismatch)`);
    total += bytes.length;
    files.set(name, bytes);
  }
  return files;
}

function inflate(name: string, method: number, data: Buffer, max: number): Buffer {
  if (method === 0) {
    if (data.length > max)
      throw new ZipEntryTooLarge(name, max, `${name} is larger than ${max} bytes`);
    return data;
  }
  if (method !== 8)
    throw new ZipError(`${name} uses compression method ${method}; only deflate is supported`);
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch (err) {
    if (err instanceof RangeError) {
      throw new ZipEntryTooLarge(name, max, `${name} inflates to more than ${max} bytes`);
    }
    throw new ZipError(`${name} cannot be inflated: ${(err as Error).message}`);
  }
}
