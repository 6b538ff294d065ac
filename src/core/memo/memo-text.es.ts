// The memo's own words in Spanish (es): see memo-text.ts. Written for a Spanish-speaking
// district leader in the US, in the terms of notes on the framework strings (control, línea
// roja, mínimo, revisión…), not word for word.
import { LOCALES } from '../i18n/language.js';
import type { MemoText } from './memo-text.js';

export const MEMO_TEXT_ES: MemoText = {
  locale: LOCALES.es,
  heading: (number, title) => `Decisión ${number}: ${title}`,
  and: 'y',
  or: 'o',
  status: {
    proposed: 'propuesta',
    decided: 'decidida',
    superseded: 'reemplazada',
    retired: 'retirada',
  },
  questionName: (n, opening) =>
    `${n !== undefined ? `la pregunta ${n}` : 'la pregunta'} (“${opening}”)`,
  scoresMeetButGates: (label, overall) =>
    `Las puntuaciones y la cobertura alcanzan lo que pide ${label}${overall !== undefined ? ` (general ${overall})` : ''}; solo los controles de abajo lo descartan.`,
  answered: (question, answer) => `responder ${question} con ${answer}`,
  clearGate: (title, answers) => `Superar el control “${title}”${answers ? `: ${answers}` : ''}.`,
  answerMoreItem: (label, percent) => `${label} (${percent} respondido)`,
  answerMore: (items, label, percent) =>
    `Responder más preguntas de ${items}: ${label} pide el ${percent} en cada una.`,
  raiseOne: (question, from, to) => `${question} de ${from} a ${to}`,
  raise: (list) => `Subir ${list}.`,
  unreachable: (label) =>
    `Ni con la respuesta más alta en cada pregunta puntuada se alcanzarían los umbrales de ${label}.`,
  gateDoesNotApply: 'No aplica',
  gatePassed: 'Superado',
  gateFailed: '**No superado**',
  gateUnresolved: (needs) => `**Sin resolver** (falta ${needs})`,
  floor: 'Mínimo',
  redLine: 'Línea roja',
  notScored: 'sin puntuar',
  overall: 'General',
  overallWord: 'general',
  score: 'Puntuación',
  chartTitle: (min, max) => `Puntuaciones por celda (de ${min} a ${max})`,
  name: 'Nombre',
  unanswered: 'Sin responder',
  notApplicable: (reason) => `No aplica: ${reason}`,
  theProposal: 'la propuesta',
  none: 'Ninguno',
  yes: 'Sí',
  no: 'No',
  teamUnanswered: 'sin responder',
  teamNotApplicable: 'N/A',
  reviewer: (n) => `Revisor ${n}`,
  notMeasurable: 'no medible',
  agreement: (alpha) => {
    if (alpha === undefined)
      return 'no medible: muy pocas preguntas tienen respuestas de dos o más revisores';
    if (alpha >= 0.8) return 'alto: los revisores coinciden en lo esencial';
    if (alpha >= 0.667)
      return 'moderado: basta para avanzar, pero vale la pena conversar sobre las diferencias de abajo';
    if (alpha > 0)
      return 'bajo: los revisores ven esta propuesta de forma distinta; conversen antes de decidir';
    return 'nulo (no mayor que el azar): los revisores no coinciden; conversen antes de decidir';
  },
  team: {
    'user-centered': {
      label: 'Centrado en el usuario',
      summary: 'una persona líder consultó al equipo y es responsable de la decisión.',
    },
    'co-designed': {
      label: 'Codiseñado',
      summary:
        'una persona líder dirigió la revisión y compartió decisiones y tareas con el equipo.',
    },
    'user-created': {
      label: 'Creado por los usuarios',
      summary: 'el equipo tomó la decisión en conjunto; la persona líder facilitó el proceso.',
    },
  },
};
