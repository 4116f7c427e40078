import { displayText, isoDateText } from "../../src/xlsx/display-text";

describe("the text Excel shows for a number under its format", () => {
  it.each<[number, string | undefined, string]>([
    [32535393, undefined, "32535393"],
    [0.1 + 0.2, "General", "0.3"],
    [32535393, "#,##0", "32,535,393"],
    [-2944920, "#,##0", "-2,944,920"],
    [1234.5, "#,##0.00", "1,234.50"],
    [0.16, "0%", "16%"],
    [0.875, "0.00%", "87.50%"],
    [0.0037, "0.0%", "0.4%"],
    [77.5, "0", "78"],
    [1.005, "0.00", "1.01"],
    [150825000, '"Rp"#,##0', "Rp150,825,000"],
    [150825000, '"Rp "#,##0" ,-"', "Rp 150,825,000 ,-"],
    [150825000, "[$Rp-421]#,##0", "Rp150,825,000"],
    [-5000, "#,##0;(#,##0)", "(5,000)"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [5000, "#,##0;[Red]-#,##0", "5,000"],
    [1250000, "#,##0,", "1,250"],
    [3, '0 "KOP"', "3 KOP"],
    [0.5, "#.##", ".5"],
    [12345, "0.00E+00", "1.23E+04"],
    [44592, "dd/mm/yyyy", "31/01/2022"],
    [44592, "d mmmm yyyy", "31 January 2022"],
    [44592.5, "hh:mm", "12:00"],
  ])("%p under %p is %p", (value, format, expected) => {
    expect(displayText(value, format)).toBe(expected);
  });

  it("writes a date without a date format as ISO text", () => {
    expect(isoDateText(44592)).toBe("2022-01-31");
    expect(isoDateText(44592.75)).toBe("2022-01-31 18:00:00");
  });
});
