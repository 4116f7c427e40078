#!/usr/bin/env node
// Runs the TypeScript command line directly (tsx compiles on the fly), so there is no build step to forget.
require("tsx/cjs");
require("../src/cli/main.ts");
