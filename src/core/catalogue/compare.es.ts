import type { CatalogueText } from './entry.js';
import type { COMPARE_CODES } from './compare.js';

/** Titles and default hints of the `compare/` codes in Spanish. */
export const COMPARE_CODES_ES: CatalogueText<typeof COMPARE_CODES> = {
  'compare/exists': {
    title: 'El archivo de comparación ya existe',
    hint: 'Use --force para reemplazarlo, o elija otro archivo con --out.',
  },
  'compare/framework-mismatch': {
    title: 'Las revisiones comparadas usan marcos distintos',
    hint: 'Compare revisiones respondidas con el mismo marco.',
  },
  'compare/not-found': {
    title: 'No hay archivo de revisión ni decisión con ese nombre',
    hint: 'Indique la ruta de un archivo de revisión, o el id o número de una decisión de la carpeta de decisiones.',
  },
};
