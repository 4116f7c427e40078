/**
 * A small, explicit reader for the cell texts the rule specs are written in (the number reader
 * proper lives in src/engine/numbers and has its own specs). It understands what the seeds show:
 * `32,535,393`, `Rp. 45.865.000,-`, `-`, `87,30%`, `0.37`, `3 KOP`, `B`, `11\`,76%`.
 */
import { isBudgetRole, type ParsedValue, type Role } from "../../../../src/engine/model";

const SAKIP_GRADES = ["D", "C", "CC", "B", "BB", "A", "AA"];

function decimalsOf(digits: string): number {
  const i = digits.indexOf(".");
  return i < 0 ? 0 : digits.length - i - 1;
}

export function read(text: string, role: Role): ParsedValue {
  const t = text.trim();
  if (t === "" || /^[-–—]$/.test(t) || /^n\/?a$/i.test(t)) return { kind: "empty" };
  if (/[`']/.test(t) || /\dO|O\d/.test(t)) return { kind: "invalid", text, reason: "stray character" };
  if (SAKIP_GRADES.includes(t.toUpperCase())) return { kind: "grade", scale: "sakip", grade: t.toUpperCase(), rank: SAKIP_GRADES.indexOf(t.toUpperCase()) };
  if (isBudgetRole(role)) {
    const m = /^(?:Rp\.?\s*)?([\d.,\s]+?)\s*(?:,-)?$/i.exec(t);
    if (!m) return /\d/.test(t) ? { kind: "invalid", text, reason: "not an amount" } : { kind: "text", text };
    const body = m[1].replace(/\s/g, "");
    // Thousands separators either way: 32,535,393 (en) or 45.865.000 (id).
    if (/^\d{1,3}(,\d{3})+$/.test(body) || /^\d{1,3}(\.\d{3})+$/.test(body) || /^\d+$/.test(body)) {
      return { kind: "number", value: Number(body.replace(/[.,]/g, "")) };
    }
    return { kind: "invalid", text, reason: "not an amount" };
  }
  const m = /^(\d+(?:[.,]\d+)?)\s*(%?)\s*([A-Za-z/ ]*)$/.exec(t);
  if (!m) return /\d/.test(t) ? { kind: "invalid", text, reason: "not a number" } : { kind: "text", text };
  const digits = m[1].replace(",", ".");
  const value: ParsedValue = { kind: "number", value: Number(digits), decimals: decimalsOf(digits) };
  if (m[2] === "%") value.percent = true;
  if (m[3].trim()) value.unit = m[3].trim();
  return value;
}
