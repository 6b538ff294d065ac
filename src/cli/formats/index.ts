import type { CheckResult } from '../../core/diagnostics.js';
import type { Language } from '../../core/i18n/language.js';
import type { Style } from '../style.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export interface FormatContext {
  style: Style;
  version: string;
  /** The language of messages, hints and the formats' own words; English when not given. */
  language?: Language;
}

/** A pure function from check results to the text printed on stdout. */
export type Formatter = (result: CheckResult, context: FormatContext) => string;

export const FORMATS = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
