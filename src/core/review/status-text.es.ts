import type { Translation } from '../i18n/said.js';
import type { STATUS_RULES_TEXT } from './status-text.js';

/** A status as a Spanish reader says it of a decision (the file keeps the English word). */
const STATUS: Readonly<Record<string, string>> = {
  proposed: 'propuesta',
  decided: 'decidida',
  superseded: 'reemplazada',
  retired: 'retirada',
};
const status = (s: string) => STATUS[s] ?? s;

function legalNext(from: string, next: readonly string[]): string {
  return next.length === 0
    ? `una decisión ${status(from)} está cerrada y no tiene un estado siguiente`
    : `desde ${status(from)} solo puede pasar a ${next.map(status).join(' o ')}`;
}

export const STATUS_RULES_TEXT_ES: Translation<typeof STATUS_RULES_TEXT> = {
  'status.illegal': (p) => ({
    message: `${p.decision} está ${status(p.from)}; no puede pasar a ${status(p.to)}: ${legalNext(p.from, p.next)}.`,
    ...(p.next.length === 0
      ? { hint: 'Registre una nueva decisión con `supersedes:` que nombre a esta.' }
      : {}),
  }),
  'status.no-decision': (p) => ({
    message: `${p.decision} no registra ninguna decisión, así que no puede pasar a decidida.`,
    hint: 'Añada a la revisión `decision:` con su `outcome:` (y la aprobación), y vuelva a ejecutar vatl status.',
  }),
  'status.no-successor': () => ({
    message: 'Una decisión reemplazada necesita la decisión que la reemplaza.',
    hint: 'Indíquela con --by, por ejemplo: vatl status 7 superseded --by 12.',
  }),
  'status.by-not-superseded': (p) => ({
    message: `--by nombra la decisión que reemplaza a esta; solo sirve para superseded (reemplazada), no para ${p.to}.`,
  }),
  'status.supersedes-itself': (p) => ({
    message: `${p.by} no puede reemplazarse a sí misma.`,
  }),
  'status.decided-without-decision': () => ({
    message: 'La revisión está decidida, pero no registra ninguna decisión.',
  }),
  'status.superseded-without-successor': () => ({
    message: 'La revisión está reemplazada, pero no dice qué decisión la reemplaza.',
  }),
  'status.invalid-date': (p) => ({
    message: `${p.date} no es una fecha del calendario.`,
  }),
  'participation.reviewers': (p) => ({
    message: `Esta propuesta necesita al menos ${p.needed} revisores independientes; la han revisado ${p.reviewed}. ${p.why}`,
    hint: `Pida a ${p.needed - p.reviewed} miembro(s) más del equipo que la revisen con \`vatl review --reviewer NOMBRE\` y vuelva a combinar las revisiones.`,
  }),
  'participation.consult': (p) => ({
    message: `Esta propuesta necesita consultar a ${p.missing.join(' y ')}. ${p.why}`,
    hint: 'Consúltelos, regístrelo en `team.consulted` y vuelva a combinar las revisiones.',
  }),
};
