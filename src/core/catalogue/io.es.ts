import type { CatalogueText } from './entry.js';
import type { IO_CODES } from './io.js';

/** Titles and default hints of the `io/` codes in Spanish. */
export const IO_CODES_ES: CatalogueText<typeof IO_CODES> = {
  'io/failed': {
    title: 'El disco falló al leer o escribir',
    hint: 'Revise el disco y vuelva a ejecutar el comando.',
  },
  'io/is-a-folder': {
    title: 'Hay una carpeta donde vatl escribe un archivo',
    hint: 'Aparte la carpeta y vuelva a ejecutar el comando.',
  },
  'io/no-space': {
    title: 'No queda espacio en el disco',
    hint: 'Libere espacio y vuelva a ejecutar el comando.',
  },
  'io/not-a-folder': {
    title: 'Hay un archivo donde vatl necesita una carpeta',
    hint: 'Aparte el archivo para que una carpeta ocupe su lugar y vuelva a ejecutar el comando.',
  },
  'io/permission-denied': {
    title: 'Permiso denegado',
    hint: 'Compruebe que su cuenta puede escribir en la carpeta y vuelva a ejecutar el comando.',
  },
  'io/read-only': {
    title: 'El sistema de archivos es de solo lectura',
    hint: 'Ejecútelo en una copia en la que se pueda escribir y vuelva a ejecutar el comando.',
  },
  'io/stale-temp': { title: 'Archivo temporal que dejó una ejecución interrumpida' },
};
