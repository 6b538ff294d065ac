import { stringify } from 'yaml';
import { YamlTextEditor, scalarText } from '../yaml/edit-yaml.js';
import type { Framework } from '../framework/types.js';
import { fingerprint } from './fingerprint.js';
import { versionChanges } from './framework-version.js';
import type { VersionChanges } from './framework-version.js';
import type { Answer, PreviousAnswer, Review } from './types.js';

export interface UpgradedReview {
  /** The review file's new text; comments and layout the team wrote are kept. */
  text: string;
  /** `id@version` the answers were given against before. */
  from: string;
  to: string;
  changes: VersionChanges;
  /** Answers that had no fingerprint and now carry one. */
  stamped: number;
}

/**
 * Moves a review to the installed framework version. Answers to unchanged questions carry
 * over (stamped with the question's fingerprint); answers to changed or removed questions move
 * to `previousAnswers`, so nothing is dropped; new questions are left to answer. The file is
 * edited in place through the YAML document, so comments and formatting survive.
 */
export function upgradeReview(
  text: string,
  review: Review,
  framework: Framework,
  doesNotApply: readonly string[],
): UpgradedReview {
  const to = `${framework.id}@${framework.version}`;
  const changes = versionChanges(review, framework, doesNotApply);
  const editor = new YamlTextEditor(text);
  if (review.framework !== to) editor.setScalar(['framework'], to);
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  let stamped = 0;
  for (const id of changes.unchanged) {
    const q = questions.get(id);
    if (!q || review.answers[id]?.fingerprint !== undefined) continue;
    editor.setScalar(['answers', id, 'fingerprint'], fingerprint(q));
    stamped++;
  }
  const moved = [
    ...changes.changed.map((id) => [id, 'changed'] as const),
    ...changes.removed.map((id) => [id, 'removed'] as const),
  ];
  if (moved.length > 0) {
    // Every answer moved: an empty `answers:` would read as null, so it becomes `{}`.
    const all = moved.length === editor.size(['answers']);
    const entries = moved.flatMap(([id, reason]) => {
      const lines = all
        ? editor.pairSource(['answers'], id).lines
        : editor.removePair(['answers'], id);
      return previousEntry(lines, review.answers[id] ?? {}, {
        framework: review.framework,
        reason,
      });
    });
    if (all) editor.replaceValue('answers', ' {}');
    editor.appendToTopLevel('previousAnswers', entries, 'answers');
  }
  return { text: editor.toString(), from: review.framework, to, changes, stamped };
}

/**
 * An answer's lines as an entry of `previousAnswers`: its own text (comments, folding and all)
 * with `framework:` and `reason:` added and its old fingerprint left out. A flow mapping
 * (`id: { value: 3 }`) is written out as a block.
 */
function previousEntry(
  lines: readonly string[],
  answer: Answer,
  add: Pick<PreviousAnswer, 'framework' | 'reason'>,
): string[] {
  const keyAt = lines.findIndex((l) => !/^\s*#/.test(l));
  const keyLine = lines[keyAt] ?? '';
  const indent = /^ */.exec(keyLine)?.[0].length ?? 0;
  const head = lines.slice(0, keyAt);
  const key = keyLine.slice(0, keyLine.indexOf(':') + 1);
  const rest = lines.slice(keyAt + 1);
  const childIndent = /^ */.exec(rest.find((l) => l.trim() !== '') ?? '')?.[0].length ?? indent + 2;
  const pad = ' '.repeat(Math.max(childIndent, indent + 2));
  const added = [`${pad}framework: ${scalarText(add.framework)}`, `${pad}reason: ${add.reason}`];
  const inline = keyLine.slice(key.length).trim();
  if (inline !== '' && !inline.startsWith('#')) {
    // A flow mapping on the key's line: write the answer out as a block.
    const { fingerprint: _fp, ...plain } = answer;
    const body = stringify(plain, { singleQuote: true, lineWidth: 0 })
      .trimEnd()
      .split('\n')
      .map((l) => `${pad}${l}`);
    return [...head, key, ...added, ...body];
  }
  const own = new RegExp(`^${pad}fingerprint:`);
  return [...head, keyLine, ...added, ...rest.filter((l) => !own.test(l))];
}
