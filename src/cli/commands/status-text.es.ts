import type { StatusText } from './status-text.js';

const STATUSES: Readonly<Record<string, string>> = {
  proposed: 'propuesta',
  decided: 'decidida',
  superseded: 'reemplazada',
  retired: 'retirada',
};

/** `vatl status` in Spanish. */
export const STATUS_TEXT_ES: StatusText = {
  status: (status) => STATUSES[status] ?? status,
  changed: (decision, from, to, by, date) => `${decision}: ${from} → ${to}${by} (${date})`,
  by: (id) => ` por ${id}`,
  wrote: (path) => `Escrito: ${path}`,
  next: (add, commit) => `Siguiente paso: git add ${add} && git commit -m ${commit}`,
  commitMessage: (number, status, by) => `Decisión ${number}: ${status}${by}`,
  badDate: (date) => `--date ${date} no es una fecha con el formato AAAA-MM-DD.`,
  noSupersededId: (shown) =>
    `${shown} no tiene un identificador de decisión para registrarlo como supersededBy.`,
  conflict: (successor, named, older) =>
    `${successor} ya reemplaza a ${named}, no a ${older}; no se escribió nada.`,
  conflictHint: (successor) =>
    `Compruebe qué decisión reemplaza ${successor ?? 'esa'} y, si es un error, corrija antes su supersedes:.`,
  noDecision: (ref, folder) => `no hay ninguna decisión ${ref} en ${folder}.`,
  manyDecisions: (ref, count, folder, ids) =>
    `${ref} corresponde a ${count} decisiones en ${folder}: ${ids}.`,
  noDecisionHint:
    'Indique un identificador (0007-ai-tutor), su número (7) o la ruta de un .review.yaml; la carpeta de decisiones se define con decisions: en vatl.config.yaml.',
  manyDecisionsHint: 'Nombre la decisión por su identificador completo.',
  fixFirst: (file) => `no se escribió nada; corrija primero los problemas de ${file}.`,
  memoDiffers: (memo, review) =>
    `${memo} no coincide con lo que genera ${review}; no se escribió nada.`,
  memoDiffersHint: (review) =>
    `Póngalo al día primero con vatl render --force ${review} (se perderán los cambios hechos a mano), o pase esos cambios a la revisión.`,
};
