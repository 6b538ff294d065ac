import type { MergeText } from './merge-text.js';

/** `readAgreement`'s readings, by their first word. */
const READINGS: Readonly<Record<string, string>> = {
  not: 'no se puede medir: muy pocas preguntas tienen respuestas de dos o más revisores',
  strong: 'alto: los revisores coinciden en general',
  moderate:
    'moderado: suficiente para seguir, aunque conviene conversar sobre las diferencias indicadas abajo',
  weak: 'bajo: los revisores ven esta propuesta de forma distinta; convérsenlo antes de decidir',
  none: 'nulo más allá del azar: los revisores no coinciden; convérsenlo antes de decidir',
};

/** `vatl merge` in Spanish. */
export const MERGE_TEXT_ES: MergeText = {
  tooFew: (count) => `vatl merge necesita dos o más revisiones para combinarlas; recibió ${count}.`,
  tooFewHint: 'Indique dos o más archivos de revisión: vatl merge ana.review.yaml ben.review.yaml.',
  nothingWritten:
    'no se escribió nada; corrija los problemas indicados arriba y vuelva a ejecutarlo.',
  theMergedReview: 'la revisión combinada',
  merged: (count, reviewers) => `Se combinaron ${count} revisiones de ${reviewers}.`,
  agreement: (alpha, reading) =>
    `Grado de acuerdo (alfa de Krippendorff, ordinal): ${alpha === 'not measurable' ? 'no medible' : alpha}, ${reading}.`,
  reading: (english) => READINGS[english.split(/[\s:]/)[0] ?? ''] ?? english,
  toDiscuss: (items) =>
    `Para conversar: ${items.map((s) => `pregunta ${s.number} (${s.min}–${s.max})`).join(', ')}.`,
  nothingToDiscuss:
    'Ninguna pregunta tiene respuestas separadas por dos o más puntos de la escala.',
  noDecision: 'Todavía no hay decisión: el equipo decide después de conversarlo.',
  wrote: (path) => `Escrito: ${path}`,
  reviewerFallback: (n) => `revisor ${n}`,
};
