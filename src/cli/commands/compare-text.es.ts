import type { CompareText } from './compare-text.js';

/** `vatl compare`'s own lines in Spanish. */
export const COMPARE_TEXT_ES: CompareText = {
  notFound: (ref, folder) =>
    `\`${ref}\` no es un archivo de revisión ni una decisión de ${folder}.`,
  notFoundHint:
    'Indique la ruta de un archivo de revisión, o el identificador (0007-ai-tutor) o el número (7) de una decisión.',
  exists: (file) => `${file} ya existe; se dejó como estaba.`,
  existsHint: 'Use --force para reemplazarlo, o elija otro archivo con --out.',
  wrote: (file) => `Escrito: ${file}`,
  mismatch: (id, firstFile, firstId) =>
    `Esta revisión usa el marco \`${id}\`, pero ${firstFile} usa \`${firstId}\`: no se pueden comparar.`,
  mismatchHint: 'Compare revisiones respondidas con el mismo marco.',
};
