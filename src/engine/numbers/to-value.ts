/** Turning a shape into a ParsedValue once the column's convention is known. */
import type { NumberConvention, ParsedValue, Role } from "../model";
import { resolveAmbiguous } from "./convention";
import { valueOf, type Digits } from "./separators";
import type { Quantity, Shape } from "./shape";

export interface ValueContext {
  convention?: NumberConvention;
  role?: Role;
  /** Header multiplier (`Rp. (juta)` → 1e6); never applied to percentages. */
  scale?: number;
}

interface Amount {
  value: number;
  decimals: number;
}

/** Decimals as shown, less the places a power-of-ten scale moves (`694,29 M` shows 2, is whole). */
function shownDecimals(digits: Digits, scale: number): number {
  const places = Math.log10(scale);
  return Number.isInteger(places) ? Math.max(0, digits.decimals - places) : digits.decimals;
}

function amountOf(q: Quantity, ctx: ValueContext): Amount {
  const scale = q.scale * (q.percent ? 1 : (ctx.scale ?? 1));
  const digits = q.reading.kind === "clear" ? q.reading.number : resolveAmbiguous(q.reading, { convention: ctx.convention, role: ctx.role, percent: q.percent, scale });
  const value = valueOf(digits, scale);
  return { value: q.negative && value !== 0 ? -value : value, decimals: shownDecimals(digits, scale) };
}

/** `text` is the cell as typed, kept in an invalid result. */
export function toValue(shape: Shape, ctx: ValueContext, text: string): ParsedValue {
  switch (shape.kind) {
    case "quantity": {
      const q = shape.quantity;
      const { value, decimals } = amountOf(q, ctx);
      if (!Number.isFinite(value)) return { kind: "invalid", text, reason: "too-large" };
      const out: ParsedValue = { kind: "number", value, decimals };
      if (q.percent) out.percent = true;
      if (q.unit !== undefined) out.unit = q.unit;
      if (shape.atMost) out.atMost = true;
      return out;
    }
    case "range": {
      const low = amountOf(shape.low, ctx).value;
      const high = amountOf(shape.high, ctx).value;
      if (!Number.isFinite(low) || !Number.isFinite(high)) return { kind: "invalid", text, reason: "too-large" };
      if (low > high) return { kind: "invalid", text, reason: "range-reversed" };
      const out: ParsedValue = { kind: "range", low, high };
      if (shape.low.percent) out.percent = true;
      if (shape.high.unit !== undefined) out.unit = shape.high.unit;
      if (shape.atMost) out.atMost = true;
      return out;
    }
    default:
      return shape;
  }
}
