/** Entry point run by bin/cermat.js: the process around runCli (arguments, streams, exit code). */
import { runCli } from "./run";

runCli(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    // \r and "erase line" redraw the bar in place; only a terminal understands them.
    ...(process.stderr.isTTY ? { progress: (line: string) => process.stderr.write(`\r\x1b[2K${line}`) } : {}),
  },
  process.env,
).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // runCli already catches command failures; this is the last guard, still one line.
    process.stderr.write(`cermat: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  },
);
