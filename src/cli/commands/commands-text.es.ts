import type { Translation } from '../../core/i18n/said.js';
import type { COMMANDS_TEXT } from './commands-text.js';

/** `a`, `a y b`, `a, b y c`. */
function listed(items: readonly string[], last: string): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}

export const COMMANDS_TEXT_ES: Translation<typeof COMMANDS_TEXT> = {
  'commands.nothing-to-validate-config': (p) => ({
    message: `no hay nada que validar: ${p.config} indica ${listed(p.folders, 'y')}, y ${p.folders.length === 1 ? 'no existe' : 'no existe ninguna'}.`,
  }),
  'commands.nothing-to-validate': (p) => ({
    message: `no hay nada que validar: no hay ningún ${p.configFile} aquí ni en una carpeta superior, ni ninguna carpeta ${listed(p.folders, 'o')}.`,
  }),
  'commands.max-warnings': (p) => ({
    message: `${p.warnings} ${p.warnings === 1 ? 'alerta' : 'alertas'}, más de las que permite --max-warnings ${p.max}.`,
  }),
  'commands.broken-frameworks': (p) => ({
    message: `no se ${p.count === 1 ? 'pudo cargar 1 archivo de marco' : `pudieron cargar ${p.count} archivos de marcos`}; ejecute \`vatl validate\` con ellos:`,
  }),
  'commands.render-differs': (p) => ({
    message: `${p.memo} no coincide con lo que genera ${p.review}; se dejó como estaba.`,
    hint: 'Use --force para reemplazarlo (se perderán los cambios hechos a mano).',
  }),
  'commands.render-up-to-date': (p) => ({ message: `${p.memo} está al día.` }),
  'commands.render-wrote': (p) => ({ message: `Escrito: ${p.memo}` }),
};
