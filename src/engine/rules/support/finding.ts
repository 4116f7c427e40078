import { toA1, type Finding, type FindingCode, type Severity } from "../../model";

export interface FindingInput {
  code: FindingCode;
  severity: Severity;
  row: number;
  col: number;
  expected?: number;
  actual?: number;
  difference?: number;
  derivedFrom?: string[];
  params?: Finding["params"];
}

/** A finding with its A1 address filled in and absent numbers left out (not set to undefined). */
export function finding(input: FindingInput): Finding {
  const out: Finding = {
    code: input.code,
    severity: input.severity,
    row: input.row,
    col: input.col,
    cell: toA1(input.row, input.col),
    params: input.params ?? {},
  };
  if (input.expected !== undefined) out.expected = input.expected;
  if (input.actual !== undefined) out.actual = input.actual;
  if (input.difference !== undefined) out.difference = input.difference;
  if (input.derivedFrom !== undefined && input.derivedFrom.length > 0) out.derivedFrom = input.derivedFrom;
  return out;
}
