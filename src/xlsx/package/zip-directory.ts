/**
 * The zip's central directory read by hand, for the one case where fflate's own reading is not
 * wanted: node, where the parts can be inflated by zlib in native code (several times faster
 * than fflate's JavaScript on a cold start, which is every start of the command line). Only the
 * plain case is read: no zip64, no encryption, stored or deflated parts, every offset inside the
 * file. Anything else answers undefined and fflate reads the file as before, with its own errors.
 */

import { strFromU8 } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** Uncompressed size, as the directory states it. */
  size: number;
  /** The part's compressed bytes (a view into the file). */
  data: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
/** A 32-bit field at its maximum means the real value is in a zip64 record. */
const ZIP64 = 0xffffffff;

/** The parts as the central directory lists them, in its order; undefined for anything but the plain case. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = findEndOfDirectory(view);
  if (end === undefined) return undefined;
  const count = u16(end + 8);
  const directoryOffset = u32(end + 16);
  // A zip64 locator just before the record: fflate reads those.
  if (end >= 20 && u32(end - 20) === ZIP64_LOCATOR) return undefined;
  if (count === 0xffff || directoryOffset === ZIP64) return undefined;
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) return undefined;
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    if (flags & 1 || (method !== 0 && method !== 8) || compressedSize === ZIP64 || size === ZIP64 || local === ZIP64) return undefined;
    if (next > bytes.length || local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) return undefined;
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + compressedSize > bytes.length) return undefined;
    // Bit 11: the name is UTF-8; otherwise a byte per character. Read by fflate's own function, as it reads names.
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), !(flags & 0x800));
    entries.push({ name, method, size, data: bytes.subarray(start, start + compressedSize) });
    at = next;
  }
  return entries;
}

/** The end-of-directory record: the last 22 bytes, or further back past a comment of up to 65,535 bytes. */
function findEndOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}
