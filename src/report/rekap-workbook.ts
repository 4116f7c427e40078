/** rekap.xlsx: the rekap's two sheets in a new workbook, written through Cermat's own .xlsx layer. */
import type { Lang } from "../i18n/format";
import { PackageWorkbook } from "../xlsx/package-workbook";
import type { Rekap } from "./rekap";
import { rekapSheetSpecs, type RekapLinks } from "./rekap-sheets";

export async function rekapWorkbook(rekap: Rekap, lang: Lang, date = new Date(), links: RekapLinks = {}): Promise<Uint8Array> {
  const book = PackageWorkbook.blank();
  for (const spec of rekapSheetSpecs(rekap, lang, date, links)) await book.addSheet(spec);
  return book.toBuffer();
}
