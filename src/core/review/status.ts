// A decision's status and how it may change: the one table of legal transitions, the change
// `vatl status` makes to a review's text, and the rule that a status agrees with the record.
import type { DiagnosticCode } from '../catalogue/index.js';
import { isCalendarDate } from '../dates.js';
import type { Finding } from '../findings.js';
import { YamlTextEditor, scalarText } from '../yaml/edit-yaml.js';
import type { ReviewRule } from './rules/review-rule.js';
import type { Review, ReviewStatus, StatusChange } from './types.js';
import { say } from '../i18n/said.js';
import type { TextRef } from '../i18n/said.js';
import { STATUS_RULES_TEXT } from './status-text.js';

/** Every status, in the order a decision moves through them. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  'proposed',
  'decided',
  'superseded',
  'retired',
];

/**
 * The legal next statuses of each status. A proposal is decided, or retired when it is
 * withdrawn before sign-off; a decision is superseded by a later one, or retired when the tool
 * is no longer used. Superseded and retired decisions are closed: a new decision replaces them.
 */
export const STATUS_TRANSITIONS: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  proposed: ['decided', 'retired'],
  decided: ['superseded', 'retired'],
  superseded: [],
  retired: [],
};

/** A review's status: as written, else `decided` when it records a decision, else `proposed`. */
export function currentStatus(review: Pick<Review, 'status' | 'decision'>): ReviewStatus {
  return review.status ?? (review.decision ? 'decided' : 'proposed');
}

/** What `vatl status` was asked to do. */
export interface StatusRequest {
  to: ReviewStatus;
  /** YYYY-MM-DD, checked by the caller. */
  date: string;
  /** The id of the later decision, for `superseded`. */
  by?: string;
  note?: string;
}

/** Why a status change was refused: a catalogued code, what is wrong, and what to do. */
export interface StatusRefusal {
  code: DiagnosticCode;
  message: string;
  hint?: string;
  /** What message and hint were said from, to say them in the user's language. */
  text?: TextRef;
}

/**
 * Checks a change of status against the transition table and the record, and returns the
 * history entry to append, or why the change is refused.
 */
export function planStatusChange(
  review: Review,
  request: StatusRequest,
): { change: StatusChange } | { refusal: StatusRefusal } {
  const from = currentStatus(review);
  const legal = STATUS_TRANSITIONS[from];
  if (!legal.includes(request.to)) {
    return {
      refusal: {
        code: 'review/status-illegal',
        ...say(STATUS_RULES_TEXT, 'status.illegal', {
          decision: review.id ?? review.title,
          from,
          to: request.to,
          next: legal,
        }),
      },
    };
  }
  if (request.to === 'decided' && !review.decision?.outcome) {
    return {
      refusal: {
        code: 'review/status-no-decision',
        ...say(STATUS_RULES_TEXT, 'status.no-decision', { decision: review.id ?? review.title }),
      },
    };
  }
  if (request.to === 'superseded' && request.by === undefined) {
    return {
      refusal: {
        code: 'review/status-no-successor',
        ...say(STATUS_RULES_TEXT, 'status.no-successor', {}),
      },
    };
  }
  if (request.to !== 'superseded' && request.by !== undefined) {
    return {
      refusal: {
        code: 'review/status-unexpected-by',
        ...say(STATUS_RULES_TEXT, 'status.by-not-superseded', { to: request.to }),
      },
    };
  }
  if (request.by !== undefined && request.by === review.id) {
    return {
      refusal: {
        code: 'review/status-unexpected-by',
        ...say(STATUS_RULES_TEXT, 'status.supersedes-itself', { by: request.by }),
      },
    };
  }
  return {
    change: {
      status: request.to,
      date: request.date,
      ...(request.by !== undefined ? { by: request.by } : {}),
      ...(request.note !== undefined && request.note.trim() !== '' ? { note: request.note } : {}),
    },
  };
}

/**
 * The review's text with a status change made where it stands: `status:` set, `supersededBy:`
 * set for a superseded decision, and the change appended to `statusHistory:`. Every other
 * byte — comments, quoting, layout — stays as it was.
 */
export function reviewTextWithStatus(text: string, change: StatusChange): string {
  const editor = new YamlTextEditor(text);
  editor.setTopLevel([['status', change.status]], 'framework');
  if (change.by !== undefined) editor.setTopLevel([['supersededBy', change.by]], 'status');
  const entry = [`status: ${change.status}`, `date: ${editorScalar(change.date)}`];
  if (change.by !== undefined) entry.push(`by: ${editorScalar(change.by)}`);
  if (change.note !== undefined) entry.push(`note: ${editorScalar(change.note)}`);
  editor.appendToTopLevelList('statusHistory', entry);
  return editor.toString();
}

/**
 * The later review's text with `supersedes:` naming the decision it replaces, set beside its
 * status (or date, or framework) and nothing else changed.
 */
export function reviewTextWithSupersedes(text: string, review: Review, supersedes: string): string {
  const editor = new YamlTextEditor(text);
  const after =
    review.date !== undefined ? 'date' : review.status !== undefined ? 'status' : 'framework';
  editor.setTopLevel([['supersedes', supersedes]], after);
  return editor.toString();
}

function editorScalar(value: string): string {
  // A date is quoted so YAML 1.1 readers keep it a string, as vatl's own review files do.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `'${value}'`;
  // A long note would fold onto lines the entry's indentation does not allow: keep it on one.
  const text = scalarText(value);
  return text.includes('\n') ? JSON.stringify(value) : text;
}

/**
 * A review's status agrees with its record: `decided` needs a decision, `superseded` the
 * decision that replaced it, and each status change a real date.
 */
export const statusConsistent: ReviewRule = ({ review }) => {
  const findings: Finding[] = [];
  if (review.status === 'decided' && !review.decision) {
    findings.push({
      path: ['status'],
      code: 'review/decided-without-decision',
      ...say(STATUS_RULES_TEXT, 'status.decided-without-decision', {}),
    });
  }
  if (review.status === 'superseded' && !review.supersededBy) {
    findings.push({
      path: ['status'],
      code: 'review/superseded-without-successor',
      ...say(STATUS_RULES_TEXT, 'status.superseded-without-successor', {}),
    });
  }
  review.statusHistory?.forEach((entry, i) => {
    if (!isCalendarDate(entry.date))
      findings.push({
        path: ['statusHistory', i, 'date'],
        code: 'review/invalid-date',
        ...say(STATUS_RULES_TEXT, 'status.invalid-date', { date: entry.date }),
      });
  });
  return findings;
};
