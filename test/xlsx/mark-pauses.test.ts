/**
 * The workbench's package workbook pauses between the parts of marking and clearing (the page
 * paints between them): the file it writes is byte for byte the one written without pauses.
 */
import { PackageWorkbook } from "../../src/xlsx/package-workbook";
import { SHEET, lombokWorkbook, toBytes } from "./lombok-workbook";

const MARKS = ["K8", "M8", "N9", "E7"].map((address, i) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65, severity: i % 2 === 0 ? ("error" as const) : ("warning" as const), note: `Temuan ${i + 1}` };
});

describe("marking with pauses", () => {
  it("pauses between reading the sheet, patching its cells and writing the notes, and writes the same file", async () => {
    const bytes = await toBytes(lombokWorkbook());
    let pauses = 0;
    const paused = await PackageWorkbook.fromBuffer(bytes, { pause: async () => void pauses++ });
    const plain = await PackageWorkbook.fromBuffer(bytes);
    await paused.mark(SHEET, MARKS);
    await plain.mark(SHEET, MARKS);
    expect(pauses).toBe(2);
    expect(Buffer.from(await paused.toBuffer()).equals(Buffer.from(await plain.toBuffer()))).toBe(true);
    await paused.clearMarks(SHEET);
    await plain.clearMarks(SHEET);
    expect(pauses).toBe(3);
    expect(Buffer.from(await paused.toBuffer()).equals(Buffer.from(await plain.toBuffer()))).toBe(true);
  });
});
