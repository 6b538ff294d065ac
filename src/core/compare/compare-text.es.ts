// The comparison page's words in Spanish (es): see compare-text.ts.
import type { CompareText } from './compare-text.js';

export const COMPARE_TEXT_ES: CompareText = {
  versionNote: (versions) =>
    `Las revisiones se respondieron con versiones distintas del marco (${versions}); las preguntas y los umbrales pueden cambiar de una versión a otra, así que compare las puntuaciones con cuidado.`,
  reviewFile: 'Archivo de la revisión',
  decision: 'Decisión',
  status: 'Estado',
  vendor: 'Proveedor',
  category: 'Categoría',
  cost: 'Costo',
  term: 'Plazo',
  overallScore: 'Puntuación general',
  suggested: 'Resultado sugerido',
  decisionRecorded: 'Decisión registrada',
  gatesNotPassed: 'Controles no superados',
  warnings: 'Alertas',
  none: 'Ninguno',
  notInThisVersion: 'No está en esta versión',
  score: 'Puntuación',
};
