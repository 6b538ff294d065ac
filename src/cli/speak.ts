/**
 * Every text table a diagnostic or error can be said from, English and Spanish, and the
 * speaker the printers use to say them in the run's language (core/i18n/diagnostic-language.ts).
 * A new `<area>-text.ts` is listed here.
 */
import { speaker } from '../core/i18n/diagnostic-language.js';
import type { TextTablePair } from '../core/i18n/diagnostic-language.js';
import { REVIEW_RULES_TEXT } from '../core/review/rules/review-text.js';
import { REVIEW_RULES_TEXT_ES } from '../core/review/rules/review-text.es.js';
import { YAML_TEXT } from '../core/yaml/yaml-text.js';
import { YAML_TEXT_ES } from '../core/yaml/yaml-text.es.js';
import { SCHEMA_TEXT } from '../core/schema/schema-text.js';
import { SCHEMA_TEXT_ES } from '../core/schema/schema-text.es.js';
import { FILES_TEXT } from '../io/files-text.js';
import { FILES_TEXT_ES } from '../io/files-text.es.js';
import { FAULT_TEXT } from '../io/file-fault-text.js';
import { FAULT_TEXT_ES } from '../io/file-fault-text.es.js';
import { FRAMEWORK_TEXT } from '../core/framework/framework-text.js';
import { FRAMEWORK_TEXT_ES } from '../core/framework/framework-text.es.js';
import { STRINGS_TEXT } from '../core/framework/strings-text.js';
import { STRINGS_TEXT_ES } from '../core/framework/strings-text.es.js';
import { DECISIONS_TEXT } from '../core/decisions/decisions-text.js';
import { DECISIONS_TEXT_ES } from '../core/decisions/decisions-text.es.js';
import { STATUS_RULES_TEXT } from '../core/review/status-text.js';
import { STATUS_RULES_TEXT_ES } from '../core/review/status-text.es.js';
import { TEMPLATE_TEXT } from '../core/memo/template-text.js';
import { TEMPLATE_TEXT_ES } from '../core/memo/template-text.es.js';
import { DECISION_FILES_TEXT } from '../io/decision-files-text.js';
import { DECISION_FILES_TEXT_ES } from '../io/decision-files-text.es.js';
import { COMMANDS_TEXT } from './commands/commands-text.js';
import { COMMANDS_TEXT_ES } from './commands/commands-text.es.js';
import { INPUT_TEXT } from '../core/review/input-text.js';
import { INPUT_TEXT_ES } from '../core/review/input-text.es.js';

export const TEXT_TABLES: readonly TextTablePair[] = [
  { area: 'review-rules', en: REVIEW_RULES_TEXT, es: REVIEW_RULES_TEXT_ES },
  { area: 'yaml', en: YAML_TEXT, es: YAML_TEXT_ES },
  { area: 'schema', en: SCHEMA_TEXT, es: SCHEMA_TEXT_ES },
  { area: 'files', en: FILES_TEXT, es: FILES_TEXT_ES },
  { area: 'file-fault', en: FAULT_TEXT, es: FAULT_TEXT_ES },
  { area: 'framework', en: FRAMEWORK_TEXT, es: FRAMEWORK_TEXT_ES },
  { area: 'framework-strings', en: STRINGS_TEXT, es: STRINGS_TEXT_ES },
  { area: 'decisions', en: DECISIONS_TEXT, es: DECISIONS_TEXT_ES },
  { area: 'status-rules', en: STATUS_RULES_TEXT, es: STATUS_RULES_TEXT_ES },
  { area: 'template', en: TEMPLATE_TEXT, es: TEMPLATE_TEXT_ES },
  { area: 'decision-files', en: DECISION_FILES_TEXT, es: DECISION_FILES_TEXT_ES },
  { area: 'commands', en: COMMANDS_TEXT, es: COMMANDS_TEXT_ES },
  { area: 'input', en: INPUT_TEXT, es: INPUT_TEXT_ES },
];

export const { inLanguage, wordsIn, keys: TEXT_KEYS } = speaker(TEXT_TABLES);
