import type { Expected } from './expected-text.js';

/** What an answer can be, in Spanish (expectedText's words). */
export function expectedTextEs({ expected, values = [] }: Expected): string {
  switch (expected) {
    case 'scale':
      return `un valor de la escala (${values.join(', ')})`;
    case 'yes-no':
      return '"yes" o "no"';
    case 'choice':
      return `uno de estos: ${values.join(', ')}`;
    case 'list':
      return `una lista de: ${values.join(', ')}`;
    case 'number':
      return 'un número';
    case 'text':
      return 'texto';
  }
}
