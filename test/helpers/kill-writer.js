// A child for test/e2e/kill-and-race.test.ts: writes one decision's files through the built
// write path (dist/io) exactly as `vatl review`, `render` and `status` do, after saying
// "ready", so the parent can kill it at a random moment of the write. It starts in a tenth of
// the time the whole binary takes, which is what lets hundreds of kills run in CI.
import * as fs from 'node:fs/promises';

const [root, specFile] = process.argv.slice(2);
const spec = JSON.parse(await fs.readFile(specFile, 'utf8'));
// Only what the write needs is loaded, so the child starts fast.
const io = `${root}/dist/io`;
const { writeDecision } = spec.op === 'decision' ? await import(`${io}/decision-files.js`) : {};
const { writeFilesAtomic } = await import(`${io}/write-file.js`);

process.stdout.write('ready\n');
if (spec.op === 'decision') {
  await writeDecision(
    fs,
    spec.cwd,
    spec.folder,
    {
      ...(spec.id ? { id: spec.id } : {}),
      slug: spec.slug,
      review: () => spec.review,
      memo: () => spec.memo,
      ...(spec.family !== undefined ? { family: () => spec.family } : {}),
    },
    spec.force,
  );
} else {
  await writeFilesAtomic(fs, spec.files);
}
