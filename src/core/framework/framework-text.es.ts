// The framework rules' messages in Spanish. Ids, values and keys of the file are quoted as the
// rule gives them: they are what the reader looks for in the framework file.
import { expectedTextEs } from './expected-text.es.js';
import type { Translation } from '../i18n/said.js';
import type { ConditionOwner, FieldName, FRAMEWORK_TEXT, IdKind } from './framework-text.js';

/** Each kind of id, with the article it takes (`el id de pregunta`, `el id de control`). */
const ID_KINDS: Record<IdKind, string> = {
  'axis item': 'elemento de eje',
  concept: 'concepto',
  'intake question': 'pregunta de admisión',
  question: 'pregunta',
  gate: 'control',
  warning: 'alerta',
  outcome: 'resultado',
  'intake check': 'comprobación de admisión',
};

/** A question kind as the framework file names it (`kind: yes-no`), in words. */
const KINDS: Record<string, string> = {
  scale: 'de escala',
  'yes-no': 'de sí/no',
  choice: 'de opción única',
  'multi-choice': 'de varias opciones',
  text: 'de texto',
  number: 'numérica',
};
const kind = (k: string) => KINDS[k] ?? `de tipo \`${k}\``;

const FIELDS: Record<FieldName, string> = {
  choices: 'tiene opciones (`choices`)',
  scores: 'tiene puntuaciones de sí/no (`scores`)',
  levels: 'describe niveles de la escala (`levels`)',
};

function ownerText({ owner, ownerId }: ConditionOwner): string {
  return owner === 'question'
    ? `El \`when\` de la pregunta \`${ownerId}\``
    : owner === 'intake'
      ? `El \`when\` de la pregunta de admisión \`${ownerId}\``
      : `La comprobación de admisión \`${ownerId}\``;
}

const didYouMean = (suggestion: string | undefined) =>
  suggestion ? `¿Quiso decir \`${suggestion}\`? ` : '';

export const FRAMEWORK_TEXT_ES: Translation<typeof FRAMEWORK_TEXT> = {
  'framework.duplicate-id': (p) => ({
    message: `El id de ${ID_KINDS[p.kind]} \`${p.id}\` se usa dos veces (la primera en ${p.first}).`,
    hint: 'Los ids deben ser únicos para que las revisiones y las puntuaciones puedan nombrarlos.',
  }),
  'framework.duplicate-choice': (p) => ({
    message: `La opción \`${p.value}\` aparece dos veces en \`${p.id}\`.`,
  }),
  'framework.unknown-ref': (p) => ({
    message: `La pregunta \`${p.id}\` remite a \`${p.ref}\`, que ${p.framework} no define.`,
  }),
  'framework.scale-order': (p) => ({
    message: `El valor de la escala ${p.value} debe ser mayor que el anterior (${p.previous}).`,
    hint: 'Ordene la escala del nivel más bajo al más alto, con cada valor una sola vez.',
  }),
  'framework.malformed-cell': (p) => ({
    message: `La celda \`${p.cell}\` de la pregunta \`${p.id}\` está mal escrita.`,
  }),
  'framework.unknown-row': (p) => ({
    message: `La pregunta \`${p.id}\` nombra la fila \`${p.row}\`, que no está en axes.rows.`,
    hint: `Conocidas: ${p.known.join(', ')}.`,
  }),
  'framework.cell-needs-column': (p) => ({
    message: `La pregunta \`${p.id}\` debe nombrar su celda como \`${p.row}/<${p.axis}>\`.`,
    hint: `Conocidas: ${p.known.join(', ')}.`,
  }),
  'framework.unknown-column': (p) => ({
    message: `La pregunta \`${p.id}\` nombra la columna \`${p.column}\`, que no está en axes.columns.`,
    hint: `Conocidas: ${p.known.join(', ')}.`,
  }),
  'framework.no-columns': (p) => ({
    message: `La pregunta \`${p.id}\` nombra una columna, pero este marco no tiene axes.columns.`,
  }),
  'framework.uncovered-cell': (p) => ({
    message: `La celda \`${p.cell}\` no tiene ninguna pregunta puntuada.`,
    hint: 'Agregue al menos una pregunta de escala, de sí/no o de opción con esta celda.',
  }),
  'framework.conditional-cell': (p) => ({
    message: `Todas las preguntas puntuadas de la celda \`${p.cell}\` tienen un \`when\`, así que algunas propuestas no reciben puntuación en ella.`,
    hint: 'Dé a la celda al menos una pregunta puntuada que aplique a todas las propuestas.',
  }),
  'framework.fallback-threshold': (p) => ({
    message: `El último resultado, \`${p.id}\`, es el de respaldo y no debe tener \`${p.key}\`.`,
    hint: 'Páselo a un resultado anterior o quítelo.',
  }),
  'framework.no-threshold': (p) => ({
    message: `El resultado \`${p.id}\` no tiene umbral, así que los resultados que lo siguen nunca pueden sugerirse.`,
    hint: 'Dele `minOverall` (y, si quiere, `minCell`), o hágalo el último resultado.',
  }),
  'framework.threshold-range': (p) => ({
    message: `\`${p.key}\` ${p.value} de \`${p.id}\` está fuera de la escala ${p.min}–${p.max}.`,
  }),
  'framework.threshold-order': (p) => ({
    message: `El resultado \`${p.id}\` exige ${p.value} en general, más que el resultado anterior (${p.previous}); los resultados van del más al menos favorable.`,
  }),
  'framework.gate-allows-not-applicable': (p) => ({
    message: `El control \`${p.gate}\` lee \`${p.id}\`, que admite la respuesta «no aplica»; un «no aplica» dejaría el control sin resolver.`,
    hint: 'Agregue `notApplicable: false` a la pregunta, y un `when:` si solo aplica a algunas propuestas.',
  }),
  'framework.condition-value': (p) => ({
    message: `\`${p.value}\` nunca puede ser una respuesta a \`${p.id}\`: admite ${expectedTextEs(p)}.`,
  }),
  'framework.unknown-intake': (p) => ({
    message: `La condición nombra la pregunta de admisión \`${p.id}\`, que este marco no tiene.`,
  }),
  'framework.unknown-question': (p) => ({
    message: `La condición nombra la pregunta \`${p.id}\`, que este marco no tiene.`,
  }),
  'framework.unknown-score': (p) => ({
    message: `La condición nombra la puntuación \`${p.score}\`; las puntuaciones son \`overall\`, el id de un elemento de eje o una celda \`fila/columna\`.`,
  }),
  'framework.blocks-unknown-outcome': (p) => ({
    message: `El control \`${p.gate}\` bloquea el resultado \`${p.outcome}\`, que este marco no tiene.`,
    hint: `Resultados: ${p.outcomes.join(', ')}.`,
  }),
  'framework.blocks-fallback': (p) => ({
    message: `El control \`${p.gate}\` bloquea \`${p.outcome}\`, el resultado de respaldo, que siempre debe seguir siendo posible.`,
  }),
  'framework.applicability-reads': (p) => ({
    message: `${ownerText(p)} solo puede leer respuestas de admisión; lee ${p.reads === 'question' ? 'la pregunta' : 'la puntuación'} \`${p.readsId}\`.`,
    hint: 'Lo que aplica debe desprenderse de la propuesta, antes de responder ninguna pregunta.',
  }),
  'framework.applicability-order': (p) => ({
    message: `${ownerText(p)} lee la pregunta de admisión \`${p.intake}\`, que no se hace antes.`,
    hint: 'Pase antes la pregunta de admisión de la que depende.',
  }),
  'framework.intake-missing-choices': (p) => ({
    message: `La pregunta de admisión \`${p.id}\` es ${kind(p.kind)} y no tiene opciones.`,
  }),
  'framework.intake-choices-kind': (p) => ({
    message: `La pregunta de admisión \`${p.id}\` tiene opciones, pero es ${kind(p.kind)}.`,
  }),
  'framework.field-kind': (p) => ({
    message: `La pregunta \`${p.id}\` ${FIELDS[p.field]}, pero es ${kind(p.kind)}.`,
  }),
  'framework.weight-not-positive': (p) => ({
    message: `La pregunta \`${p.id}\` tiene peso ${p.weight}; los pesos deben ser mayores que 0.`,
    hint: 'Para dejar una pregunta fuera de las puntuaciones, ponga `scored: false`.',
  }),
  'framework.level-off-scale': (p) => ({
    message: `El nivel ${p.level} de \`${p.id}\` no es un valor de la escala (${p.values.join(', ')}).`,
  }),
  'framework.missing-levels': (p) => {
    const many = p.missing.length > 1;
    return {
      message: `La pregunta de escala \`${p.id}\` no describe cómo ${many ? 'son los niveles' : 'es el nivel'} ${new Intl.ListFormat('es', { type: 'conjunction' }).format(p.missing)}.`,
      hint: 'Describa cada nivel en `levels` para que todos los revisores puntúen igual.',
    };
  },
  'framework.yes-no-off-scale': (p) => ({
    message: `La puntuación ${p.score} de la respuesta «${p.answer}» de \`${p.id}\` está fuera de la escala ${p.min}–${p.max}.`,
  }),
  'framework.no-choices': (p) => ({
    message: `La pregunta de opciones \`${p.id}\` no tiene opciones.`,
  }),
  'framework.missing-score': (p) => ({
    message: `La opción \`${p.value}\` de la pregunta puntuada \`${p.id}\` no tiene puntuación.`,
  }),
  'framework.choice-off-scale': (p) => ({
    message: `La opción \`${p.value}\` puntúa ${p.score}, fuera de la escala ${p.min}–${p.max}.`,
  }),
  'framework.text-scored': (p) => ({
    message: `La pregunta de texto \`${p.id}\` no puede puntuarse.`,
  }),
  'framework.unknown-framework': (p) => ({
    message: `La pregunta \`${p.id}\` remite al marco \`${p.target}\`, que no está instalado.`,
    hint: `Instalados: ${p.installed.join(', ')}.`,
  }),
  'framework.not-installed': (p) => ({
    message: `No hay ningún marco \`${p.id}\`.`,
    hint: `${didYouMean(p.suggestion)}Instalados: ${p.installed.join(', ')}. O indique la ruta de un archivo de marco.`,
  }),
};
