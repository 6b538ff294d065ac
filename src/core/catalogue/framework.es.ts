import type { CatalogueText } from './entry.js';
import type { FRAMEWORK_CODES } from './framework.js';

/** Titles and default hints of the `framework/` codes in Spanish. */
export const FRAMEWORK_CODES_ES: CatalogueText<typeof FRAMEWORK_CODES> = {
  'framework/applicability-condition': {
    title: 'La condición de aplicabilidad lee más que las respuestas de admisión anteriores',
  },
  'framework/blocks-fallback': {
    title: 'Un control bloquea el resultado de respaldo',
    hint: 'Quite el último resultado de `blocks` del control.',
  },
  'framework/condition-value': {
    title: 'La condición compara con un valor que la respuesta nunca puede tomar',
    hint: 'Use un valor que la pregunta acepte: un valor de la escala, `yes` o `no`, o una de sus opciones.',
  },
  'framework/conditional-cell': {
    title: 'La celda solo se puntúa con preguntas que pueden no aplicar',
  },
  'framework/duplicate-id': {
    title: 'Un id se usa dos veces',
    hint: 'Cambie el nombre del repetido, o quítelo.',
  },
  'framework/gate-allows-not-applicable': {
    title: 'Un control lee una pregunta que admite «no aplica»',
  },
  'framework/invalid-value': {
    title: 'El esquema de marcos no permite ese valor',
    hint: 'Corrija el valor como indica el mensaje.',
  },
  'framework/kind-mismatch': {
    title: 'El campo no corresponde al tipo de la pregunta',
    hint: 'Quite el campo, o cambie `kind` al tipo al que corresponde.',
  },
  'framework/missing-choices': {
    title: 'Una pregunta de opciones no tiene opciones',
    hint: 'Agregue una lista `choices`, con `value` y `label` para cada opción.',
  },
  'framework/missing-levels': { title: 'Una pregunta de escala no describe todos los niveles' },
  'framework/missing-property': {
    title: 'Falta una propiedad obligatoria del marco',
    hint: 'Agregue la propiedad que nombra el mensaje.',
  },
  'framework/missing-score': {
    title: 'Una opción de una pregunta puntuada no tiene puntuación',
    hint: 'Dé a la opción un `score` de la escala, o ponga `scored: false` en la pregunta.',
  },
  'framework/not-installed': { title: 'Ningún marco instalado tiene este id' },
  'framework/off-scale': {
    title: 'El nivel o la puntuación está fuera de la escala',
    hint: 'Use un valor de la escala del marco.',
  },
  'framework/scale-order': { title: 'La escala no va en orden de menor a mayor' },
  'framework/schema': {
    title: 'El marco incumple una regla del esquema de marcos',
    hint: 'Corrija el valor que señala el mensaje.',
  },
  'framework/threshold-order': {
    title: 'Los resultados no van en orden del más al menos favorable',
    hint: 'Ordene los resultados del más al menos favorable, con umbrales más bajos hacia abajo y ninguno en el último.',
  },
  'framework/threshold-range': {
    title: 'El umbral está fuera de la escala',
    hint: 'Fije el umbral entre el valor más bajo y el más alto de la escala.',
  },
  'framework/too-few': {
    title: 'La lista tiene muy pocos elementos',
    hint: 'Agregue elementos hasta el mínimo que indica el mensaje.',
  },
  'framework/too-many': {
    title: 'La escala tiene demasiados niveles',
    hint: 'Use como máximo 11 niveles.',
  },
  'framework/uncovered-cell': { title: 'Una celda de la cuadrícula no tiene pregunta puntuada' },
  'framework/unknown-cell': {
    title: 'La pregunta nombra una celda que la cuadrícula no tiene',
    hint: 'Escriba la celda como `fila` o `fila/columna`, con ids de `axes`.',
  },
  'framework/unknown-framework': {
    title: 'Una referencia cruzada nombra un marco que no está instalado',
  },
  'framework/unknown-property': {
    title: 'El marco tiene una propiedad que el esquema no conoce',
    hint: 'Quite la propiedad o corrija cómo está escrita.',
  },
  'framework/unknown-reference': {
    title: 'Una referencia nombra algo que el marco no define',
    hint: 'Use un id que el marco defina.',
  },
  'framework/weight-not-positive': { title: 'El peso de una pregunta es cero o negativo' },
  'framework/wrong-type': {
    title: 'El valor tiene un tipo incorrecto',
    hint: 'Escriba el valor con el tipo que nombra el mensaje.',
  },
  'framework/missing-string': { title: 'Falta un texto en este idioma' },
  'framework/strings-framework': {
    title: 'El archivo de textos no es de un marco instalado',
    hint: 'Ponga en `strings:` el id del marco junto al que está el archivo.',
  },
  'framework/strings-language': {
    title: 'El idioma del archivo de textos no es el que dice su nombre',
  },
  'framework/strings-version': {
    title: 'Los textos se escribieron para otra versión del marco',
    hint: 'Revise los textos con el marco y luego ponga su versión en `version:`.',
  },
  'framework/unknown-string-key': {
    title: 'El archivo de textos nombra algo que el marco no tiene',
  },
};
