import type { Capabilities } from "../excel";
import type { LimitedFeature } from "../i18n/ui";

/**
 * What to tell the person about an older Excel, from the adapter's capabilities. Notes and
 * comments are one story (a mark falls back from a note to a comment to a fill), so only the
 * last step that applies is told.
 */
export function limitationsOf(caps: Capabilities): LimitedFeature[] {
  const limits: LimitedFeature[] = [];
  if (!caps.mergedAreas) limits.push("mergedAreas");
  if (!caps.notes) limits.push(caps.comments ? "notes" : "comments");
  if (!caps.cellProperties) limits.push("cellProperties");
  if (!caps.dataValidation) limits.push("dataValidation");
  if (!caps.freezePanes) limits.push("freezePanes");
  if (!caps.pageLayout) limits.push("pageLayout");
  return limits;
}
