import type { CatalogueText } from './entry.js';
import type { CONFIG_CODES } from './config.js';

/** Titles and default hints of the `config/` codes in Spanish. */
export const CONFIG_CODES_ES: CatalogueText<typeof CONFIG_CODES> = {
  'config/invalid-value': {
    title: 'Un ajuste de la configuración tiene un valor no permitido',
    hint: 'Corrija el valor como indica el mensaje.',
  },
  'config/missing-property': {
    title: 'Falta un ajuste obligatorio de la configuración',
    hint: 'Agregue el ajuste que nombra el mensaje.',
  },
  'config/schema': {
    title: 'La configuración incumple una regla de su esquema',
    hint: 'Corrija el ajuste que señala el mensaje.',
  },
  'config/too-few': {
    title: 'Una lista de la configuración tiene muy pocos elementos',
    hint: 'Agregue elementos hasta el mínimo que indica el mensaje.',
  },
  'config/too-many': {
    title: 'Una lista de la configuración tiene demasiados elementos',
    hint: 'Acorte la lista hasta el máximo que indica el mensaje.',
  },
  'config/unknown-property': {
    title: 'La configuración tiene un ajuste que vatl no conoce',
    hint: 'Quite el ajuste o corrija cómo está escrito.',
  },
  'config/wrong-type': {
    title: 'Un ajuste de la configuración tiene un tipo incorrecto',
    hint: 'Dé al ajuste el tipo que nombra el mensaje.',
  },
};
