import type { CatalogueText } from './entry.js';
import type { REVIEW_CODES } from './review.js';

/** Titles and default hints of the `review/` codes in Spanish. */
export const REVIEW_CODES_ES: CatalogueText<typeof REVIEW_CODES> = {
  'review/date-order': {
    title: 'La fecha es anterior a la fecha de la revisión',
    hint: 'Corrija esta fecha, o la `date` de la revisión.',
  },
  'review/decided-without-decision': {
    title: 'La revisión está decidida pero no registra ninguna decisión',
    hint: 'Agregue `decision:` con su `outcome:`, o ponga `status: proposed`.',
  },
  'review/does-not-apply': { title: 'Respuesta a una pregunta que no aplica' },
  'review/empty-answer': {
    title: 'La respuesta no tiene ni valor ni motivo de «no aplica»',
    hint: 'Dé a la respuesta un `value`, o `notApplicable:` con el motivo.',
  },
  'review/drafts-folder': {
    title: 'No se puede usar la carpeta de borradores',
    hint: 'Mueva o cambie el nombre de lo que hay en esa ruta y vuelva a ejecutar vatl review.',
  },
  'review/exists': { title: 'El archivo de revisión o el memorando ya existe' },
  'review/framework': { title: 'No se puede usar el marco elegido para la revisión' },
  'review/framework-mismatch': {
    title: 'La opción --framework y el archivo de respuestas nombran marcos distintos',
    hint: 'Omita --framework para revisar con el marco del archivo, o corrija `framework:` en el archivo.',
  },
  'review/framework-version': { title: 'La revisión se respondió con otra versión del marco' },
  'review/gate-blocks-outcome': { title: 'La decisión es un resultado que un control bloquea' },
  'review/id-mismatch': { title: 'El id de la revisión no coincide con el nombre de su archivo' },
  'review/intake-check': {
    title: 'El recorrido llegó a una verificación de admisión que el marco no tiene',
    hint: 'Es un error de vatl: repórtelo, con el archivo del marco que usó.',
  },
  'review/intake-contradiction': { title: 'Las respuestas de la propuesta se contradicen' },
  'review/invalid-answer': {
    title: 'El valor de la respuesta no es uno que la pregunta acepte',
    hint: 'Responda con un valor de los que enumera el mensaje.',
  },
  'review/invalid-date': {
    title: 'La fecha no existe en el calendario',
    hint: 'Escriba una fecha real como AAAA-MM-DD.',
  },
  'review/invalid-intake': {
    title: 'La respuesta de admisión no corresponde a su pregunta',
    hint: 'Responda en la forma que indica el mensaje.',
  },
  'review/invalid-value': {
    title: 'El esquema de revisiones no permite ese valor',
    hint: 'Corrija el valor como indica el mensaje.',
  },
  'review/missing-evidence': { title: 'La respuesta necesita evidencia y no la da' },
  'review/missing-intake': {
    title: 'Falta responder una pregunta de admisión obligatoria',
    hint: 'Agregue la respuesta bajo `proposal:`, con el id de la pregunta de admisión como clave.',
  },
  'review/missing-property': {
    title: 'Falta una propiedad obligatoria de la revisión',
    hint: 'Agregue la propiedad que nombra el mensaje.',
  },
  'review/missing-rationale': {
    title: 'La decisión difiere de la sugerencia sin una justificación',
  },
  'review/no-free-id': {
    title: 'No se encontró ningún número de decisión libre',
    hint: 'Revise la carpeta de decisiones, o escriba en otro lugar con --out.',
  },
  'review/no-tty': { title: 'No hay una terminal en la que hacer las preguntas de la revisión' },
  'review/not-applicable-not-allowed': {
    title: 'La pregunta no admite la respuesta «no aplica»',
    hint: 'Reemplace `notApplicable:` por un `value`.',
  },
  'review/not-applicable-reason': { title: 'El motivo de «no aplica» no dice nada' },
  'review/question-changed': { title: 'La pregunta cambió desde que se respondió' },
  'review/schema': {
    title: 'El valor no coincide con ninguna de las formas permitidas',
    hint: 'Escriba el valor en una de las formas que permite el esquema de revisiones.',
  },
  'review/stakeholders-not-consulted': {
    title: 'Herramienta para estudiantes revisada sin escuchar a grupos clave',
  },
  'review/status-conflict': { title: 'Una decisión posterior ya reemplaza a otra' },
  'review/status-illegal': { title: 'El estado no puede cambiar de esa forma' },
  'review/status-invalid-date': {
    title: 'La fecha dada para un cambio de estado no es una fecha',
    hint: 'Escriba la fecha como AAAA-MM-DD, p. ej. --date 2026-05-01, u omita --date para usar la de hoy.',
  },
  'review/status-no-decision': {
    title: 'La revisión no registra ninguna decisión que marcar como decidida',
    hint: 'Agregue `decision:` con su `outcome:` a la revisión y vuelva a ejecutar vatl status.',
  },
  'review/status-no-successor': {
    title: 'Reemplazada sin la decisión que la reemplaza',
    hint: 'Nombre la decisión posterior con --by, p. ej. vatl status 7 superseded --by 12.',
  },
  'review/status-unexpected-by': { title: 'Se dio la opción --by donde no corresponde' },
  'review/status-unknown-decision': { title: 'No hay ninguna decisión con ese id' },
  'review/superseded-without-successor': {
    title: 'La revisión está reemplazada pero no nombra ninguna decisión posterior',
    hint: 'Agregue `supersededBy:` con el id de la decisión que la reemplazó.',
  },
  'review/too-few': {
    title: 'La lista tiene muy pocos elementos',
    hint: 'Agregue al menos el número de elementos que indica el mensaje.',
  },
  'review/too-many': {
    title: 'La lista tiene demasiados elementos',
    hint: 'Acorte la lista hasta el máximo que indica el mensaje.',
  },
  'review/unanswered': { title: 'Quedan preguntas sin responder' },
  'review/unknown-framework': {
    title: 'La revisión nombra un marco que no está instalado',
    hint: 'Agregue la carpeta del marco a `frameworks:` en vatl.config.yaml, o corrija `framework:` en la revisión.',
  },
  'review/unknown-intake': {
    title: 'La propuesta responde una pregunta de admisión que el marco no tiene',
  },
  'review/unknown-outcome': { title: 'La decisión nombra un resultado que el marco no tiene' },
  'review/unknown-property': {
    title: 'La revisión tiene una propiedad que el esquema no conoce',
    hint: 'Quite la propiedad o corrija cómo está escrita.',
  },
  'review/unknown-question': { title: 'Respuesta a una pregunta que el marco no tiene' },
  'review/value-and-not-applicable': {
    title: 'La respuesta tiene a la vez un valor y un motivo de «no aplica»',
  },
  'review/wrong-type': {
    title: 'El valor tiene un tipo incorrecto',
    hint: 'Escriba el valor con el tipo que nombra el mensaje.',
  },
};
