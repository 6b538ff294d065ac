import type { CatalogueText } from './entry.js';
import type { MERGE_CODES } from './merge.js';

/** Titles and default hints of the `merge/` codes in Spanish. */
export const MERGE_CODES_ES: CatalogueText<typeof MERGE_CODES> = {
  'merge/different-framework': {
    title: 'La revisión se respondió con otro marco',
    hint: 'Combine solo revisiones de la misma propuesta con el mismo marco.',
  },
  'merge/participation-unmet': {
    title: 'La revisión en equipo no cumple la participación que pide el marco',
    hint: 'Sume revisores, o consulte a los grupos nombrados, y vuelva a combinar.',
  },
  'merge/too-few': {
    title: 'Hay menos de dos revisiones para combinar',
    hint: 'Indique dos o más archivos de revisión: vatl merge ana.review.yaml ben.review.yaml.',
  },
};
