import { colLetter, fromA1, toA1 } from "../../src/engine/model";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (col, letters) => {
    expect(colLetter(col)).toBe(letters);
  });

  it("round-trips row and column", () => {
    expect(toA1(11, 10)).toBe("K12");
    expect(fromA1("K12")).toEqual({ row: 11, col: 10 });
    expect(fromA1("$AB$3")).toEqual({ row: 2, col: 27 });
  });

  it("rejects what is not an address", () => {
    expect(() => fromA1("12K")).toThrow("Not an A1 address");
  });
});
