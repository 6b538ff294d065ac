import type { Translation } from '../i18n/said.js';
import type { DECISIONS_TEXT } from './decisions-text.js';

const WHAT: Readonly<Record<string, string>> = {
  memo: 'El memorando',
  'family summary': 'El resumen para las familias',
};

export const DECISIONS_TEXT_ES: Translation<typeof DECISIONS_TEXT> = {
  'decisions.memo-no-review': (p) => ({
    message: 'Este memorando no tiene al lado ningún archivo de revisión del que generarse.',
    hint: `Se esperaba ${p.expectedReview} en la misma carpeta.`,
  }),
  'decisions.memo-missing': (p) => ({
    message: `Falta el memorando ${p.memo}: esta revisión no se ha generado.`,
    hint: `Escríbalo: ${p.command}`,
  }),
  'decisions.memo-language': (p) => ({
    message: `${WHAT[p.what] ?? p.what} está escrito en \`${p.written}\` (así lo dice su encabezado), pero su nombre dice \`${p.language}\`.`,
    hint: `Haga los cambios en el archivo de revisión y luego ejecute: ${p.command}`,
  }),
  'decisions.memo-differs': (p) => ({
    message: `${WHAT[p.what] ?? p.what} no coincide con lo que genera ${p.review} (la primera diferencia está en la línea ${p.line}).`,
    hint: `Haga los cambios en el archivo de revisión y luego ejecute: ${p.command}`,
  }),
  'decisions.index-differs': (p) => ({
    message: `El índice no coincide con lo que dan las revisiones de la carpeta de decisiones (la primera diferencia está en la línea ${p.line}).`,
    hint: 'Ejecute vatl log para escribirlo de nuevo.',
  }),
  'decisions.id-mismatch': (p) => ({
    message: `El identificador \`${p.id}\` no coincide con el nombre del archivo.`,
    hint: `Llame al archivo ${p.id}.review.yaml.`,
  }),
};
