import type { Diagnostic } from '../diagnostics.js';
import { locateFinding } from '../findings.js';
import type { Finding } from '../findings.js';
import type { Framework } from '../framework/types.js';
import { validateAgainstSchema } from '../schema/schema-diagnostics.js';
import type { CompiledValidator } from '../schema/schema-diagnostics.js';
import { scoreReview } from '../scoring/score-review.js';
import type { ScoreReport } from '../scoring/types.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { YamlFile } from '../yaml/parse-yaml.js';
import validateReviewSchema from '../../generated/validate-review.js';
import { frameworkVersionFinding } from './framework-version.js';
import { REVIEW_RULES } from './rules.js';
import type { Review } from './types.js';

export interface ParsedReview {
  file: string;
  review?: Review;
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

const schemaValidator = validateReviewSchema as unknown as CompiledValidator;

/** Parses a review file and checks it against the review schema. Never throws on bad input. */
export function parseReview(text: string, file: string): ParsedReview {
  const { yaml, diagnostics } = parseYaml(text, file);
  if (!yaml) return { file, diagnostics };
  return reviewFromYaml(yaml, file);
}

/** Checks YAML already read against the review schema: parseReview after the parsing. */
export function reviewFromYaml(yaml: YamlFile, file: string): ParsedReview {
  const schemaDiagnostics = validateAgainstSchema(schemaValidator, yaml, 'review');
  if (schemaDiagnostics.length > 0) return { file, yaml, diagnostics: schemaDiagnostics };
  return { file, yaml, review: yaml.data as Review, diagnostics: [] };
}

export interface CheckedReview {
  report: ScoreReport;
  diagnostics: Diagnostic[];
}

/** Checks a parsed review against its framework and scores it. */
export function checkReview(
  review: Review,
  framework: Framework,
  yaml?: YamlFile,
  options: { path?: boolean } = {},
): CheckedReview {
  const report = scoreReview(framework, review, options);
  const findings: Finding[] = REVIEW_RULES.flatMap((rule) => rule({ review, framework, report }));
  const version = frameworkVersionFinding(review, framework, report.doesNotApply);
  if (version) findings.unshift(version);
  const diagnostics = yaml
    ? findings.map((f) => locateFinding(yaml, f))
    : findings.map((f) => ({
        file: '',
        line: 0,
        column: 0,
        severity: f.severity ?? 'error',
        code: f.code,
        message: f.message,
        ...(f.hint ? { hint: f.hint } : {}),
        ...(f.text ? { text: f.text } : {}),
      }));
  return { report, diagnostics };
}
