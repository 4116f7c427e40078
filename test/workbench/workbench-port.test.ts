import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WorkbenchPort, type WorkbenchEvent } from "../../src/workbench/workbench-port";
import { PackageWorkbook } from "../../src/xlsx/package-workbook";

const LOMBOK = join(__dirname, "..", "fixtures", "lombok-tengah.xlsx");

async function port(): Promise<{ port: WorkbenchPort; file: PackageWorkbook; sheet: string; events: WorkbenchEvent[] }> {
  const file = await PackageWorkbook.fromBuffer(readFileSync(LOMBOK));
  const sheet = (await file.sheetNames())[0];
  const p = new WorkbenchPort(file, sheet);
  const events: WorkbenchEvent[] = [];
  p.subscribe((e) => events.push(e));
  return { port: p, file, sheet, events };
}

describe("the workbench's port", () => {
  it("reads a sheet once for the grid and every check, until its cells change", async () => {
    const { port: p, file, sheet } = await port();
    const reads = jest.spyOn(file, "readSheet");
    const first = await p.readSheet(sheet);
    expect(await p.readSheet(sheet)).toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);

    await p.writeCells(sheet, [{ row: 9, col: 10, value: 123 }]);
    const after = await p.readSheet(sheet);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(after.rows[9][10]?.value).toBe(123);
  });

  it("tells the grid that marks changed only the looks, and keeps the grid it read", async () => {
    const { port: p, file, sheet, events } = await port();
    const reads = jest.spyOn(file, "readSheet");
    const grid = await p.readSheet(sheet);
    await p.mark(sheet, [{ row: 9, col: 10, severity: "error", note: "Jumlah anggaran tidak sama" }]);
    await p.clearMarks(sheet);
    expect(events.map((e) => e.kind)).toEqual(["looks", "looks"]);
    expect(await p.readSheet(sheet)).toBe(grid);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it("reads again after a failed read instead of keeping the failure", async () => {
    const { port: p, file, sheet } = await port();
    const reads = jest.spyOn(file, "readSheet").mockRejectedValueOnce(new Error("busy"));
    await expect(p.readSheet(sheet)).rejects.toThrow("busy");
    await expect(p.readSheet(sheet)).resolves.toMatchObject({ sheetName: sheet });
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
