// `node bench/exceljs-load.js FILE.xlsx`: ExcelJS loads the workbook and visits its first sheet's
// rows, in a plain node process of its own: what a person running a tool built on ExcelJS waits
// for, start-up and first (cold) load included, to set beside `cermat check` as a whole process.
const { readFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

async function main() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(process.argv[2]));
  let cells = 0;
  workbook.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    row.eachCell(() => cells++);
  });
  process.stdout.write(`${cells}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
