import type { InitText } from './init-text.js';

/** `vatl init` in Spanish. */
export const INIT_TEXT_ES: InitText = {
  created: 'creado',
  updated: 'actualizado',
  kept: 'conservado',
  alreadyIgnores: 'ya ignora los borradores',
  existsForceReplaces: 'ya existe; --force lo reemplaza',
  notJson: 'no es JSON válido: agregue vatl a devDependencies usted mismo',
  pinsAlready: (version) => `ya fija vatl ${version}`,
  pinsOther: (pinned, version) => `fija vatl ${pinned}; --force pone ${version}`,
  setUp: 'Se preparó aquí un repositorio de decisiones de vatl:',
  next: (version, decisions) => [
    'Siguiente paso:',
    `  npm install         instala vatl ${version} y escribe package-lock.json: confírmelo en git;`,
    '                      los flujos de trabajo ejecutan npm ci, así que CI usa exactamente esa versión',
    `  npx vatl review     su primera decisión (luego git add ${decisions} && git commit)`,
    '',
  ],
  leftAsItWas: (n) =>
    n === 1
      ? 'Se dejó 1 archivo existente como estaba.\n'
      : `Se dejaron ${n} archivos existentes como estaban.\n`,
};
