import { listed } from './review-text.js';
import type { ReviewOutputText } from './review-text.js';

/** `vatl review`'s closing lines in Spanish. */
export const REVIEW_OUTPUT_ES: ReviewOutputText = {
  suggested: (label, overall) =>
    `Resultado sugerido: ${label}${overall !== undefined ? ` (puntuación global ${overall})` : ''}`,
  decision: (label) => `Decisión: ${label}`,
  noDecision: 'Todavía no se ha registrado ninguna decisión.',
  gatesNotPassed: (titles) => `Controles no superados: ${titles}`,
  warnings: (titles) => `Alertas: ${titles}`,
  dryRun: (files, folder) =>
    `Simulación: se escribirían ${listed(files, 'y')} en ${folder}; no se escribió nada.\n`,
  wrote: (path) => `Escrito: ${path}`,
  next: (add, commit) => `Siguiente paso: git add ${add} && git commit -m ${commit}`,
  commitMessage: (number, title) => `Decisión ${number}: ${title}`,
  nothingWritten:
    'no se escribió nada; corrija los problemas indicados arriba y vuelva a ejecutarlo.',
  noTty: 'vatl review hace preguntas, y no hay una terminal donde hacerlas.',
  noTtyHint:
    'Ejecútelo en una terminal, o dé todas las respuestas en un archivo: vatl review --answers review.yaml (vea examples/).',
  noFramework: (idOrPath) => `no existe el marco \`${idOrPath}\` (de --framework).`,
  cannotUse: (idOrPath) => `no se puede usar el marco ${idOrPath}.`,
  cannotUseHint: 'Corríjalo (vea arriba) o elija otro con --framework.',
  mismatch: (chosen, file, named, at) =>
    `--framework ${chosen} no coincide con el marco que indica ${file}: ${named} (${at}).`,
};
