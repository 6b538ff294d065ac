// The strings-file checks' messages in Spanish. Keys, ids and languages are quoted as the file
// writes them.
import type { Translation } from '../i18n/said.js';
import type { KeyedWhat, MapOwner, STRINGS_TEXT } from './strings-text.js';
import { keyList } from './strings-text.js';

/** Each kind of key: with its article (one) and in the plural (none). */
const WHAT: Record<KeyedWhat, { one: string; many: string }> = {
  'scale value': { one: 'el valor de la escala', many: 'valores de la escala' },
  concept: { one: 'el concepto', many: 'conceptos' },
  'intake question': { one: 'la pregunta de admisión', many: 'preguntas de admisión' },
  'intake check': { one: 'la comprobación de admisión', many: 'comprobaciones de admisión' },
  question: { one: 'la pregunta', many: 'preguntas' },
  gate: { one: 'el control', many: 'controles' },
  warning: { one: 'la alerta', many: 'alertas' },
  'participation rule (by position)': {
    one: 'la regla de participación (por posición)',
    many: 'reglas de participación',
  },
  outcome: { one: 'el resultado', many: 'resultados' },
  axis: { one: 'el eje', many: 'ejes' },
  'row item': { one: 'el elemento de fila', many: 'elementos de fila' },
  'column item': { one: 'el elemento de columna', many: 'elementos de columna' },
  choice: { one: 'la opción', many: 'opciones' },
  level: { one: 'el nivel', many: 'niveles descritos' },
};

function ownerText(p: MapOwner): string {
  return p.owner === 'intake'
    ? `La pregunta de admisión \`${p.ownerId}\``
    : p.owner === 'question'
      ? `La pregunta \`${p.ownerId}\``
      : `El marco \`${p.framework}\``;
}

const didYouMean = (suggestion: string | undefined) =>
  suggestion ? `¿Quiso decir \`${suggestion}\`? ` : '';

export const STRINGS_TEXT_ES: Translation<typeof STRINGS_TEXT> = {
  'strings.beside-other': (p) => ({
    message: `El archivo está junto al marco \`${p.beside}\`, pero dice ser de \`${p.says}\`.`,
    hint: `Ponga \`strings: ${p.beside}\`.`,
  }),
  'strings.no-framework': (p) => ({
    message: `No hay ningún marco \`${p.id}\` para estos textos.`,
    hint: `${didYouMean(p.suggestion)}Instalados: ${p.installed.join(', ')}.`,
  }),
  'strings.language-mismatch': (p) => ({
    message: `Según su nombre, el archivo está en \`${p.named}\`, pero dice \`language: ${p.says}\`.`,
    hint: `Ponga \`language: ${p.named}\`, o cambie el nombre del archivo.`,
  }),
  'strings.base-language': (p) => ({
    message: `El marco \`${p.framework}\` ya está escrito en \`${p.language}\`: estos textos nunca se usarían.`,
  }),
  'strings.version': (p) => ({
    message: `Estos textos se escribieron para ${p.framework} ${p.written}; el marco está en la versión ${p.version}.`,
  }),
  'strings.no-source': (p) => ({
    message: `El marco \`${p.framework}\` no tiene \`source\`, así que \`source.note\` no tiene nada que traducir.`,
  }),
  'strings.nothing-to-translate': (p) => ({
    message: `${ownerText(p)} no tiene ${WHAT[p.what].many}: \`${p.key}\` no tiene nada que traducir.`,
  }),
  'strings.unknown-key': (p) => ({
    message: `${ownerText(p)} no tiene ${WHAT[p.what].one} \`${p.key}\`.`,
    hint: `${didYouMean(p.suggestion)}Claves válidas: ${keyList(p.known)}.`,
  }),
  'strings.missing-string': (p) => ({
    message: `\`${p.path}\` no está en este idioma: se muestra el texto del idioma base.`,
  }),
};
