#!/usr/bin/env node
// The command line compiled ahead of time (npm run build:cli → dist-cli/cermat.js) starts in a
// fraction of the time TypeScript compiled on the fly takes. The bundle runs only while it is at
// least as new as every source file it was built from; otherwise (a checkout without a build, or
// sources edited since) tsx runs src/cli/main.ts directly, so a stale bundle never answers.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist-cli", "cermat.js");

function bundleIsFresh() {
  const built = fs.statSync(bundle, { throwIfNoEntry: false });
  if (!built) return false;
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(root, "dist-cli", "cermat.inputs.json"), "utf8"));
  } catch {
    return false;
  }
  return inputs.every((file) => {
    const source = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
    return source !== undefined && source.mtimeMs <= built.mtimeMs;
  });
}

if (bundleIsFresh()) {
  require(bundle);
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts");
}
