/**
 * Words shown to people, Bahasa Indonesia first. Finding messages live in `findings/`, keyed by
 * finding code; other catalogues (ui/, cli/) sit beside them.
 */
import type { Finding, FindingCode, Mark } from "../engine/model";
import { FINDINGS_EN } from "./findings/en";
import { FINDINGS_ID } from "./findings/id";
import { toolsFor, type FindingMessage } from "./findings/tools";
import type { Lang } from "./format";

export * from "./format";
export type { FindingMessage, MessageTools } from "./findings/tools";

export const FINDING_MESSAGES: Record<Lang, Record<FindingCode, FindingMessage>> = { id: FINDINGS_ID, en: FINDINGS_EN };

/** The message of a finding: what is wrong and what to do, with its numbers formatted for the language. */
export function renderFinding(f: Finding, lang: Lang): string {
  const message = FINDING_MESSAGES[lang][f.code];
  if (!message) throw new Error(`No ${lang} message for finding code ${f.code}`);
  return message(f, toolsFor(lang));
}

/** One mark per finding: the fill follows the severity, the note carries the message in the person's language. */
export function marksFor(findings: readonly Finding[], lang: Lang): Mark[] {
  return findings.map((f) => ({ row: f.row, col: f.col, severity: f.severity, note: renderFinding(f, lang) }));
}
