import type { Translation } from '../i18n/said.js';
import type { TEMPLATE_TEXT } from './template-text.js';

function at(p: { line?: number; column?: number }, message: string): string {
  if (p.line === undefined) return message;
  return p.column === undefined
    ? `línea ${p.line}: ${message}`
    : `línea ${p.line}, columna ${p.column}: ${message}`;
}

const INHERITED =
  'un nombre que heredan todos los objetos de JavaScript; no es un campo del memorando.';

export const TEMPLATE_TEXT_ES: Translation<typeof TEMPLATE_TEXT> = {
  'template.prototype-path': (p) => ({
    message: at(
      p,
      `${p.original === p.part ? '' : `\`${p.original}\` busca `}\`${p.part}\`, ${INHERITED}`,
    ),
  }),
  'template.prototype-lookup': (p) => ({
    message: at(p, `\`lookup\` busca \`${p.key}\`, ${INHERITED}`),
  }),
  'template.no-partial': (p) => ({
    message: at(p, `no existe la plantilla parcial \`${p.name}\` (partials/${p.name}.md.hbs).`),
  }),
  'template.parse': (p) => ({
    message: at(
      p,
      `esto no es Handlebars válido (${p.got === 'EOF' ? 'termina dentro de una etiqueta o un bloque' : `no se esperaba ${p.got}`}).`,
    ),
  }),
  'template.not-a-field': (p) => ({
    message: at(p, `\`${p.name}\` no es un campo del memorando en este lugar.`),
  }),
  'template.unknown-helper': (p) => ({
    message: at(
      p,
      `\`${p.name}\` no es una función auxiliar de vatl; las plantillas pueden usar ${p.helpers.join(', ')}.`,
    ),
  }),
  'template.in-text': (p) => ({
    message: at(p, `\`${p.name}\` no es un campo: lo que se consulta es un texto o un número.`),
  }),
  'template.other': (p) => ({ message: at(p, p.detail) }),
  'template.no-folder': (p) => ({
    message: `La carpeta de plantillas ${p.folder} no existe.`,
    hint: 'Revise `templates:` en vatl.config.yaml o la opción --template.',
  }),
  'template.not-found': (p) => ({
    message: `No se encontró ${p.folder}${p.name}.`,
    hint: 'Vuelva a instalar vatl.',
  }),
  'template.unreadable': (p) => ({
    message: `No se puede leer esta plantilla (${p.detail}).`,
    hint: 'Compruebe que el archivo y su carpeta se pueden leer, y vuelva a ejecutar.',
  }),
  'template.no-family': (p) => ({ message: `no se encontró ${p.name}.` }),
  'template.no-compare': (p) => ({
    message: `No se encontró ${p.name}; vuelva a instalar vatl.`,
  }),
  'template.language-not-loaded': (p) => ({
    message: `no se cargaron las plantillas en ${p.language}; vuelva a instalar vatl.`,
  }),
};
