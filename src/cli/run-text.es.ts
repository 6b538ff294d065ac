import type { RunText } from './run-text.js';

export const RUN_TEXT_ES: RunText = {
  cancelled: 'cancelado.',
  templateFailed: (template, message) => `la plantilla ${template} falló: ${message}`,
  templateHint: 'Corrija la plantilla (o quite la personalizada) y vuelva a ejecutar.',
  internalError: (message) => `error interno: ${message}`,
  internalHint:
    'Es un error de vatl. Vuelva a ejecutar con --verbose para ver los detalles, y repórtelo.',
};
