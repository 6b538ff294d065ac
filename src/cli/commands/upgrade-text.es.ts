import type { UpgradeText } from './upgrade-text.js';

const answers = (n: number) => `${n} ${n === 1 ? 'respuesta' : 'respuestas'}`;

/** `vatl upgrade` in Spanish. */
export const UPGRADE_TEXT_ES: UpgradeText = {
  stamped: (file, version, dryRun, count) =>
    `${file} está en ${version}; ${dryRun ? 'se registrarían' : 'se registraron'} las huellas de ${answers(count)}.`,
  alreadyOn: (file, version) => `${file} ya está en ${version}.`,
  upgraded: (file, from, to, dryRun, carried) =>
    `${dryRun ? 'Se actualizaría' : 'Se actualizó'} ${file} de ${from} a ${to}: se conservan ${answers(carried)}.`,
  changed: (ids) =>
    `  Cambiaron desde que se respondieron (respóndalas otra vez; las respuestas anteriores están en previousAnswers): ${ids}`,
  removed: (ids) => `  Ya no se preguntan (se conservan en previousAnswers): ${ids}`,
  added: (ids) => `  Nuevas, por responder: ${ids}`,
  answerThen: (file) => `  Respóndalas en ${file} y luego: vatl render --force ${file}`,
  thenRender: (file) => `  Luego vuelva a generar el memorando: vatl render --force ${file}`,
};
