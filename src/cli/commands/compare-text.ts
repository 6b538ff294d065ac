import type { Language } from '../../core/i18n/language.js';
import { COMPARE_TEXT_ES } from './compare-text.es.js';

/** What `vatl compare` prints besides the page: English here, Spanish beside it. */
export interface CompareText {
  notFound(ref: string, folder: string): string;
  notFoundHint: string;
  exists(file: string): string;
  existsHint: string;
  wrote(file: string): string;
  mismatch(id: string, firstFile: string, firstId: string): string;
  mismatchHint: string;
}

export const COMPARE_TEXT_EN: CompareText = {
  notFound: (ref, folder) => `\`${ref}\` is neither a review file nor a decision in ${folder}.`,
  notFoundHint: 'Give the path of a review file, or a decision id (0007-ai-tutor) or number (7).',
  exists: (file) => `${file} already exists; it was left as it is.`,
  existsHint: 'Use --force to replace it, or choose another --out file.',
  wrote: (file) => `Wrote ${file}`,
  mismatch: (id, firstFile, firstId) =>
    `This review uses framework \`${id}\`, but ${firstFile} uses \`${firstId}\`: they cannot be compared.`,
  mismatchHint: 'Compare reviews answered against the same framework.',
};

export const COMPARE_TEXT: Readonly<Record<Language, CompareText>> = {
  en: COMPARE_TEXT_EN,
  es: COMPARE_TEXT_ES,
};
