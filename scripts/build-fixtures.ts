/**
 * Writes the fixture workbooks (test/fixtures/*.xlsx), their oracles (test/fixtures/expected/*.json)
 * and the bundled sample (assets/samples/rencana-aksi-contoh.xlsx).
 * Run: npx tsx scripts/build-fixtures.ts
 */
import { copyFileSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { COPIES, FIXTURES, ORACLES, SAMPLE } from "../test/fixtures/build";
import { workbookBytes } from "../test/fixtures/build/write";

const ROOT = join(__dirname, "..");
const FIXTURE_DIR = join(ROOT, "test", "fixtures");

async function main(): Promise<void> {
  mkdirSync(join(FIXTURE_DIR, "expected"), { recursive: true });
  for (const f of FIXTURES) {
    const bytes = await workbookBytes(f.build());
    writeFileSync(join(FIXTURE_DIR, f.file), bytes);
    console.log(`wrote test/fixtures/${f.file} (${bytes.length} bytes)`);
  }
  for (const c of COPIES) {
    copyFileSync(join(FIXTURE_DIR, "seeds", c.source), join(FIXTURE_DIR, c.file));
    console.log(`copied seeds/${c.source} to test/fixtures/${c.file}`);
  }
  for (const o of ORACLES) {
    writeFileSync(join(FIXTURE_DIR, "expected", o.file), JSON.stringify(o.compute(), null, 2) + "\n");
    console.log(`wrote test/fixtures/expected/${o.file}`);
  }
  mkdirSync(join(ROOT, "assets", "samples"), { recursive: true });
  copyFileSync(join(FIXTURE_DIR, SAMPLE.fixture), join(ROOT, SAMPLE.target));
  console.log(`copied ${SAMPLE.fixture} to ${SAMPLE.target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
