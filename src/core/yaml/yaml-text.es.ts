import type { Translation } from '../i18n/said.js';
import type { YAML_TEXT } from './yaml-text.js';

/** The YAML parser's error codes in Spanish; a code not listed keeps the parser's words. */
const PARSER: Readonly<Record<string, string>> = {
  ALIAS_PROPS: 'un alias no puede llevar ancla ni etiqueta',
  BAD_ALIAS: 'el alias no está bien escrito',
  BAD_DIRECTIVE: 'la directiva no es válida',
  BAD_DQ_ESCAPE: 'una secuencia de escape entre comillas dobles no es válida',
  BAD_INDENT: 'la sangría no es correcta',
  BAD_PROP_ORDER: 'el ancla y la etiqueta están en un orden no válido',
  BAD_SCALAR_START:
    'un valor sin comillas no puede empezar con ese carácter; póngalo entre comillas',
  BLOCK_AS_IMPLICIT_KEY:
    'hay un mapa anidado dentro de un mapa compacto; ponga entre comillas un valor que contenga `: `',
  BLOCK_IN_FLOW: 'no se puede escribir un bloque dentro de una colección entre corchetes o llaves',
  DUPLICATE_KEY: 'las claves de un mapa deben ser únicas',
  KEY_OVER_1024_CHARS: 'una clave implícita no puede superar los 1024 caracteres',
  MISSING_CHAR: 'falta un carácter de cierre (comilla, corchete o llave)',
  MULTILINE_IMPLICIT_KEY:
    'una clave implícita no puede ocupar varias líneas; puede que falte `: ` o que un valor con `: ` necesite comillas',
  MULTIPLE_ANCHORS: 'un nodo tiene más de un ancla',
  MULTIPLE_DOCS: 'hay más de un documento YAML',
  MULTIPLE_TAGS: 'un nodo tiene más de una etiqueta',
  NON_STRING_KEY: 'las claves deben ser texto',
  TAB_AS_INDENT: 'no se pueden usar tabulaciones para la sangría',
  TAG_RESOLVE_FAILED: 'no se pudo resolver la etiqueta',
  UNEXPECTED_TOKEN: 'hay un elemento inesperado en este lugar',
  BAD_COLLECTION_TYPE: 'el tipo de la colección no es válido',
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const YAML_TEXT_ES: Translation<typeof YAML_TEXT> = {
  'yaml.alias-limit': (p) => ({
    message: `El archivo expande alias (*nombre) más de ${p.max} veces, como lo hace una bomba YAML.`,
    hint: 'Escriba los valores completos en lugar de usar alias.',
  }),
  'yaml.empty': () => ({ message: 'El archivo está vacío: no contiene datos YAML.' }),
  'yaml.too-deep': (p) => ({
    message: `El anidamiento supera los ${p.max} niveles; los archivos de vatl nunca necesitan tantos.`,
  }),
  'yaml.too-many-entries': (p) => ({
    message: `Un mapa o una lista tiene aquí más de ${p.max} entradas; los archivos de vatl nunca necesitan tantas.`,
  }),
  'yaml.repeated-directive': () => ({
    message: 'La directiva %YAML aparece dos veces en un mismo documento; escríbala una sola vez.',
  }),
  'yaml.many-documents': () => ({
    message: 'El archivo contiene más de un documento YAML; vatl lee uno solo.',
  }),
  'yaml.parser-stopped': (p) => ({ message: `El analizador YAML se detuvo: ${p.detail}` }),
  'yaml.parser': (p) => {
    const words = p.code ? PARSER[p.code] : undefined;
    return { message: words ? `${capitalised(words)} (${p.detail})` : p.detail };
  },
  'yaml.forbidden-key': (p) => ({
    message: `La clave \`${p.key}\` no está permitida en los archivos de vatl.`,
    hint: 'Cámbiele el nombre o quítela.',
  }),
};
