import type ExcelJS from "exceljs";
import type { CellStyle, SheetSpec, SpecCell } from "../../../src/engine/model";
import { BORDER_COLOR, listValidationFormula, PAPER_SIZE, PRINT_MARGINS } from "../../../src/xlsx/print-setup";

/**
 * Writes a sheet description into a new worksheet of `workbook`. The caller has already chosen
 * a free name (XlsxWorkbook.addSheet resolves clashes); an existing name is an error here,
 * because writing over a person's sheet would lose their data.
 */
export function writeSheetSpec(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  if (workbook.getWorksheet(spec.name)) {
    throw new Error(`Sheet "${spec.name}" already exists / Sheet "${spec.name}" sudah ada`);
  }
  const sheet = workbook.addWorksheet(spec.name, {
    views: spec.freeze ? [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] : [],
  });

  spec.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const cell of spec.cells) writeCell(sheet.getCell(cell.row + 1, cell.col + 1), cell, spec);
  for (const m of spec.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of spec.validations) {
    const formula = listValidationFormula(v.list);
    for (let r = v.top; r <= v.bottom; r++) {
      for (let c = v.left; c <= v.right; c++) {
        // "warning" lets a person keep a unit the list does not offer, after a prompt.
        sheet.getCell(r + 1, c + 1).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorStyle: "warning",
        };
      }
    }
  }

  const { print } = spec;
  sheet.pageSetup.orientation = print.orientation;
  sheet.pageSetup.paperSize = PAPER_SIZE[print.paper] as ExcelJS.PaperSize;
  if (print.fitToWidth) {
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    sheet.pageSetup.fitToHeight = 0;
  }
  if (print.repeatRows) sheet.pageSetup.printTitlesRow = `${print.repeatRows[0] + 1}:${print.repeatRows[1] + 1}`;
  sheet.pageSetup.margins = { ...PRINT_MARGINS };

  // Cached results in the spec are only placeholders: make Excel and LibreOffice recompute.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return sheet;
}

function writeCell(target: ExcelJS.Cell, cell: SpecCell, spec: SheetSpec): void {
  if (cell.formula) {
    const result = cell.value ?? undefined;
    target.value = { formula: cell.formula.replace(/^=/, ""), result: result === "" ? undefined : result } as ExcelJS.CellFormulaValue;
  } else if (cell.value !== undefined) {
    target.value = cell.value;
  }
  if (cell.format) target.numFmt = cell.format;
  if (cell.style) applyStyle(target, spec.styles[cell.style]);
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: BORDER_COLOR } };

function applyStyle(target: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  const font: Partial<ExcelJS.Font> = { name: "Arial", size: style.fontSize ?? 10 };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  target.font = font;
  if (style.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.toUpperCase()}` } };
  if (style.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (style.indent) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) target.alignment = alignment;
}
