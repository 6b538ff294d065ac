import type { FormatsText } from './formats-text.js';

export const FORMATS_TEXT_ES: FormatsText = {
  error: 'error ',
  warning: 'alerta',
  file: { one: 'archivo revisado', other: 'archivos revisados' },
  problem: { one: 'problema', other: 'problemas' },
  errors: { one: 'error', other: 'errores' },
  warnings: { one: 'alerta', other: 'alertas' },
  clean: (files) => `✔ ${files}, sin problemas.`,
  summary: (problems, errors, warnings, files) =>
    `✖ ${problems} (${errors}, ${warnings}) en ${files}.`,
  junitWarning: 'alerta',
  // The documentation page is in English: the Spanish help is the hint, and where to read more.
  sarifHelp: (_docs, hint, url) => `${hint ? `${hint} ` : ''}Documentación (en inglés): ${url}`,
};
