/**
 * rekap.html: the rekap as one page that needs nothing else: its style and its small script are
 * inside it, and its content-security policy forbids loading anything from anywhere. Every value
 * is in the HTML itself (the page reads without its script); the script sorts the tables by a
 * heading and filters them by status, severity and text. Printable in landscape, controls hidden.
 */
import type { Lang } from "../i18n/format";
import { reportWords } from "../i18n/report";
import type { Rekap, RekapRow, TemuanRow } from "./rekap";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function esc(value: string | number | undefined): string {
  return value === undefined ? "" : String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

interface HtmlColumn<Row> {
  heading: string;
  numeric?: boolean;
  /** The cell's HTML (already escaped). */
  cell(row: Row, index: number): string;
  /** What the column sorts by, when it is not the cell's text. */
  sort?(row: Row, index: number): string | number;
}

export function rekapHtml(rekap: Rekap, lang: Lang, date = new Date()): string {
  const w = reportWords(lang);
  const h = w.heading;
  const ui = PAGE_WORDS[lang];
  const number = (n: number | undefined) => (n === undefined ? "" : n.toLocaleString(lang === "id" ? "id-ID" : "en-GB"));
  const counted = (n: number, r: RekapRow) => (r.sheet === undefined ? "" : number(n));
  // A file that was not checked has no counts: it sorts below a sheet with none.
  const countKey = (n: number, r: RekapRow) => (r.sheet === undefined ? -1 : n);
  const rekapColumns: Array<HtmlColumn<RekapRow>> = [
    { heading: w.no, numeric: true, cell: (_, i) => String(i + 1), sort: (_, i) => i },
    { heading: h.file, cell: (r) => (r.firstFinding === undefined ? esc(r.file) : `<a href="#temuan-${r.firstFinding + 1}">${esc(r.file)}</a>`), sort: (r) => r.file },
    { heading: h.sheet, cell: (r) => esc(r.sheet) },
    { heading: h.opd, cell: (r) => esc(r.opd) },
    { heading: h.tahun, numeric: true, cell: (r) => esc(r.tahun), sort: (r) => r.tahun ?? -1 },
    { heading: h.document, cell: (r) => esc(r.document ? w.document[r.document] : "") },
    { heading: h.rowsRead, numeric: true, cell: (r) => counted(r.rowsRead, r), sort: (r) => countKey(r.rowsRead, r) },
    { heading: h.errors, numeric: true, cell: (r) => counted(r.errors, r), sort: (r) => countKey(r.errors, r) },
    { heading: h.warnings, numeric: true, cell: (r) => counted(r.warnings, r), sort: (r) => countKey(r.warnings, r) },
    ...rekap.codes.map((code): HtmlColumn<RekapRow> => ({ heading: code, numeric: true, cell: (r) => (r.sheet === undefined ? "" : number(r.codes[code] ?? 0)), sort: (r) => countKey(r.codes[code] ?? 0, r) })),
    { heading: h.unreadColumns, cell: (r) => esc(r.unreadColumns.join(", ")), sort: (r) => r.unreadColumns.length },
    { heading: h.status, cell: (r) => `<span class="status ${r.status}">${esc(w.status[r.status])}</span>`, sort: (r) => w.status[r.status] },
    { heading: h.reason, cell: (r) => esc(r.reason) },
  ];
  const temuanColumns: Array<HtmlColumn<TemuanRow>> = [
    { heading: w.no, numeric: true, cell: (_, i) => String(i + 1), sort: (_, i) => i },
    { heading: h.file, cell: (t) => esc(t.file) },
    { heading: h.sheet, cell: (t) => esc(t.sheet) },
    { heading: h.cell, cell: (t) => esc(t.cell), sort: (t) => cellOrder(t.cell) },
    { heading: h.code, cell: (t) => esc(t.code) },
    { heading: h.severityName, cell: (t) => esc(w.severity[t.severity]), sort: (t) => ["error", "warning", "info"].indexOf(t.severity) },
    { heading: h.message, cell: (t) => esc(t.message) },
    { heading: h.expected, numeric: true, cell: (t) => number(t.expected), sort: (t) => t.expected ?? Number.NEGATIVE_INFINITY },
    { heading: h.actual, numeric: true, cell: (t) => number(t.actual), sort: (t) => t.actual ?? Number.NEGATIVE_INFINITY },
    { heading: h.rootCause, cell: (t) => esc(t.rootCause) },
  ];
  const statuses = [...new Set(rekap.rows.map((r) => r.status))];
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    // Nothing may be fetched: no script, style, image or font from anywhere but this file.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(w.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${esc(w.title)}</h1>`,
    `<p>${esc(`${w.totals(rekap.totals)}.`)}</p>`,
    `<p class="generated">${esc(w.generated(date))}</p>`,
    '<div class="controls" role="search">',
    `<label for="status">${esc(h.status)}</label> <select id="status"><option value="">${esc(ui.all)}</option>${statuses.map((s) => `<option value="${s}">${esc(w.status[s])}</option>`).join("")}</select>`,
    `<label for="severity">${esc(h.severityName)}</label> <select id="severity"><option value="">${esc(ui.all)}</option>${(["error", "warning", "info"] as const).map((s) => `<option value="${s}">${esc(w.severity[s])}</option>`).join("")}</select>`,
    `<label for="text">${esc(ui.search)}</label> <input id="text" type="search">`,
    `<output id="shown" aria-live="polite"></output>`,
    "</div>",
    tableHtml("rekap", w.rekapSheet, rekapColumns, rekap.rows, (r) => ` data-status="${r.status}"`),
    `<h2 id="temuan">${esc(h.findings)}</h2>`,
    rekap.temuan.length === 0
      ? `<p>${esc(w.noFindings)}</p>`
      : tableHtml("temuan-table", h.findings, temuanColumns, rekap.temuan, (t, i) => ` id="temuan-${i + 1}" data-severity="${t.severity}"`),
    "</main>",
    `<script>${script(ui)}</script>`,
    "</body>",
    "</html>",
  ].join("\n");
}

function tableHtml<Row>(id: string, caption: string, columns: ReadonlyArray<HtmlColumn<Row>>, rows: readonly Row[], attributes: (row: Row, index: number) => string): string {
  const head = columns.map((c, i) => `<th scope="col"${c.numeric ? ' class="num"' : ""}><button type="button" data-col="${i}"${c.numeric ? ' data-numeric="1"' : ""}>${esc(c.heading)}<span class="arrow" aria-hidden="true"></span></button></th>`).join("");
  const body = rows
    .map((row, index) => {
      const cells = columns.map((c) => {
        const sort = c.sort?.(row, index);
        return `<td${c.numeric ? ' class="num"' : ""}${sort === undefined ? "" : ` data-sort="${esc(sort)}"`}>${c.cell(row, index)}</td>`;
      });
      return `<tr${attributes(row, index)}>${cells.join("")}</tr>`;
    })
    .join("\n");
  // A region of its own that scrolls sideways, reachable by keyboard.
  return `<div class="scroll" role="region" tabindex="0" aria-label="${esc(caption)}"><table id="${id}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** "K48" → a number that sorts cells by column, then row. */
function cellOrder(cell: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return 0;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return col * 1_048_576 + Number(m[2]);
}

const PAGE_WORDS: Record<Lang, { all: string; search: string; shown: string }> = {
  id: { all: "Semua", search: "Cari", shown: "baris ditampilkan" },
  en: { all: "All", search: "Search", shown: "rows shown" },
};

const STYLE = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{padding:16px 20px}
h1{font-size:1.4em;margin:0 0 4px}
h2{font-size:1.15em;margin:24px 0 8px}
.generated{color:#555;margin-top:0}
.controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:12px 0}
.controls select,.controls input{font:inherit;padding:4px 6px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid #b7b7b7;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#d9e1f2;position:sticky;top:0}
th button{all:unset;cursor:pointer;font-weight:600;display:block;width:100%}
th button:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}
th[aria-sort=ascending] .arrow::after{content:" ▲"}
th[aria-sort=descending] .arrow::after{content:" ▼"}
.scroll:focus-visible{outline:2px solid #0b5cad}
.num{text-align:right}
a{color:#0b5cad}
.status.errors,.status.unreadable{color:#a4262c;font-weight:600}
.status.ready{color:#107c10}
tr[hidden]{display:none}
@media print{
  @page{size:landscape;margin:12mm}
  .controls,output{display:none}
  th{position:static}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}`;

function script(ui: { shown: string }): string {
  return `(() => {
  const $ = (s) => document.querySelector(s);
  const status = $("#status"), severity = $("#severity"), text = $("#text"), shown = $("#shown");
  const tables = [...document.querySelectorAll("table")];
  function filter() {
    const words = text.value.trim().toLowerCase();
    let count = 0;
    for (const table of tables) for (const row of table.tBodies[0].rows) {
      const hide = (status.value && row.dataset.status !== undefined && row.dataset.status !== status.value)
        || (severity.value && row.dataset.severity !== undefined && row.dataset.severity !== severity.value)
        || (words !== "" && !row.textContent.toLowerCase().includes(words));
      row.hidden = Boolean(hide);
      if (!hide) count++;
    }
    shown.textContent = count + " ${ui.shown}";
  }
  function sortBy(button) {
    const th = button.closest("th"), table = th.closest("table"), col = Number(button.dataset.col);
    const direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    for (const other of table.tHead.rows[0].cells) other.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", direction);
    const numeric = button.dataset.numeric === "1";
    const key = (row) => { const cell = row.cells[col]; const v = cell.dataset.sort ?? cell.textContent.trim(); return numeric ? Number(v) : v; };
    const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: "base" });
    const body = table.tBodies[0];
    const rows = [...body.rows].map((row, i) => ({ row, i, k: key(row) }));
    rows.sort((a, b) => (numeric ? a.k - b.k : collator.compare(String(a.k), String(b.k))) * (direction === "ascending" ? 1 : -1) || a.i - b.i);
    for (const r of rows) body.appendChild(r.row);
  }
  for (const button of document.querySelectorAll("th button")) button.addEventListener("click", () => sortBy(button));
  for (const control of [status, severity, text]) control.addEventListener("input", filter);
  filter();
})();`;
}

