import type { Translation } from '../core/i18n/said.js';
import type { DECISION_FILES_TEXT } from './decision-files-text.js';

export const DECISION_FILES_TEXT_ES: Translation<typeof DECISION_FILES_TEXT> = {
  'decision-files.exists': (p) => ({
    message: `${p.path} ya existe.`,
    hint: `La decisión ${p.id} ya está escrita: use --force para reemplazarla, o --out para escribirla en otro lugar.`,
  }),
  'decision-files.no-free-id': (p) => ({
    message: `No se encontró ningún número de decisión libre en ${p.folder}.`,
  }),
  'decision-files.drafts-folder': (p) => ({
    message: `${p.folder} no es una carpeta (hay un archivo en su lugar), así que las respuestas no se pudieron guardar ahí.`,
    hint: 'Mueva o cambie de nombre ese archivo y vuelva a ejecutar vatl review.',
  }),
};
