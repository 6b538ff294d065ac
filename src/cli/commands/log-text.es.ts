import type { LogText } from './log-text.js';

/** `vatl log` and `vatl due` in Spanish. */
export const LOG_TEXT_ES: LogText = {
  headings: [
    'Id',
    'Título',
    'Categoría',
    'Estado',
    'Resultado',
    'Global',
    'Fecha',
    'Revisar antes de',
    'Reemplazada por',
  ],
  decisions: (n) => `${n} ${n === 1 ? 'decisión' : 'decisiones'}`,
  upToDate: (path, decisions) => `${path} está al día (${decisions}).`,
  wrote: (path, decisions) => `Escrito: ${path} (${decisions}).`,
  noFolder: (folder) => `No hay una carpeta de decisiones en ${folder}.`,
  noFolderHint: 'Ejecute vatl init, o defina decisions: en vatl.config.yaml.',
  badAsOf: (date) => `--as-of ${date} no es una fecha.`,
  badAsOfHint: 'Escríbala con el formato AAAA-MM-DD.',
  nothingDue: (asOf, decisions) => `Nada está vencido al ${asOf} (${decisions}).`,
  pastDue: (n, asOf) => `${n} ${n === 1 ? 'vencida' : 'vencidas'} al ${asOf}:`,
  dueHeadings: ['Vence', 'Retraso', 'Decisión', 'Qué', 'Responsable', 'Detalle'],
  late: (days) => `${days} d`,
  kind: (kind) => (kind === 'review' ? 'revisión' : 'condición'),
};
