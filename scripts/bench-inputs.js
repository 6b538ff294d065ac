// The inputs of npm run bench (scripts/bench.js), generated: compact review files.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** `folder(name, n)`: `work/name/decisions/` holding n reviews; `reviewText(n)`: the n-th. */
export function benchInputs(root, work) {
  // Inputs: compact review files (about 5 KB: an example with its prose cut short), in
  // decisions folders of 1, 1,000 and 10,000.
  const example = parse(
    readFileSync(join(root, 'examples', 'lms-replacement', 'review.yaml'), 'utf8'),
  );
  const cut = (v) =>
    typeof v === 'string' && v.includes(' ') && v.length > 16
      ? v.slice(0, 16).trim()
      : Array.isArray(v)
        ? v.map(cut)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x)]))
          : v;
  const compact = cut(example);
  // Proposals' reviews, not numbered decisions: a decision's review has its memo beside it
  // (validate renders and compares it), while these are checked on their own, as ajv-cli checks
  // them. Each differs from the others by its title.
  delete compact.id;
  function reviewText(n) {
    const id = `bench-${String(n).padStart(5, '0')}`;
    // Dates stay strings for every YAML reader (js-yaml, in ajv-cli, would read them as dates).
    const text = stringify(
      { ...compact, title: `${compact.title} ${n}` },
      { lineWidth: 0 },
    ).replace(/: (\d{4}-\d{2}-\d{2})$/gm, ": '$1'");
    return { name: `${id}.review.yaml`, text };
  }
  function folder(name, count) {
    const dir = join(work, name);
    const decisions = join(dir, 'decisions');
    if (existsSync(decisions) && readdirSync(decisions).length === count) return dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(decisions, { recursive: true });
    for (let n = 1; n <= count; n++) {
      const { name: file, text } = reviewText(n);
      writeFileSync(join(decisions, file), text);
    }
    return dir;
  }

  return { folder, reviewText };
}
