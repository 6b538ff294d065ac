/**
 * A review file once it has passed the JSON Schema.
 * `frameworks/schema/review.schema.json` is the contract; these types mirror it.
 */

export type ReviewStatus = 'proposed' | 'decided' | 'superseded' | 'retired';
export type TeamStructure = 'user-centered' | 'co-designed' | 'user-created';

export interface Answer {
  /** A scale value, `yes` / `no`, a choice value, or text. */
  value?: number | string;
  /** The reason the question does not apply; used instead of `value`. */
  notApplicable?: string;
  evidence?: string | string[];
  note?: string;
  /** What the question asked when it was answered; see `fingerprint()`. */
  fingerprint?: string;
}

/** An answer `vatl upgrade` could not carry over to the installed framework version. */
export interface PreviousAnswer extends Omit<Answer, 'fingerprint'> {
  /** id@version it was given against. */
  framework: string;
  reason: 'changed' | 'removed';
}

export interface Condition {
  text: string;
  owner: string;
  /** YYYY-MM-DD */
  due: string;
}

export interface Decision {
  outcome: string;
  rationale?: string;
  conditions?: Condition[];
  reviewBy?: string;
  signoff?: { name: string; role: string; date?: string }[];
}

export type ProposalValue = string | number | string[];

export interface Review {
  id?: string;
  title: string;
  /** id@version */
  framework: string;
  status?: ReviewStatus;
  date?: string;
  supersedes?: string;
  /** Intake answers keyed by intake id, plus `name` and an optional `summary`. */
  proposal: { name: string; summary?: string; [intakeId: string]: ProposalValue | undefined };
  team: {
    structure: TeamStructure;
    members: { name: string; role: string }[];
    consulted?: { group: string; how?: string }[];
  };
  answers: Record<string, Answer>;
  previousAnswers?: Record<string, PreviousAnswer>;
  decision?: Decision;
}

/** Splits `vatl@1.2.0` into its id and version. */
export function parseFrameworkRef(ref: string): { id: string; version: string } {
  const at = ref.lastIndexOf('@');
  return at < 0 ? { id: ref, version: '' } : { id: ref.slice(0, at), version: ref.slice(at + 1) };
}
