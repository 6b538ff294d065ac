import type { Translation } from '../i18n/said.js';
import type { SCHEMA_TEXT } from './schema-text.js';

const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'un id de minúsculas, dígitos y guiones (p. ej. `do-more`)',
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$':
    'una versión semántica como `1.2.0`',
  '^https?://': 'una dirección web que empiece por http:// o https://',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'una fecha como AAAA-MM-DD',
  '^[a-z0-9][a-z0-9-]*@(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$':
    'un marco y su versión, como id@versión (p. ej. `vatl@1.0.0`)',
  '^[0-9]{4,}-[a-z0-9][a-z0-9-]*$':
    'un id como `<número>-<nombre>` (p. ej. `0007-ai-tutoring-chatbot`)',
};

type At = { path: string };
/** The value named at the start of a sentence, and inside one. */
const subject = (p: At) => (p.path ? `\`${p.path}\`` : 'El archivo');

const TYPES: Record<string, string> = {
  integer: 'un número entero',
  number: 'un número',
  string: 'texto',
  boolean: 'verdadero o falso (true/false)',
  object: 'un mapa',
  array: 'una lista',
  null: 'null',
};

const COMPARISONS: Record<string, string> = {
  '>=': 'mayor o igual que',
  '<=': 'menor o igual que',
  '>': 'mayor que',
  '<': 'menor que',
};

export const SCHEMA_TEXT_ES: Translation<typeof SCHEMA_TEXT> = {
  'schema.required': (p) => ({
    // "a" + "el" contracts: "Al archivo le falta…", "A `proposal` le falta…".
    message: `${p.path ? `A \`${p.path}\`` : 'Al archivo'} le falta la propiedad obligatoria \`${p.name}\`.`,
  }),
  'schema.unknown-property': (p) => ({
    message: `${p.path ? subject(p) : 'El nivel superior'} tiene una propiedad desconocida: \`${p.name}\`.`,
    ...(p.suggestion
      ? { hint: `¿Quiso decir \`${p.suggestion}\`?` }
      : p.allowed
        ? { hint: `Permitidas: ${p.allowed.join(', ')}.` }
        : {}),
  }),
  'schema.enum': (p) => ({
    message: `${subject(p)} debe ser uno de estos valores: ${p.allowed.join(', ')}.`,
    ...(p.suggestion ? { hint: `¿Quiso decir \`${p.suggestion}\`?` } : {}),
  }),
  'schema.type': (p) => ({
    message: `${subject(p)} debe ser ${p.types.map((t) => TYPES[t] ?? t).join(' o ')}.`,
  }),
  'schema.pattern': (p) => {
    const words = PATTERN_WORDS[p.pattern] ?? `texto que coincida con ${p.pattern}`;
    return {
      message: p.key
        ? `La clave \`${p.key}\` ${p.path ? `de \`${p.path}\`` : 'del archivo'} debe ser ${words}.`
        : `${subject(p)} debe ser ${words}.`,
    };
  },
  'schema.min-items': (p) => ({
    message: `${subject(p)} debe tener al menos ${p.limit} ${p.limit === 1 ? 'elemento' : 'elementos'}.`,
  }),
  'schema.max-items': (p) => ({
    message: `${subject(p)} puede tener como máximo ${p.limit} elementos.`,
  }),
  'schema.min-length': (p) => ({
    message:
      p.limit === 1
        ? `${subject(p)} no puede estar vacío.`
        : `${subject(p)} debe tener al menos ${p.limit} caracteres.`,
  }),
  'schema.max-length': (p) => ({
    message: `${subject(p)} debe tener como máximo ${p.limit} caracteres.`,
  }),
  'schema.range': (p) => ({
    message: `${subject(p)} debe ser ${COMPARISONS[p.comparison] ?? p.comparison} ${p.limit}.`,
  }),
  'schema.property-name': (p) => ({
    message: `${subject(p)} tiene una clave que no está permitida: \`${p.key}\`.`,
  }),
  'schema.one-of': (p) => ({
    message: `${subject(p)} no coincide con ninguna de las formas permitidas.`,
  }),
  // ajv's own words are English: said with the path, as they are.
  'schema.other': (p) => ({ message: `${subject(p)} ${p.detail ?? 'no es válido'}.` }),
};
