#!/usr/bin/env node
// `vatl --version` is answered here, before anything else loads: it is the call scripts make
// most often to check what is installed. Everything else goes to the CLI: the bundled build
// (one file, with a chunk per command) when the build made it, else the compiled modules.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const bundled = new URL('../dist/bundle/main.js', import.meta.url);
  const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');
  process.exitCode = await main();
}
