// The Spanish of frameworks-text.ts: the words around a framework's own strings.
import type { FrameworksText } from './frameworks-text.js';

const n1 = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const FRAMEWORKS_TEXT_ES: FrameworksText = {
  listHeadings: {
    id: 'ID',
    version: 'VERSIÓN',
    questions: 'PREGUNTAS',
    languages: 'IDIOMAS',
    title: 'TÍTULO',
  },
  isDefault: '(predeterminado)',
  noFramework: (idOrPath) => `no existe el marco \`${idOrPath}\`.`,
  source: (publisher, title, version) => `Fuente: ${publisher} — ${title} (${version})`,
  ownRubric: (owner) => `Una rúbrica propia${owner ? `, de ${owner}` : ''}`,
  scale: 'Escala',
  grid: (rows, columns) => `Cuadrícula: ${rows} × ${columns} (preguntas puntuadas por celda)`,
  oneAxis: (rows) => `${rows} (preguntas puntuadas en cada una)`,
  questionsColumn: 'Preguntas',
  total: 'Total',
  intake: (n) => `Datos iniciales (${n1(n, 'pregunta', 'preguntas')} sobre la propuesta)`,
  required: ', obligatoria',
  onlyWhen: (c) => `solo cuando ${c}`,
  intakeChecks: (n) =>
    `Comprobaciones de los datos iniciales (${n}): respuestas que se contradicen`,
  when: (c) => `cuando ${c}`,
  questions: (n) => `Preguntas (${n})`,
  tags: {
    kind: {
      scale: 'escala',
      'yes-no': 'sí/no',
      choice: 'opción',
      text: 'texto',
      number: 'número',
      'multi-choice': 'varias opciones',
    },
    weight: (w) => `peso ${w}`,
    evidenceRequired: 'requiere evidencia',
    notScored: 'no puntúa',
    noNotApplicable: 'sin N/A',
  },
  gates: (n) =>
    `Controles (${n}): líneas rojas y mínimos que bloquean un resultado, sea cual sea la puntuación`,
  gateKind: { 'red-line': 'línea roja', floor: 'mínimo' },
  blocks: (kind, outcomes) => `(${kind}; bloquea ${outcomes})`,
  warnings: (n) => `Alertas (${n})`,
  outcomes: 'Resultados (el primero cuyos umbrales se cumplen, salvo que un control lo bloquee)',
  overallAtLeast: (n) => `general ≥ ${n}`,
  everyCellAtLeast: (n) => `cada celda ≥ ${n}`,
  coverage: (p) => `${p} de cada elemento respondido`,
  otherwise: 'en los demás casos',
  reReview: (months) =>
    `Se vuelve a revisar ${n1(months, 'mes', 'meses')} después de cada decisión.`,
  condition: {
    // The reader's words for the value: Sí/No, or the choice's label in the framework's strings.
    value: (v) =>
      v.yesNo && (v.raw === 'yes' || v.raw === 'no')
        ? v.raw === 'yes'
          ? 'Sí'
          : 'No'
        : v.label
          ? `«${v.label}»`
          : v.raw,
    is: (v) => `es ${v}`,
    isOneOf: (v) => `es uno de ${v}`,
    includes: (v) => `incluye ${v}`,
    score: (s) => `puntuación de ${s}`,
    unanswered: 'está sin responder',
    answered: 'está respondida',
    and: 'y',
    or: 'o',
    not: (inner) => `no (${inner})`,
  },
};
