import type { Translation } from '../core/i18n/said.js';
import type { FAULT_TEXT, FaultParams, FaultReason } from './file-fault-text.js';

const REASONS: Record<FaultReason, (p: FaultParams) => string> = {
  'no-space': () => 'no queda espacio en el dispositivo',
  quota: () => 'se superó la cuota de disco',
  'read-only': () => 'el sistema de archivos es de solo lectura',
  permission: () => 'permiso denegado',
  'is-a-folder': () => 'es una carpeta, no un archivo',
  'is-a-file': () => 'es un archivo, no una carpeta',
  blocked: (p) => `${p.what ?? 'parte de la ruta'} es un archivo, no una carpeta`,
  exists: () => 'ya hay otra cosa en ese lugar',
  other: (p) => p.detail ?? '',
};

const TODOS: Record<FaultReason, (p: FaultParams) => string> = {
  'no-space': () => 'Libere espacio y vuelva a ejecutar el comando',
  quota: () => 'Libere espacio y vuelva a ejecutar el comando',
  'read-only': () =>
    'Ejecútelo en una copia en la que se pueda escribir (o haga que el disco admita escritura) y vuelva a ejecutar el comando',
  permission: (p) =>
    `Compruebe que su cuenta puede ${p.action === 'read' ? 'leer' : 'escribir en'} ${p.folder} y vuelva a ejecutar el comando`,
  'is-a-folder': (p) => `Aparte la carpeta ${p.path} y vuelva a ejecutar el comando`,
  'is-a-file': (p) => blockedTodo(p),
  blocked: (p) => blockedTodo(p),
  exists: () => 'Apártelo y vuelva a ejecutar el comando',
  other: () => 'Revise el disco y vuelva a ejecutar el comando',
};

function blockedTodo(p: FaultParams): string {
  return `Aparte ${p.what ?? 'ese archivo'} para que una carpeta ocupe su lugar (o elija otra carpeta en vatl.config.yaml) y vuelva a ejecutar el comando`;
}

function after(p: FaultParams): string {
  const written = p.written ?? [];
  switch (p.after) {
    case 'none':
      return '';
    case 'nothing-changed':
      return '; no se cambió nada';
    case 'left':
      return `; ${p.path} quedó como estaba`;
    case 'written':
      return `; ${written.join(' y ')} ${written.length === 1 ? 'se escribió' : 'se escribieron'} antes de que se detuviera (vatl validate dice qué reparar)`;
  }
}

export const FAULT_TEXT_ES: Translation<typeof FAULT_TEXT> = {
  'io.fault': (p) => ({
    message: `no se puede ${p.action === 'read' ? 'leer' : 'escribir'} ${p.path}: ${REASONS[p.reason](p)}`,
    hint: `${TODOS[p.reason](p)}${after(p)}.`,
  }),
};
