import type { Translation } from '../core/i18n/said.js';
import type { FILES_TEXT } from './files-text.js';

const KINDS: Record<string, string> = {
  framework: 'archivos de marcos',
  review: 'archivos de revisión',
  memo: 'memorandos',
};

export const FILES_TEXT_ES: Translation<typeof FILES_TEXT> = {
  'files.folder-not-file': () => ({ message: 'Esto es una carpeta, no un archivo.' }),
  'files.not-regular': () => ({ message: 'Esto no es un archivo normal.' }),
  'files.too-large': (p) => ({
    message: `El archivo ocupa ${p.size}; vatl lee archivos de ${p.max} como máximo.`,
    hint: '¿Es el archivo correcto? Los archivos de marcos y de revisiones son mucho más pequeños.',
  }),
  'files.larger-than': (p) => ({ message: `El archivo ocupa más de ${p.max}.` }),
  'files.binary': () => ({ message: 'Es un archivo binario, no texto YAML ni Markdown.' }),
  'files.encoding': () => ({
    message: 'El archivo no es texto UTF-8 válido.',
    hint: 'Guárdelo como UTF-8.',
  }),
  'files.no-such-file': () => ({ message: 'El archivo no existe.', hint: 'Revise la ruta.' }),
  'files.permission': () => ({ message: 'Permiso denegado: vatl no puede leer este archivo.' }),
  'files.could-not-read': (p) => ({ message: `No se pudo leer el archivo: ${p.detail}` }),
  'files.no-match': () => ({
    message: 'El patrón no coincide con ningún archivo que vatl revise.',
  }),
  'files.no-review-match': () => ({
    message: 'El patrón no coincide con ningún archivo de revisión (.review.yaml).',
  }),
  'files.no-such-path': () => ({
    message: 'No existe ese archivo ni esa carpeta.',
    hint: 'Revise la ruta.',
  }),
  'files.cannot-read-it': (p) => ({ message: `No se puede leer: ${p.detail}` }),
  'files.file-not-folder': () => ({
    message: 'Esto es un archivo donde vatl busca una carpeta.',
    hint: 'Aparte el archivo, o indique la carpeta en vatl.config.yaml (decisions:, frameworks:).',
  }),
  'files.unreadable-folder': (p) => ({ message: `No se puede leer esta carpeta: ${p.detail}.` }),
  'files.stale-temp': (p) => ({
    message: `Un archivo temporal que dejó una ejecución de vatl interrumpida mientras escribía ${p.target}; ${p.target} quedó como estaba.`,
    hint: `Elimínelo: ${p.command} (la próxima ejecución de vatl que escriba aquí también lo elimina)`,
  }),
  'files.nothing-to-check': (p) => ({
    message: `La carpeta no contiene ${new Intl.ListFormat('es', { type: 'disjunction' }).format(p.kinds.map((k) => KINDS[k] ?? k))}.`,
    hint: 'Indique una carpeta de archivos de marcos .yaml, revisiones .review.yaml o memorandos .md.',
  }),
};
