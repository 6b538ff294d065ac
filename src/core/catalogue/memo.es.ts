import type { CatalogueText } from './entry.js';
import type { MEMO_CODES } from './memo.js';

/** Titles and default hints of the `memo/` codes in Spanish. */
export const MEMO_CODES_ES: CatalogueText<typeof MEMO_CODES> = {
  'memo/no-review': { title: 'El memorando no tiene su archivo de revisión al lado' },
  'memo/missing': { title: 'La revisión no tiene memorando al lado' },
  'memo/out-of-date': { title: 'El memorando difiere de lo que genera su revisión' },
  'memo/index-out-of-date': {
    title:
      'El índice de decisiones difiere de lo que dan las revisiones de la carpeta de decisiones',
    hint: 'Ejecute vatl log para escribirlo de nuevo.',
  },
};
