import type { CatalogueText } from './entry.js';
import type { TEMPLATE_CODES } from './template.js';

/** Titles and default hints of the `template/` codes in Spanish. */
export const TEMPLATE_CODES_ES: CatalogueText<typeof TEMPLATE_CODES> = {
  'template/invalid': {
    title: 'La plantilla del memorando no compila o no se puede generar',
    hint: 'Corrija la plantilla (o quite la personalizada) y vuelva a ejecutar.',
  },
  'template/not-found': {
    title: 'No se encontró la carpeta de plantillas o la plantilla principal',
  },
  'template/unreadable': {
    title: 'No se puede leer un archivo de plantilla',
    hint: 'Revise los permisos de la carpeta de plantillas y de sus archivos y vuelva a ejecutar.',
  },
};
