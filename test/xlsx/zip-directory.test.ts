import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { strToU8, zipSync } from "fflate";
import { nodeInflateRaw } from "../../src/xlsx/node-file";
import { readZipDirectory } from "../../src/xlsx/package/zip-directory";
import { PackageLimitError, XlsxPackage, type RawInflate } from "../../src/xlsx/package/zip-package";
import { libreOfficeAvailable, recalculate } from "../support/libreoffice";

const TEST_ROOT = join(__dirname, "..");

function workbooksUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : workbooksUnder(path);
    return /\.xls[xm]$/i.test(entry.name) ? [path] : [];
  });
}

/** Every part, in the package's order, with its length and a digest of its bytes (cheap to compare). */
function partsOf(pkg: XlsxPackage): string[] {
  return pkg.paths().map((path) => `${path} ${pkg.bytes(path)!.length} ${createHash("sha256").update(pkg.bytes(path)!).digest("hex")}`);
}

function errorOf(open: () => unknown): unknown {
  try {
    open();
  } catch (error) {
    return error;
  }
  throw new Error("expected the package to be refused");
}

/** Sets a 16- or 32-bit field of the first central directory entry. */
function withDirectoryField(zip: Uint8Array, offset: number, value: number, bytes: 2 | 4): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  let at = copy.length - 22;
  while (view.getUint32(at, true) !== 0x06054b50) at--;
  const entry = view.getUint32(at + 16, true);
  if (bytes === 2) view.setUint16(entry + offset, value, true);
  else view.setUint32(entry + offset, value, true);
  return copy;
}

describe("opening with node's zlib gives the very parts fflate gives", () => {
  const workbooks = workbooksUnder(TEST_ROOT);

  it("finds the repository's workbooks to compare", () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(workbooks.map((w) => [relative(TEST_ROOT, w), w]))("%s: same paths, same order, same bytes", (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    expect(readZipDirectory(bytes)).toBeDefined();
    expect(partsOf(XlsxPackage.open(bytes, undefined, nodeInflateRaw))).toEqual(partsOf(XlsxPackage.open(bytes)));
  });

  const withLibreOffice = libreOfficeAvailable() ? it : it.skip;
  withLibreOffice("a workbook saved by LibreOffice (sizes in data descriptors after each part, not in its header)", () => {
    const bytes = new Uint8Array(readFileSync(recalculate(join(TEST_ROOT, "fixtures", "nganjuk.xlsx"))));
    const flags = new DataView(bytes.buffer, bytes.byteOffset).getUint16(6, true);
    expect(flags & 8).toBe(8);
    expect(readZipDirectory(bytes)).toBeDefined();
    expect(partsOf(XlsxPackage.open(bytes, undefined, nodeInflateRaw))).toEqual(partsOf(XlsxPackage.open(bytes)));
  });

  it("reads stored parts, a zip comment, and names with and without the UTF-8 flag", () => {
    const zip = zipSync(
      {
        "stored.xml": [strToU8("<a/>"), { level: 0 }],
        "deflated.xml": strToU8("<b>".repeat(5000)),
        "empty.xml": new Uint8Array(0),
        "gambar – ü.png": [new Uint8Array([1, 2, 3]), { level: 0 }],
      },
      { comment: "dibuat oleh aplikasi lain" },
    );
    expect(readZipDirectory(zip)?.map((e) => [e.name, e.method])).toEqual([
      ["stored.xml", 0],
      ["deflated.xml", 8],
      ["empty.xml", 8],
      ["gambar – ü.png", 0],
    ]);
    expect(partsOf(XlsxPackage.open(zip, undefined, nodeInflateRaw))).toEqual(partsOf(XlsxPackage.open(zip)));
    // The same name's bytes without the UTF-8 flag are read a byte per character, as fflate does.
    const latin = withDirectoryField(zip, 8, 0, 2);
    expect(partsOf(XlsxPackage.open(latin, undefined, nodeInflateRaw))).toEqual(partsOf(XlsxPackage.open(latin)));
  });
});

describe("what the hand reading leaves to fflate", () => {
  const zip = zipSync({ "xl/workbook.xml": strToU8("<workbook/>".repeat(100)) });

  it.each([
    ["an encrypted part", 8, 1, 2],
    ["a compression it does not know", 10, 12, 2],
    ["a zip64 size", 20, 0xffffffff, 4],
  ] as const)("%s", (_case, offset, value, bytes) => {
    expect(readZipDirectory(withDirectoryField(zip, offset, value, bytes))).toBeUndefined();
  });

  it("a file with no directory at its end", () => {
    expect(readZipDirectory(zip.subarray(0, zip.length - 10))).toBeUndefined();
  });

  it("damaged data: the same error as fflate's, not zlib's", () => {
    const damaged = zip.slice();
    const start = 30 + "xl/workbook.xml".length;
    damaged.fill(0xff, start, start + 8);
    expect(errorOf(() => XlsxPackage.open(damaged, undefined, nodeInflateRaw))).toEqual(errorOf(() => XlsxPackage.open(damaged)));
  });

  it("a part that inflates to another size than its directory states is read by fflate", () => {
    const short: RawInflate = () => new Uint8Array(3);
    expect(partsOf(XlsxPackage.open(zip, undefined, short))).toEqual(partsOf(XlsxPackage.open(zip)));
  });

  it("the limits are checked from the directory before anything is inflated", () => {
    const big = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(2_000_000) });
    const inflate = jest.fn(nodeInflateRaw);
    const limits = { maxUncompressedBytes: 10_000_000, maxPartBytes: 1_000_000, maxParts: 10 };
    const refused = errorOf(() => XlsxPackage.open(big, limits, inflate));
    expect(refused).toBeInstanceOf(PackageLimitError);
    expect(refused).toEqual(errorOf(() => XlsxPackage.open(big, limits)));
    expect(inflate).not.toHaveBeenCalled();
  });
});
