/**
 * An .xlsx file as its zip parts, opened with limits checked from the zip directory before
 * anything is inflated, and saved with every part nobody changed byte-identical to the original.
 * Works in node and in the browser with fflate alone; node may hand it zlib to inflate with.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

/**
 * Inflates one part's raw deflate data to `size` bytes; throws on damaged data. Node gives zlib
 * (src/xlsx/node-file.ts); without one, fflate inflates in JavaScript.
 */
export type RawInflate = (data: Uint8Array, size: number) => Uint8Array;

export interface PackageLimits {
  /** Sum of the parts' uncompressed sizes, as the zip directory states them. */
  maxUncompressedBytes: number;
  /** One part's uncompressed size (a worksheet's XML is the largest). */
  maxPartBytes: number;
  /** Parts in the archive. */
  maxParts: number;
}

/** Well above any real Rencana Aksi workbook (a 100,000-row sheet inflates to about 40 MB). */
export const DEFAULT_LIMITS: PackageLimits = {
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxPartBytes: 300 * 1024 * 1024,
  maxParts: 10_000,
};

/** The zip format's first day (local time, as zip dates are), where Excel dates the parts it writes. */
const ZIP_DATE = new Date(1980, 0, 1);

/** Why opening stopped before inflating; the adapters turn it into WorkbookError("TOO_LARGE"). */
export class PackageLimitError extends Error {
  constructor(
    readonly limit: keyof PackageLimits,
    readonly actual: number,
    readonly allowed: number,
  ) {
    super(`The workbook is too large to open: ${limit} ${actual} > ${allowed}`);
    this.name = "PackageLimitError";
  }
}

export class XlsxPackage {
  /** Parts as stored, by path without a leading slash (`xl/worksheets/sheet1.xml`). */
  private readonly parts: Map<string, Uint8Array>;
  /** Paths rewritten or added since opening (the rest are written back as they were read). */
  private readonly changed = new Set<string>();
  private readonly texts = new Map<string, string>();
  /**
   * Parts set as text and not yet encoded: encoding waits for a save or a read of the bytes, so
   * marking a few cells of a big sheet several times encodes its 5 MB of XML once, not each time.
   */
  private readonly unencoded = new Set<string>();

  private constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  /**
   * Opens zip bytes. Throws PackageLimitError before inflating when the directory says too much, or
   * fflate's error for a damaged zip. With `inflate`, a plain zip (no zip64, no encryption) is
   * inflated by it; anything it cannot read, or damaged data, is left to fflate as without it.
   */
  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, inflate?: RawInflate): XlsxPackage {
    const entries = inflate ? readZipDirectory(bytes) : undefined;
    if (inflate && entries) {
      const checkLimits = limitCheck(limits);
      for (const entry of entries) checkLimits(entry.size);
      const files = inflateAll(entries, inflate);
      if (files) return new XlsxPackage(new Map(Object.entries(files)));
    }
    const checkLimits = limitCheck(limits);
    const files = unzipSync(bytes, { filter: (file) => (checkLimits(file.originalSize), true) });
    return new XlsxPackage(new Map(Object.entries(files)));
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  paths(): string[] {
    return [...this.parts.keys()];
  }

  bytes(path: string): Uint8Array | undefined {
    this.encode(path);
    return this.parts.get(path);
  }

  private encode(path: string): void {
    if (!this.unencoded.delete(path)) return;
    this.parts.set(path, strToU8(this.texts.get(path)!));
  }

  /** A part as text (XML parts are UTF-8), decoded once. */
  text(path: string): string | undefined {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const bytes = this.parts.get(path);
    if (!bytes) return undefined;
    const text = strFromU8(bytes);
    this.texts.set(path, text);
    return text;
  }

  /** Replaces (or adds) a part. Writing the same text back leaves the part unchanged. */
  setText(path: string, text: string): void {
    if (this.text(path) === text) return;
    // The old bytes hold the place (and the part's position) until the text is encoded.
    if (!this.parts.has(path)) this.parts.set(path, new Uint8Array(0));
    this.texts.set(path, text);
    this.unencoded.add(path);
    this.changed.add(path);
  }

  remove(path: string): void {
    if (this.parts.delete(path)) this.changed.add(path);
    this.texts.delete(path);
    this.unencoded.delete(path);
  }

  /** Paths that a save will write differently from what was opened (added, rewritten or removed). */
  changedPaths(): string[] {
    return [...this.changed];
  }

  /**
   * The package as zip bytes; `[Content_Types].xml` first, as Office writes it. Every entry is dated
   * 1 January 1980, as Excel dates them: the same package saves to the same bytes, whenever (fflate
   * would date each entry with the clock, so two saves a second apart differed).
   */
  save(): Uint8Array {
    const entries: Zippable = {};
    const order = [...this.parts.keys()].sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
    for (const path of order) entries[path] = [this.bytes(path)!, { level: 6, mtime: ZIP_DATE }];
    return zipSync(entries);
  }
}

/** Counts parts and sizes as the directory lists them, throwing at the first limit passed. */
function limitCheck(limits: PackageLimits): (size: number) => void {
  let total = 0;
  let count = 0;
  return (size) => {
    count++;
    total += size;
    if (count > limits.maxParts) throw new PackageLimitError("maxParts", count, limits.maxParts);
    if (size > limits.maxPartBytes) throw new PackageLimitError("maxPartBytes", size, limits.maxPartBytes);
    if (total > limits.maxUncompressedBytes) throw new PackageLimitError("maxUncompressedBytes", total, limits.maxUncompressedBytes);
  };
}

/**
 * Every part inflated, keyed as fflate keys them (a later part of the same name wins); undefined
 * when a part does not inflate to the size its directory entry states, so fflate gives its answer.
 */
function inflateAll(entries: ZipEntry[], inflate: RawInflate): Record<string, Uint8Array> | undefined {
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    let data: Uint8Array;
    if (entry.method === 0) data = entry.data.slice();
    else {
      try {
        data = inflate(entry.data, entry.size);
      } catch {
        return undefined;
      }
    }
    if (data.length !== entry.size) return undefined;
    files[entry.name] = data;
  }
  return files;
}
