import type { CatalogueText } from './entry.js';
import type { FILE_CODES } from './file.js';

/** Titles and default hints of the `file/` codes in Spanish. */
export const FILE_CODES_ES: CatalogueText<typeof FILE_CODES> = {
  'file/binary': {
    title: 'El archivo es binario, no de texto',
    hint: 'Revise la ruta: vatl lee archivos de texto YAML y Markdown.',
  },
  'file/encoding': { title: 'El archivo no es texto UTF-8 válido' },
  'file/no-match': {
    title: 'El patrón no coincide con ningún archivo que vatl revise',
    hint: 'Revise el patrón y la carpeta desde la que se ejecuta.',
  },
  'file/not-a-file': {
    title: 'La ruta es una carpeta o un archivo especial, no un archivo',
    hint: 'Indique el archivo mismo.',
  },
  'file/not-found': { title: 'No hay ningún archivo ni carpeta en esta ruta' },
  'file/nothing-to-check': { title: 'La carpeta no contiene archivos que vatl revise' },
  'file/nothing-to-validate': {
    title: 'Aquí no hay nada que validar',
    hint: 'Ejecute `vatl init` para preparar aquí un repositorio de decisiones, o indique qué revisar: `vatl validate RUTA...`.',
  },
  'file/too-large': {
    title: 'El archivo es demasiado grande para leerlo',
    hint: 'Compruebe que es el archivo correcto: los archivos de marcos y de revisiones son mucho más pequeños.',
  },
  'file/unreadable': {
    title: 'No se puede leer el archivo',
    hint: 'Revise los permisos del archivo y vuelva a ejecutar.',
  },
};
