// Why an outcome is or is not reached, in Spanish (es): see outcome-text.ts.
import type { OutcomeText } from './outcome-text.js';

export const OUTCOME_TEXT_ES: OutcomeText = {
  and: 'y',
  belowFloor: (title, outcomes) => `Por debajo de un mínimo: ${title}. Eso descarta ${outcomes}.`,
  redLineCrossed: (title, outcomes) =>
    `Se cruzó una línea roja: ${title}. Eso descarta ${outcomes}.`,
  cannotBeChecked: (title, needs, count, outcomes) =>
    `“${title}” no se puede comprobar hasta que se ${count > 1 ? 'respondan' : 'responda'} ${needs}, así que descarta ${outcomes}.`,
  thinItem: (label, percent) => `${label} tiene respondido el ${percent} del peso de sus preguntas`,
  tooLittleAnswered: (label, items, percent, axes) =>
    `Falta responder demasiado de la tabla para ${label}: ${items}; ${label} pide el ${percent} en cada elemento de ${axes}.`,
  nothingScored: (label, min) =>
    `Todavía no hay respuestas puntuadas; ${label} pide una puntuación general de al menos ${min}.`,
  overallBelow: (overall, min, label) =>
    `La puntuación general, ${overall}, está por debajo del ${min} que pide ${label}.`,
  overallMeets: (overall, min, label) =>
    `La puntuación general, ${overall}, alcanza el ${min} que pide ${label}.`,
  lowestCellBelow: (lowest, min, label) =>
    `La celda más baja tiene ${lowest}, por debajo del ${min} que ${label} pide en cada celda.`,
  everyCellMeets: (min, label) => `Cada celda puntuada tiene al menos ${min}, como pide ${label}.`,
  coverageMet: (axes, percent) =>
    `Cada elemento de ${axes} tiene respondido al menos el ${percent} del peso de sus preguntas.`,
  fallback: (label) => `${label} es el resultado cuando no se alcanza ningún otro.`,
};
