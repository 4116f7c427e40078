/**
 * Reading the digits of one number with its dots and commas. Most tokens say by themselves
 * which separator is the decimal one (`45.865.000`, `11,76`, `0.37`, `1.234,5`); a single
 * separator followed by exactly three digits (`1.234`, `45,865`) does not, and is left to the
 * column's convention (see convention.ts).
 */
import type { NumberConvention } from "../model";

/** The digits of a number without separators, and where its decimal point sits. */
export interface Digits {
  /** All digits, in order (`45.865.000` → "45865000", `11,76` → "1176"). */
  digits: string;
  /** How many of them follow the decimal separator. */
  decimals: number;
}

export type SeparatorReading =
  /** The token decides by itself; `convention` is what it proves, when it has a separator. */
  | { kind: "clear"; number: Digits; convention?: NumberConvention }
  /** One separator before exactly three digits: thousands in one convention, decimals in the other. */
  | { kind: "ambiguous"; separator: "." | ","; asThousands: Digits; asDecimal: Digits }
  | { kind: "malformed" };

/** `1.234.567` with `.` as thousands separator: each group after the first has three digits. */
function validGrouping(integer: string, thousands: string): boolean {
  if (!integer.includes(thousands)) return /^\d+$/.test(integer);
  const [first, ...rest] = integer.split(thousands);
  return /^\d{1,3}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

function conventionOfDecimal(separator: "." | ","): NumberConvention {
  return separator === "," ? "id" : "en";
}

function withDecimal(token: string, decimal: "." | ","): SeparatorReading {
  const thousands = decimal === "," ? "." : ",";
  const at = token.lastIndexOf(decimal);
  const integer = token.slice(0, at);
  const fraction = token.slice(at + 1);
  if (integer === "" || !/^\d+$/.test(fraction) || !validGrouping(integer, thousands)) return { kind: "malformed" };
  const digits = integer.split(thousands).join("") + fraction;
  return { kind: "clear", number: { digits, decimals: fraction.length }, convention: conventionOfDecimal(decimal) };
}

function withThousands(token: string, thousands: "." | ","): SeparatorReading {
  if (!validGrouping(token, thousands)) return { kind: "malformed" };
  return { kind: "clear", number: { digits: token.split(thousands).join(""), decimals: 0 }, convention: thousands === "." ? "id" : "en" };
}

/**
 * Reads a token made only of digits, dots and commas (`45.865.000`, `0.37`, `1,234`).
 * A leading zero (`0,500`), a first group longer than three digits (`1234,567`) or a group
 * other than three digits after the separator makes a single separator a decimal one.
 */
export function readSeparators(token: string): SeparatorReading {
  if (!/^[\d.,]+$/.test(token) || !/^\d/.test(token) || /[.,]$/.test(token)) return { kind: "malformed" };
  const dots = (token.match(/\./g) ?? []).length;
  const commas = (token.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return { kind: "clear", number: { digits: token, decimals: 0 } };
  if (dots > 0 && commas > 0) {
    const decimal = token.lastIndexOf(",") > token.lastIndexOf(".") ? "," : ".";
    const count = decimal === "," ? commas : dots;
    return count === 1 ? withDecimal(token, decimal) : { kind: "malformed" };
  }
  const separator = dots > 0 ? "." : ",";
  if (dots + commas > 1) return withThousands(token, separator);
  const [integer, fraction] = token.split(separator);
  if (fraction.length !== 3 || integer === "0" || integer.length > 3) return withDecimal(token, separator);
  return {
    kind: "ambiguous",
    separator,
    asThousands: { digits: integer + fraction, decimals: 0 },
    asDecimal: { digits: integer + fraction, decimals: 3 },
  };
}

/** The ambiguous token read in a convention: `.` is thousands in Indonesian, decimal in English. */
export function readInConvention(reading: Extract<SeparatorReading, { kind: "ambiguous" }>, convention: NumberConvention): Digits {
  const separatorIsDecimal = (reading.separator === ",") === (convention === "id");
  return separatorIsDecimal ? reading.asDecimal : reading.asThousands;
}

/**
 * The number the digits stand for, times a scale, computed on integers where possible so that
 * `694,29 M` is exactly 694 290 000 000 (694.29 × 1e9 in floating point is not).
 */
export function valueOf(number: Digits, scale = 1): number {
  const n = Number(number.digits);
  const divisor = 10 ** number.decimals;
  const raw = scale >= divisor && Number.isInteger(scale / divisor) ? n * (scale / divisor) : (n * scale) / divisor;
  return tidy(raw);
}

/** Drops floating-point dust (`0.3 × 100` → 30, not 30.000000000000004). */
export function tidy(x: number): number {
  // An integer of up to 15 digits carries no dust (most amounts): skip the string round trip. `+ 0` turns -0 into 0, as the round trip does.
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x + 0;
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}
