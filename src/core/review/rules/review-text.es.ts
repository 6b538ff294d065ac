// The review rules' messages in Spanish. Ids, values and the framework's own strings (outcome
// labels, prompts) are quoted as the rule gives them.
import { expectedTextEs } from '../../framework/expected-text.es.js';
import type { Translation } from '../../i18n/said.js';
import type { REVIEW_RULES_TEXT } from './review-text.js';

const VOICES: Record<string, string> = {
  students: 'los estudiantes',
  teachers: 'los docentes',
  families: 'las familias',
};

/** `a`, `a o b`, `a, b o c`. */
function either(items: readonly string[]): string {
  return new Intl.ListFormat('es', { type: 'disjunction' }).format(items);
}

export const REVIEW_RULES_TEXT_ES: Translation<typeof REVIEW_RULES_TEXT> = {
  'review.unknown-question': (p) => ({
    message: `\`${p.id}\` no es una pregunta de ${p.framework}.`,
    hint: 'Quite la respuesta, o revise la versión del marco que nombra la revisión.',
  }),
  'review.does-not-apply': (p) => ({
    message: `\`${p.id}\` no aplica a esta propuesta (vea sus respuestas de admisión), así que su respuesta no se puntúa.`,
    hint: 'Quite la respuesta, o corrija la respuesta de admisión que descarta la pregunta.',
  }),
  'review.question-changed': (p) => ({
    message: `\`${p.id}\` se respondió cuando preguntaba otra cosa; el ${p.framework} instalado la formula a ella o a sus respuestas de otro modo.`,
    hint: 'Ejecute `vatl upgrade` sobre la revisión y vuelva a responder las preguntas que cambiaron.',
  }),
  'review.value-and-not-applicable': (p) => ({
    message: `\`${p.id}\` tiene a la vez un valor y un motivo de «no aplica».`,
    hint: 'Conserve uno de los dos.',
  }),
  'review.empty-answer': (p) => ({
    message: `\`${p.id}\` no tiene ni valor ni motivo de «no aplica».`,
  }),
  'review.not-applicable-not-allowed': (p) => ({
    message: `\`${p.id}\` no admite «no aplica»: el marco necesita una respuesta.`,
    ...(p.answer ? { hint: `Responda ${expectedTextEs(p.answer)}.` } : {}),
  }),
  'review.not-applicable-reason': (p) => ({
    message: `El motivo de «no aplica» de \`${p.id}\` ${
      p.problem === 'empty'
        ? 'está vacío'
        : p.problem === 'says-nothing'
          ? `("${p.reason}") no dice por qué`
          : `("${p.reason}") es demasiado corto para decir por qué`
    }.`,
    hint: 'Diga por qué la pregunta no corresponde a esta propuesta, p. ej. "herramienta solo para el personal: sin cuentas de estudiantes".',
  }),
  'review.invalid-answer': (p) => ({
    message: `\`${p.value}\` no es una respuesta para \`${p.id}\`: admite ${expectedTextEs(p)}.`,
  }),
  'review.missing-evidence': (p) => ({
    message: `\`${p.id}\` necesita evidencia: ${p.prompt ?? 'diga en qué se basa la respuesta'}.`,
    hint: 'Agregue `evidence:` a la respuesta.',
  }),
  'review.unanswered': (p) => ({
    message: `${p.ids.length === 1 ? 'Queda 1 pregunta sin responder' : `Quedan ${p.ids.length} preguntas sin responder`}: ${p.ids.join(', ')}.`,
    hint: 'Responda cada una, o indique `notApplicable: <motivo>`.',
  }),
  'review.unknown-outcome': (p) => ({
    message: `\`${p.id}\` no es un resultado de ${p.framework}.`,
    hint: `Resultados: ${p.outcomes.join(', ')}.`,
  }),
  'review.gate-blocks-outcome': (p) => ({
    message: `${p.outcome} está bloqueado por ${p.gates.length > 1 ? 'los controles' : 'el control'} ${p.gates.join(', ')}: una línea roja lo impide, sean cuales sean las puntuaciones.`,
    hint: 'Elija otro resultado, o cambie aquello en lo que se basa el control y vuelva a responder.',
  }),
  'review.missing-rationale': (p) => ({
    message: `La decisión (${p.outcome}) difiere del resultado sugerido (${p.suggested}) pero no da ninguna justificación.`,
    hint: 'Agregue `rationale:` con el porqué.',
  }),
  'review.invalid-date': (p) => ({
    message: `${p.value} no es una fecha del calendario.`,
  }),
  'review.date-order': (p) => ({
    message: `${p.which === 'review-by' ? 'La fecha de nueva revisión' : p.which === 'due' ? 'La fecha límite' : 'La fecha de aprobación'} ${p.value} es anterior a la fecha de la revisión, ${p.date}.`,
  }),
  'review.stakeholders-not-consulted': (p) => ({
    message: `Esta herramienta para estudiantes se revisó sin consultar a ${either(p.voices.map((v) => VOICES[v] ?? v))}.`,
    hint: 'Hay que escuchar a quienes vivirán con la decisión antes de tomarla.',
  }),
  'review.unknown-intake': (p) => ({
    message: `\`${p.id}\` no es una pregunta de admisión de ${p.framework}.`,
    hint: `Admisión: ${p.intake.join(', ')}.`,
  }),
  'review.invalid-intake': (p) => ({
    message: `\`${p.id}\` debe ser ${expectedTextEs(p)}.`,
  }),
  'review.intake-contradiction': (p) => ({
    message: `Las respuestas de la propuesta se contradicen: ${p.title}.`.replace(/\.\.$/, '.'),
    ...(p.why ? { hint: p.why } : {}),
  }),
  'review.missing-intake': (p) => ({
    message: `La propuesta no responde \`${p.id}\`: ${p.prompt}`,
  }),
  'review.unknown-framework': (p) => ({
    message: `La revisión nombra el marco \`${p.id}\`, que no está instalado.`,
    hint: `${p.suggestion ? `¿Quiso decir \`${p.suggestion}\`? ` : ''}Instalados: ${p.installed.join(', ')}. Agregue su carpeta a \`frameworks:\` en vatl.config.yaml.`,
  }),
  'review.framework-version': (p) => {
    const changes = [
      p.changed.length ? `cambiaron: ${p.changed.join(', ')}` : '',
      p.removed.length ? `ya no se preguntan: ${p.removed.join(', ')}` : '',
      p.added.length ? `nuevas o sin responder: ${p.added.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      message: `La revisión se respondió con ${p.answered}; el marco instalado es ${p.installed}${changes ? ` (${changes})` : ' (las mismas preguntas)'}.`,
      hint: p.newer
        ? `La revisión es más nueva que el marco instalado: instale ${p.answered} (agregue su carpeta a \`frameworks:\` en vatl.config.yaml, o actualice vatl).`
        : 'Ejecute `vatl upgrade` sobre la revisión: las respuestas que no cambiaron se conservan y le indica qué volver a responder.',
    };
  },
};
