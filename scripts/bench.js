// Start-up and validation timings, compared with bare `node`. Run: npm run bench [-- --runs N]
// NODE_EXTRA_CA_CERTS is unset for every command: it adds a fixed cost to each Node start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;
const bin = join(root, 'bin', 'vatl.js');
const cases = [
  ['node -e 0 (baseline)', ['-e', '0']],
  ['vatl --version', [bin, '--version']],
  ['vatl validate frameworks/', [bin, 'validate', 'frameworks']],
  ['vatl validate examples/ (3 reviews, 3 memos)', [bin, 'validate', 'examples']],
  ['vatl frameworks show vatl', [bin, 'frameworks', 'show', 'vatl']],
  [
    'vatl review --answers … --stdout',
    [bin, 'review', '--answers', 'examples/ai-tutoring-chatbot/review.yaml', '--stdout'],
  ],
];

function measure(args) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    if (i >= 2) times.push(ms); // two warm-up runs fill the file cache
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0] };
}

const results = cases.map(([name, args]) => ({ name, ...measure(args) }));
const base = results[0].median;
console.log(`node ${process.version}, ${runs} runs each (median / min, ms; +over bare node)`);
for (const r of results) {
  const over = r === results[0] ? '' : `  +${(r.median - base).toFixed(0)}`;
  console.log(
    `${r.name.padEnd(46)} ${r.median.toFixed(0).padStart(5)} / ${r.min.toFixed(0).padStart(4)}${over}`,
  );
}

// Scoring a large district rubric in-process: the path to the next outcome is the costly part
// (a naive re-score per candidate raise grows with the cube of the question count).
const { scoreReview } = await import(join(root, 'dist', 'core', 'scoring', 'score-review.js'));
function largeFramework(n) {
  const cells = ['a/x', 'a/y', 'b/x', 'b/y'];
  const axis = (id, items) => ({
    id,
    label: id,
    items: items.map((i) => ({ id: i, label: i, description: i })),
  });
  return {
    id: 'large',
    version: '1.0.0',
    title: 'Large',
    source: { title: 's', publisher: 'p', version: '1' },
    scale: [1, 2, 3, 4].map((value) => ({ value, label: `L${value}`, description: '' })),
    axes: { rows: axis('r', ['a', 'b']), columns: axis('c', ['x', 'y']) },
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      cell: cells[i % 4],
      prompt: 'Q?',
      help: 'H',
      kind: 'scale',
      weight: 1 + (i % 3),
    })),
    outcomes: [
      { id: 'adopt', label: 'Adopt', description: '', minOverall: 3.5, minCell: 3 },
      { id: 'adapt', label: 'Adapt', description: '', minOverall: 2.5 },
      { id: 'abandon', label: 'Abandon', description: '' },
    ],
  };
}
console.log('\nscoreReview with the path to the next outcome (in-process, median of 5, ms)');
for (const n of [100, 1000, 5000]) {
  const fw = largeFramework(n);
  const answers = Object.fromEntries(fw.questions.map((q, i) => [q.id, { value: 1 + (i % 2) }]));
  const times = [];
  let raises = 0;
  for (let i = 0; i < 6; i++) {
    const start = process.hrtime.bigint();
    const report = scoreReview(fw, { proposal: { name: 'x' }, answers });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    raises = report.next?.raises.length ?? 0;
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${`${n} questions (${raises} raises found)`.padEnd(46)} ${times[2].toFixed(1).padStart(7)}`,
  );
}

// vatl log and vatl due over generated decisions folders (one run each: time and peak memory).
// Each decision is the lms-replacement example under its own id, so every review is scored.
const { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
// Reports the child's peak resident memory (KiB on Linux) on stderr as it exits.
const peak = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`;
const example = readFileSync(join(root, 'examples', 'lms-replacement', 'review.yaml'), 'utf8');
console.log('\nportfolio commands (one run each: s, peak RSS MiB)');
for (const n of [1000, 10000]) {
  const repo = mkdtempSync(join(tmpdir(), 'vatl-bench-'));
  try {
    mkdirSync(join(repo, 'decisions'));
    for (let i = 1; i <= n; i++) {
      const id = `${String(i).padStart(5, '0')}-tool-${i}`;
      writeFileSync(
        join(repo, 'decisions', `${id}.review.yaml`),
        example.replace(/^id: .*$/m, `id: ${id}`),
      );
    }
    for (const args of [['log'], ['due', '--as-of', '2030-01-01']]) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--import', peak, bin, ...args], {
        cwd: repo,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.status !== 0) throw new Error(`vatl ${args.join(' ')} exited ${result.status}`);
      const rss = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
      console.log(
        `${`vatl ${args[0]} (${n} decisions)`.padEnd(46)} ${s.toFixed(1).padStart(7)} ${rss.toFixed(0).padStart(6)}`,
      );
    }
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
