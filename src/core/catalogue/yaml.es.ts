import type { CatalogueText } from './entry.js';
import type { YAML_CODES } from './yaml.js';

/** Titles and default hints of the `yaml/` codes in Spanish. */
export const YAML_CODES_ES: CatalogueText<typeof YAML_CODES> = {
  'yaml/alias-limit': { title: 'El archivo expande alias demasiadas veces' },
  'yaml/duplicate-key': {
    title: 'Una clave aparece dos veces en el mismo mapa',
    hint: 'Conserve una de las dos, reuniendo lo que dice cada una.',
  },
  'yaml/empty': {
    title: 'El archivo no contiene datos YAML',
    hint: 'Complete el archivo, o elimínelo.',
  },
  'yaml/forbidden-key': { title: 'Ese nombre de clave no está permitido' },
  'yaml/syntax': {
    title: 'El archivo no es YAML válido',
    hint: 'Corrija el YAML en la línea indicada; ponga entre comillas un valor que contenga `: `.',
  },
  'yaml/too-many-entries': {
    title: 'Un mapa o una lista tiene demasiadas entradas',
    hint: 'Divida el archivo, o busque un error del generador: los archivos de vatl nunca tienen tantas entradas.',
  },
  'yaml/too-deep': {
    title: 'El anidamiento es demasiado profundo',
    hint: 'Aplane la estructura: los archivos de vatl nunca anidan tanto.',
  },
};
