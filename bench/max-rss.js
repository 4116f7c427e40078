// Preloaded into a timed `cermat` process (node --require): prints its peak memory on exit, worker
// threads included (they share the process), as the last line on stderr.
process.on("exit", () => {
  require("node:fs").writeSync(2, `\nmaxRssMb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
