import type { SummaryText } from './summary-text.js';

/** The summary screen in Spanish. */
export const SUMMARY_TEXT_ES: SummaryText = {
  score: 'Puntuación',
  area: 'Área',
  overall: 'Global',
  questionName: (position, opening) =>
    `${position !== undefined ? `la pregunta ${position}` : 'la pregunta'} («${opening}»)`,
  answered: (name, label) => `${name} respondida «${label}»`,
  clearGate: (title, answers) =>
    `superar el control «${title}»${answers.length ? `: ${answers.join(' o ')}` : ''}`,
  answerMore: (label, share) => `responder más preguntas de ${label} (${share} respondido)`,
  raise: (items) => `subir ${items.map((r) => `${r.name} de ${r.from} a ${r.to}`).join(', ')}`,
  toReach: (outcome, steps, unreachable) =>
    `Para llegar a ${outcome}: ${steps.join('; ') || 'ningún cambio de respuestas lo lograría'}${unreachable ? ' (los umbrales siguen fuera de alcance)' : ''}`,
};
