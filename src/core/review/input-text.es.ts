import type { Translation } from '../i18n/said.js';
import type { INPUT_TEXT } from './input-text.js';

export const INPUT_TEXT_ES: Translation<typeof INPUT_TEXT> = {
  'input.number': () => ({ message: 'Escriba un número.' }),
  'input.date': (p) => ({
    message: `Escriba una fecha a partir del ${p.today}, con el formato AAAA-MM-DD.`,
  }),
};
