/** Words of the task pane and the workbench, Bahasa Indonesia first. */
import type { Lang } from "../format";
import { UI_EN } from "./en";
import { UI_ID } from "./id";
import type { UiWords } from "./words";

export type { Counts, FailureCode, LimitedFeature, NotRecognizedCode, UiWords } from "./words";

export const UI_WORDS: Record<Lang, UiWords> = { id: UI_ID, en: UI_EN };

/** The catalogue for a language. */
export function uiWords(lang: Lang): UiWords {
  return UI_WORDS[lang];
}

/**
 * The pane's language from Office's display language (`id-ID`, `en-US`, `en-GB`…): English for
 * English, Indonesian for everything else, since the users are Indonesian civil servants whose
 * Excel may well be in English while their documents are not.
 */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? "") ? "en" : "id";
}
