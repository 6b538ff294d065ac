import { LOCALES } from '../../core/i18n/language.js';
import type { ReviewText } from './review-text.js';

/** `a, b y c`. */
const yList = (items: readonly string[]) => items.join(', ').replace(/, ([^,]*)$/, ' y $1');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Stakeholder groups as a Spanish-speaking leader names them; the review keeps the English id. */
const GROUPS: Readonly<Record<string, string>> = {
  students: 'Estudiantes',
  teachers: 'Docentes',
  families: 'Familias',
  'school leaders': 'Directivos escolares',
  'support staff': 'Personal de apoyo',
  'special education': 'Educación especial',
  'multilingual learner services': 'Servicios para estudiantes multilingües',
  'IT and data': 'Tecnología y datos',
  'community partners': 'Socios de la comunidad',
  'school board': 'Junta escolar',
};

const groupLabel = (group: string) =>
  GROUPS[group] ?? group.charAt(0).toUpperCase() + group.slice(1);

/** The interactive review in Spanish (usted). */
export const REVIEW_TEXT_ES: ReviewText = {
  savedAsYouGo: (folder, resume) =>
    `Cada respuesta se guarda al momento (en ${folder}/). Pulse Ctrl-C para detenerse; continúe con \`${resume}\`.`,
  stopped: (path, resume) =>
    `\nDetenido. Sus respuestas están guardadas en ${path}.\nContinúe con: ${resume}\n`,
  stoppedBeforeAnswer: '\nDetenido antes de dar ninguna respuesta; no se guardó nada.\n',
  notComplete: (resume) =>
    `la revisión no está completa; sus respuestas están guardadas. Continúe con: ${resume}`,
  proposalHeading: 'La propuesta',
  proposalProgress: (position, total) => `Propuesta ${position} de ${total}`,
  escBack: '  (Esc: atrás)',
  yes: 'Sí',
  no: 'No',
  checkboxHint: ' (espacio para marcar, Enter para seguir)',
  chooseAtLeastOne: 'Elija al menos una: vaya a ella, pulse espacio para marcarla y luego Enter.',
  answerNeeded: 'Aquí hace falta una respuesta.',
  enterNumber: 'Escriba un número.',
  titlePrompt: 'Un título para esta decisión:',
  titleNeeded: 'Hace falta un título: nombra la decisión en el memorando y en el archivo.',
  unknownIntakeCheck: (id) => `No existe la comprobación de la propuesta ${id}.`,
  questionProgress: (where, position, total) => `${where} · ${position} de ${total}`,
  helpChoice: 'Ayuda: de qué trata esta pregunta',
  notApplicableChoice: 'No aplica (dará un motivo)',
  backToSummary: 'Volver al resumen',
  backToPrevious: 'Volver a la pregunta anterior',
  notApplicablePrompt: '¿Por qué no aplica esta pregunta?',
  reasonRefused: (kind, reason) =>
    `${
      kind === 'empty'
        ? 'El motivo está vacío'
        : kind === 'nothing'
          ? `El motivo («${reason.trim()}») no explica nada`
          : `El motivo («${reason.trim()}») es demasiado corto para explicar algo`
    }: diga por qué no corresponde a esta propuesta.`,
  evidenceRequired: 'Evidencia (obligatoria)',
  evidenceOptional: 'Evidencia (opcional)',
  evidenceDefaultPrompt: '¿en qué se basa esta respuesta?',
  evidenceNeeded:
    'Esta respuesta necesita evidencia: indique un documento, un enlace o una observación.',
  notePrompt: 'Una nota para el memorando (opcional):',
  teamHeading: 'El equipo',
  teamStructureStep: 'Equipo 1 de 3: cómo se comparte la decisión',
  teamMembersStep: 'Equipo 2 de 3: los integrantes',
  teamConsultedStep: 'Equipo 3 de 3: a quién se consultó',
  structurePrompt: '¿Cómo comparte el equipo la decisión?',
  structures: {
    'user-centered': {
      label: 'Centrada en el líder',
      prompt:
        'Un líder consulta al equipo y luego decide. Es rápido; sirve para un equipo pequeño o una primera experiencia de liderazgo compartido.',
    },
    'co-designed': {
      label: 'Codiseñada',
      prompt:
        'Un líder conduce el proceso, comparte decisiones y tareas con el equipo y conserva la última palabra.',
    },
    'user-created': {
      label: 'Creada por el equipo',
      prompt:
        'El equipo decide en conjunto; el líder facilita. Es más lento, y la decisión es de todos.',
    },
  },
  membersHint: (removable) =>
    '  Agregue a los integrantes del equipo de uno en uno; deje el nombre vacío al terminar' +
    (removable ? ', o escriba - para quitar a un integrante.' : '.'),
  memberPrompt: (n) => `Nombre del integrante ${n} del equipo:`,
  memberNeeded:
    'Nombre al menos a un integrante del equipo: ¿quién es responsable de esta decisión?',
  rolePrompt: (name) => `Cargo de ${name}:`,
  memberRoleNeeded: (name) => `Indique el cargo de ${name}; por ejemplo, Director de Tecnología.`,
  groupsPrompt: '¿Qué grupos de interés se consultaron? (espacio para marcar, Enter para seguir)',
  groupLabel,
  consultedPrompt: (group) => `¿Cómo se consultó a: ${groupLabel(group)}? (opcional)`,
  unheard: (groups) =>
    `  Nota: esta herramienta la usan los estudiantes, y no se consultó a: ${yList(groups.map((g) => groupLabel(g).toLowerCase()))}. Considere escucharlos antes de decidir; el memorando lo indicará.`,
  whatNext: '¿Qué desea hacer ahora?',
  continueToDecision: 'Pasar a la decisión',
  changeAnAnswer: 'Cambiar una respuesta',
  whichAnswer: '¿Qué respuesta desea cambiar?',
  changeProposal: (prompt, answer) => `Propuesta: ${prompt} — ${answer}`,
  changeTitle: (title) => `Título — ${title}`,
  changeTeam: (structure, members, groups) =>
    `Equipo — ${structure}, ${plural(members, 'integrante', 'integrantes')}, ${plural(groups, 'grupo consultado', 'grupos consultados')}`,
  unanswered: 'sin responder',
  notApplicable: 'no aplica',
  summaryHeading: 'Resumen',
  scaleLine: (scale, overall) => `  Escala: ${scale}; puntuación global ${overall}`,
  unansweredLine: (names) => `  Sin responder: ${names}`,
  gateFailed: (title) => `  ✖ Control no superado: ${title}`,
  gateUnresolved: (title, needs) => `  ? Control sin resolver: ${title} (falta ${needs})`,
  warningLine: (title) => `  ! Alerta: ${title}`,
  suggestedOutcome: (label) => `  Resultado sugerido: ${label}`,
  decisionHeading: 'La decisión',
  decisionPrompt: (suggested) => `La revisión sugiere ${suggested}. ¿Cuál es la decisión?`,
  suggestedMark: ' (sugerido)',
  blockedBy: (gates) => `bloqueado por ${gates.map((g) => `«${g}»`).join(', ')}`,
  whyRather: (chosen, suggested) => `¿Por qué ${chosen} y no ${suggested}?`,
  rationaleOptional: 'Justificación para el memorando (opcional):',
  sayWhy: 'Explique el motivo: una decisión distinta de la sugerida necesita una razón.',
  conditionsHint: (removable) =>
    '  Condiciones: qué debe ocurrir, quién es responsable y para cuándo. Deje la condición vacía al terminar' +
    (removable ? ', o escriba - para quitar una.' : '.'),
  conditionPrompt: (n) => `Condición ${n}:`,
  ownerPrompt: 'Responsable:',
  ownerNeeded: 'Indique quién es responsable de esta condición.',
  duePrompt: 'Fecha límite (AAAA-MM-DD):',
  reviewByPrompt: 'Volver a revisar esta decisión a más tardar el (AAAA-MM-DD):',
  dateProblem: (today) => `Escriba una fecha a partir del ${today}, con el formato AAAA-MM-DD.`,
  signoffHint: (removable) =>
    '  Aprobación: quién firma esta decisión, para la tabla del memorando (opcional). Deje el nombre vacío para ' +
    (removable ? 'seguir, o escriba - para quitar a alguien.' : 'omitirla.'),
  signoffPrompt: (n) => `Firma ${n}, nombre (opcional):`,
  signoffRoleNeeded: (name) => `Indique el cargo de ${name}; por ejemplo, Superintendente.`,
  whichFramework: '¿Qué marco debe usar esta revisión?',
  defaultMark: ' (predeterminado)',
  frameworkChanged: (from, to, changed) =>
    `Este borrador se respondió con ${from}; ahora está instalado ${to}.` +
    (changed.length > 0
      ? ` Estas preguntas cambiaron y se volverán a hacer: ${changed.join(', ')}.`
      : ' No cambió ninguna pregunta respondida.'),
  frameworkCannotBeUsed: (idOrPath) => `No se puede usar el marco ${idOrPath}.`,
  frameworkFixHint: 'Corríjalo (vea arriba) o elija otro con --framework.',
  noDrafts: 'no hay borradores guardados para continuar.',
  startOneWith: (command) => `Empiece uno con: ${command} review`,
  draftUnreadable: (name) => `no se pudo leer el borrador ${name}; se omitió.`,
  whichDraft: '¿Qué borrador desea continuar?',
  untitled: 'Sin título',
  draftChoice: (title, framework, answered, when) =>
    `${title} — ${framework}, ${answered}, último cambio ${when}`,
  answered: (n, total) =>
    total === undefined ? `${n} respondidas` : `${n} de ${total} respondidas`,
  localTime: (at, now) => {
    if (Number.isNaN(at.getTime())) return 'en un momento desconocido';
    const sameYear = at.getFullYear() === now.getFullYear();
    const date = new Intl.DateTimeFormat(LOCALES.es, {
      day: 'numeric',
      month: 'short',
      ...(sameYear ? {} : { year: 'numeric' }),
    }).format(at);
    const time = new Intl.DateTimeFormat(LOCALES.es, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
    return `${date}, ${time}`;
  },
};
