#!/usr/bin/env node
'use strict';
// The executable. `vatl --version` is answered here, before anything else loads: it is the
// call scripts make most often. (CommonJS, because Node starts a CommonJS entry point sooner.)
// Everything else goes to the CLI: the bundled build (one file, a chunk per command) when the
// build made it, else the compiled modules.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // Node 22.1+ keeps the compiled code of the bundle between runs (in the system's temp folder).
  require('node:module').enableCompileCache?.();
  const bundled = join(__dirname, '..', 'dist', 'bundle', 'main.js');
  const entry = existsSync(bundled) ? bundled : join(__dirname, '..', 'dist', 'cli', 'main.js');
  import(pathToFileURL(entry).href)
    .then(({ main }) => main())
    .then((code) => {
      process.exitCode = code;
    });
}
