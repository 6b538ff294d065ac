// The timings of issue 12, each command side by side with its baseline. Run: npm run bench
//   --quick          a short run for CI (small inputs, few runs, no ajv-cli download, < 60 s)
//   --runs N         runs of each small row after warm-up (default 20; big rows use fewer)
//   --write FILE     also write the table, machine and Node version to FILE (BENCHMARKS.md)
// Public tools only: hyperfine is not assumed; this harness alternates each command with its
// baseline (baseline, command, baseline, command, ...) so a burst of load hits both, and reports
// medians and the ratio of medians. NODE_EXTRA_CA_CERTS is unset for every command. Timings
// never fail the run: a command that exits wrongly does.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout, clearTimeout } from 'node:timers';
import { benchInputs } from './bench-inputs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const quick = process.argv.includes('--quick');
const runs = Number(arg('--runs') ?? (quick ? 5 : 20));
const bigRuns = quick ? 3 : Math.max(5, Math.round(runs / 2));
const hugeRuns = quick || process.argv.includes('--skip-huge') ? 0 : 3;
const bulk = quick ? 100 : 1000;
const huge = 10 * bulk;
const writeTo = arg('--write');

const bin = join(root, 'bin', 'vatl.cjs');
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const unset = new Set(['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'FORCE_COLOR']);
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !unset.has(name)));
env.NO_COLOR = '1';

// ajv-cli, the public tool the issue compares with, lives in a cache folder: not a dependency.
const ajvPrefix = join(root, 'node_modules', '.cache', 'vatl-bench');
const ajvBin = join(ajvPrefix, 'node_modules', 'ajv-cli', 'dist', 'index.js');
if (!existsSync(ajvBin) && !quick) {
  console.log('bench: fetching ajv-cli@5 into node_modules/.cache/vatl-bench');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--prefix', ajvPrefix, '--no-save', '--no-package-lock'];
  spawnSync(npm, [...args, '--no-audit', '--no-fund', 'ajv-cli@5'], { stdio: 'inherit' });
}
const haveAjv = existsSync(ajvBin);
const schema = join(root, 'frameworks', 'schema', 'review.schema.json');
const ajv = (data) => [
  ajvBin,
  'validate',
  '--all-errors',
  '--strict=false',
  '-s',
  schema,
  '-d',
  data,
];

const work = join(tmpdir(), `vatl-bench-${process.getuid?.() ?? 'user'}`);
const { folder, reviewText } = benchInputs(root, work);
const one = folder('one', 1);
const oneFile = join('decisions', reviewText(1).name);
const bulkDir = folder(`n${bulk}`, bulk);
const hugeDir = hugeRuns > 0 ? folder(`n${huge}`, huge) : undefined;
const reviewBytes = Buffer.byteLength(reviewText(1).text);

/**
 * One timed run: wall time, and where /usr/bin/time is there, the CPU time (user + system,
 * which load from other processes changes less) and peak resident memory in MiB.
 */
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function once(cmd, cwd) {
  const [file, ...args] = cmd;
  const start = process.hrtime.bigint();
  const result = spawnSync(
    timeBin ?? file,
    timeBin ? ['-f', 'vatl-bench %U %S %M', file, ...args] : args,
    {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${cmd.join(' ')} exited ${result.status}\n${result.stderr.slice(-2000)}`);
  }
  const timed = /vatl-bench ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr);
  if (!timed) return { ms };
  return { ms, cpu: (Number(timed[1]) + Number(timed[2])) * 1000, mib: Number(timed[3]) / 1024 };
}

/** Time until `marker` first appears on a pseudo-terminal running `cmd` (through `script`). */
function toScreen(cmd, cwd, marker) {
  return new Promise((resolvePromise, reject) => {
    const line = cmd.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', line, '/dev/null'], {
      cwd,
      env: { ...env, TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'ignore'],
      detached: true,
    });
    let seen = '';
    const timer = setTimeout(() => finish(new Error(`no "${marker}" from ${line}`)), 30_000);
    const finish = (error, ms) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      child.once('close', () => (error ? reject(error) : resolvePromise({ ms })));
    };
    child.stdout.on('data', (chunk) => {
      if (seen === null) return;
      seen += chunk.toString('utf8');
      if (seen.includes(marker)) {
        seen = null;
        finish(undefined, Number(process.hrtime.bigint() - start) / 1e6);
      }
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternates command and baseline: warm-up rounds, then `n` timed rounds of each. */
async function pair(measureCommand, measureBaseline, n, warmup = 2) {
  const a = [];
  const b = [];
  for (let i = 0; i < warmup + n; i++) {
    const base = await measureBaseline();
    const cmd = await measureCommand();
    if (i < warmup) continue;
    a.push(cmd);
    b.push(base);
  }
  const peak = Math.max(...a.map((r) => r.mib ?? 0));
  const cpu = a.every((r) => r.cpu !== undefined) && b.every((r) => r.cpu !== undefined);
  return {
    cmd: median(a.map((r) => r.ms)),
    base: median(b.map((r) => r.ms)),
    ...(cpu
      ? { cpuRatio: median(a.map((r) => r.cpu)) / Math.max(1, median(b.map((r) => r.cpu))) }
      : {}),
    ...(peak > 0 ? { peak } : {}),
  };
}

const node = process.execPath;
const nodeEmpty = () => once([node, '-e', ''], one);
const vatl = (...args) => [node, bin, ...args];
const cacheFile = join(work, 'vatlcache');
const rows = [];
const row = (what, baseline, target, n, result) => {
  rows.push({ what, baseline, target, n, ...result, ratio: result.cmd / result.base });
  const r = rows[rows.length - 1];
  console.error(
    `  ${what}: ${r.cmd.toFixed(0)} ms vs ${r.base.toFixed(0)} ms (${r.ratio.toFixed(2)}×)`,
  );
};
const skipped = [];
const load = [loadavg()[0]];

console.error(`bench: node ${process.version}, inputs in ${work}`);
row(
  '`vatl --version`',
  '`node -e ""`',
  '≤ 1.25×',
  runs,
  await pair(() => once(vatl('--version'), one), nodeEmpty, runs),
);
row(
  '`vatl validate` one review',
  '`node -e ""`',
  '≤ 3×',
  runs,
  await pair(() => once(vatl('validate', oneFile), one), nodeEmpty, runs),
);
if (haveAjv) {
  row(
    'the same',
    'ajv-cli, review schema, same file',
    '≤ 0.3×',
    runs,
    await pair(
      () => once(vatl('validate', oneFile), one),
      () => once([node, ...ajv(oneFile)], one),
      runs,
    ),
  );
  row(
    `\`vatl validate\` ${bulk.toLocaleString('en')} reviews, cold`,
    'ajv-cli on the same files',
    '≤ 1.0×',
    bigRuns,
    await pair(
      () => once(vatl('validate', 'decisions'), bulkDir),
      () => once([node, ...ajv('decisions/*.review.yaml')], bulkDir),
      bigRuns,
      1,
    ),
  );
} else skipped.push('the ajv-cli rows (ajv-cli is not in node_modules/.cache/vatl-bench)');

const cacheArgs = ['validate', '--cache', '--cache-location', cacheFile, 'decisions'];
const hasCache = spawnSync(node, [bin, 'validate', '--help'], {
  env,
  encoding: 'utf8',
}).stdout.includes('--cache');
if (hasCache && haveAjv) {
  rmSync(cacheFile, { force: true });
  once(vatl(...cacheArgs), bulkDir); // fills the cache
  row(
    `the same, nothing changed (\`--cache\`)`,
    'ajv-cli',
    '≤ 0.2×',
    bigRuns,
    await pair(
      () => once(vatl(...cacheArgs), bulkDir),
      () => once([node, ...ajv('decisions/*.review.yaml')], bulkDir),
      bigRuns,
      1,
    ),
  );
} else if (!hasCache) skipped.push('`--cache` (this vatl has no --cache)');

row(
  '`vatl review --answers … --stdout` (one memo)',
  '`node -e ""`',
  '≤ 3×',
  runs,
  await pair(() => once(vatl('review', '--answers', oneFile, '--stdout'), one), nodeEmpty, runs),
);
const ptyDir = join(work, 'pty');
mkdirSync(ptyDir, { recursive: true });
const haveScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
if (!haveScript) skipped.push('the first prompt (no `script` command for a pty)');
else
  row(
    '`vatl review`: first prompt on screen (pty)',
    'node printing one line',
    '≤ 3×',
    runs,
    await pair(
      () => toScreen(vatl('review'), ptyDir, 'Which framework'),
      () => toScreen([node, '-e', 'console.log("ready")'], ptyDir, 'ready'),
      runs,
    ),
  );
if (hugeDir) {
  // The 1,000 figure is measured again here, alternating, so both sides see the same load.
  row(
    `\`vatl validate\` ${huge.toLocaleString('en')} reviews`,
    `the same on ${bulk.toLocaleString('en')}`,
    '≤ 11×, peak ≤ 256 MB',
    hugeRuns,
    await pair(
      () => once(vatl('validate', 'decisions'), hugeDir),
      () => once(vatl('validate', 'decisions'), bulkDir),
      hugeRuns,
      1,
    ),
  );
} else skipped.push(`${huge.toLocaleString('en')} reviews (full run only)`);
load.push(loadavg()[0]);

const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const table = [
  '| what | baseline | runs | vatl | baseline | ratio | CPU ratio | target |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.what} | ${r.baseline} | ${r.n} | ${ms(r.cmd)} | ${ms(r.base)} | ${r.ratio.toFixed(2)}×${r.peak && r.what.includes('10,000') ? `, peak ${r.peak.toFixed(0)} MiB` : ''} | ${r.cpuRatio ? `${r.cpuRatio.toFixed(2)}×` : '—'} | ${r.target} |`,
  ),
].join('\n');
const cpu = cpus();
const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform} ${process.arch}`;
const notes = [
  `Node ${process.version} on ${machine}.`,
  `Load average (1 min) ${load.map((l) => l.toFixed(2)).join(' at the start, ')} at the end.`,
  `Medians of ${runs} runs after 2 warm-up runs; the bulk rows ${bigRuns} runs after 1` +
    (hugeRuns > 0 ? `, the ${huge.toLocaleString('en')} row ${hugeRuns} after 1` : '') +
    '; each command alternating with its baseline.',
  `Review files are compact (${(reviewBytes / 1024).toFixed(1)} KB: examples/lms-replacement with ` +
    'its prose cut short, each under its own title; reviews of proposals, so no memo beside them), in a `decisions/` folder.',
  ...(timeBin
    ? [
        'CPU ratio: of the median user + system time (/usr/bin/time, 10 ms steps, so coarse for ' +
          'the small rows), which other load on the machine changes less than wall time.',
      ]
    : []),
  ...(skipped.length > 0 ? [`Skipped: ${skipped.join('; ')}.`] : []),
];
console.log(`\n${table}\n\n${notes.join('\n')}`);
if (writeTo) {
  const page = [
    '# Benchmarks',
    '',
    'The latest full run of `npm run bench` (`scripts/bench.js`), the timings of issue 12. Each',
    'command alternates with its baseline; the ratio is of the medians. Regenerate with',
    '`npm run bench -- --write BENCHMARKS.md`.',
    '',
    table,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  // The hand-written part of the page (from its `## Notes` heading on) is kept.
  const previous = existsSync(writeTo) ? readFileSync(writeTo, 'utf8') : '';
  const notesAt = previous.indexOf('\n## Notes\n');
  writeFileSync(writeTo, notesAt >= 0 ? page + previous.slice(notesAt) : page);
  // Formatted as the rest of the repository is, so `npm run lint` passes with it.
  const prettier = join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  if (existsSync(prettier)) spawnSync(node, [prettier, '--write', writeTo], { stdio: 'ignore' });
}
