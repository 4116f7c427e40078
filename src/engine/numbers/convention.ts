/**
 * The dot/comma convention of a column, decided from all its values, and what an ambiguous
 * token (`1.234`, `45,865`) means when the column does not decide.
 *
 * Every token that decides by itself votes: `45.865.000` and `11,76` for Indonesian,
 * `32,535,393` and `0.37` for English. The majority wins; a tie (including no votes) leaves the
 * convention undecided and the role decides, see `resolveAmbiguous`.
 */
import { isBudgetRole, type NumberConvention, type Role } from "../model";
import { readInConvention, type Digits, type SeparatorReading } from "./separators";
import { shapeOf, type Quantity, type Shape } from "./shape";

function quantitiesOf(shape: Shape): Quantity[] {
  if (shape.kind === "quantity") return [shape.quantity];
  if (shape.kind === "range") return [shape.low, shape.high];
  return [];
}

/** The majority convention of the shapes' self-deciding tokens; undefined on a tie. */
export function conventionOfShapes(shapes: readonly Shape[]): NumberConvention | undefined {
  let id = 0;
  let en = 0;
  for (const q of shapes.flatMap(quantitiesOf)) {
    if (q.reading.kind !== "clear" || q.reading.convention === undefined) continue;
    if (q.reading.convention === "id") id++;
    else en++;
  }
  if (id === en) return undefined;
  return id > en ? "id" : "en";
}

/**
 * The convention texts are written in (`["32,535,393", "2,944,920"]` → "en"), or undefined
 * when nothing in them decides or the votes tie.
 */
export function detectConvention(texts: string[]): NumberConvention | undefined {
  return conventionOfShapes(texts.map((text) => shapeOf(text)));
}

export interface AmbiguityContext {
  convention?: NumberConvention;
  role?: Role;
  percent: boolean;
  /** The total multiplier (scale word × header scale). */
  scale: number;
}

function isPercentRole(role: Role | undefined): boolean {
  return role !== undefined && /^(capaian|serapan)(_|$)/.test(role);
}

/**
 * The digits of a token, deciding `1.234` / `45,865` when needed, by what is most likely:
 * 1. Rupiah (budget roles, unscaled) are whole: three digits after a separator are thousands,
 *    whichever the separator (`45,865` in an Indonesian column is 45 865, not 45,865 rupiah).
 * 2. Otherwise the column's convention, when its values decide one.
 * 3. Undecided percentages (a `%` or a capaian/serapan column) read the separator as decimal:
 *    `83,333%` and `83.333%` are both 83,333, since a capaian in the tens of thousands is not.
 * 4. Anything else falls back to Indonesian, the language of these documents: `1.500` orang
 *    is 1 500, `1,250` is 1,25.
 */
export function resolveAmbiguous(reading: Extract<SeparatorReading, { kind: "ambiguous" }>, ctx: AmbiguityContext): Digits {
  if (ctx.role !== undefined && isBudgetRole(ctx.role) && ctx.scale === 1 && !ctx.percent) return reading.asThousands;
  if (ctx.convention) return readInConvention(reading, ctx.convention);
  if (ctx.percent || isPercentRole(ctx.role)) return reading.asDecimal;
  return readInConvention(reading, "id");
}
