import type { Language } from '../../core/i18n/language.js';
import type { TeamStructure } from '../../core/review/types.js';
import { REVIEW_TEXT_ES } from './review-text.es.js';

/**
 * The interactive review's own words (framework text comes from the framework in the language):
 * headings, progress, choices, hints and refusals. English here, Spanish in review-text.es.ts.
 */
export interface ReviewText {
  // Opening and stopping
  savedAsYouGo(folder: string, resume: string): string;
  stopped(path: string, resume: string): string;
  stoppedBeforeAnswer: string;
  notComplete(resume: string): string;
  // The proposal
  proposalHeading: string;
  proposalProgress(position: number, total: number): string;
  escBack: string;
  yes: string;
  no: string;
  /** After a multiple-choice prompt: how to answer it. */
  checkboxHint: string;
  chooseAtLeastOne: string;
  answerNeeded: string;
  enterNumber: string;
  titlePrompt: string;
  titleNeeded: string;
  unknownIntakeCheck(id: string): string;
  // The questions
  questionProgress(where: string, position: number, total: number): string;
  helpChoice: string;
  notApplicableChoice: string;
  backToSummary: string;
  backToPrevious: string;
  notApplicablePrompt: string;
  /** Why a not-applicable reason is refused: empty, says nothing, or too short. */
  reasonRefused(kind: 'empty' | 'nothing' | 'short', reason: string): string;
  evidenceRequired: string;
  evidenceOptional: string;
  evidenceDefaultPrompt: string;
  evidenceNeeded: string;
  notePrompt: string;
  // The team
  teamHeading: string;
  teamStructureStep: string;
  teamMembersStep: string;
  teamConsultedStep: string;
  structurePrompt: string;
  structures: Readonly<Record<TeamStructure, { label: string; prompt: string }>>;
  membersHint(removable: boolean): string;
  memberPrompt(n: number): string;
  memberNeeded: string;
  rolePrompt(name: string): string;
  memberRoleNeeded(name: string): string;
  groupsPrompt: string;
  /** A stakeholder group as the list shows it (the review records the English id). */
  groupLabel(group: string): string;
  consultedPrompt(group: string): string;
  unheard(groups: readonly string[]): string;
  // The summary and changing an answer
  whatNext: string;
  continueToDecision: string;
  changeAnAnswer: string;
  whichAnswer: string;
  changeProposal(prompt: string, answer: string): string;
  changeTitle(title: string): string;
  changeTeam(structure: string, members: number, groups: number): string;
  unanswered: string;
  notApplicable: string;
  summaryHeading: string;
  scaleLine(scale: string, overall: string): string;
  unansweredLine(names: string): string;
  gateFailed(title: string): string;
  gateUnresolved(title: string, needs: string): string;
  warningLine(title: string): string;
  suggestedOutcome(label: string): string;
  // The decision
  decisionHeading: string;
  decisionPrompt(suggested: string): string;
  suggestedMark: string;
  blockedBy(gates: readonly string[]): string;
  whyRather(chosen: string, suggested: string): string;
  rationaleOptional: string;
  sayWhy: string;
  conditionsHint(removable: boolean): string;
  conditionPrompt(n: number): string;
  ownerPrompt: string;
  ownerNeeded: string;
  duePrompt: string;
  reviewByPrompt: string;
  dateProblem(today: string): string;
  signoffHint(removable: boolean): string;
  signoffPrompt(n: number): string;
  signoffRoleNeeded(name: string): string;
  // Choosing the framework and the draft
  whichFramework: string;
  defaultMark: string;
  frameworkChanged(from: string, to: string, changed: readonly string[]): string;
  frameworkCannotBeUsed(idOrPath: string): string;
  frameworkFixHint: string;
  noDrafts: string;
  startOneWith(command: string): string;
  draftUnreadable(name: string): string;
  whichDraft: string;
  untitled: string;
  draftChoice(title: string, framework: string, answered: string, when: string): string;
  answered(n: number, total?: number): string;
  /** A moment in local time: `2 Dec 14:05`, with the year when not this one. */
  localTime(at: Date, now: Date): string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `a, b and c`. */
export function andList(items: readonly string[], and: string): string {
  return items.join(', ').replace(/, ([^,]*)$/, ` ${and} $1`);
}

export const REVIEW_TEXT_EN: ReviewText = {
  savedAsYouGo: (folder, resume) =>
    `Every answer is saved as you go (in ${folder}/). Press Ctrl-C to stop; resume with \`${resume}\`.`,
  stopped: (path, resume) =>
    `\nStopped. Your answers are saved in ${path}.\nResume with: ${resume}\n`,
  stoppedBeforeAnswer: '\nStopped before any answer was given; nothing was saved.\n',
  notComplete: (resume) =>
    `the review is not complete; your answers are saved. Resume with: ${resume}`,
  proposalHeading: 'The proposal',
  proposalProgress: (position, total) => `Proposal ${position} of ${total}`,
  escBack: '  (Esc: back)',
  yes: 'Yes',
  no: 'No',
  checkboxHint: ' (space to select, enter to go on)',
  chooseAtLeastOne: 'Choose at least one: move to it, press space to select it, then enter.',
  answerNeeded: 'An answer is needed here.',
  enterNumber: 'Enter a number.',
  titlePrompt: 'A title for this decision:',
  titleNeeded: 'A title is needed: it names the decision in the memo and the file.',
  unknownIntakeCheck: (id) => `Unknown intake check ${id}.`,
  questionProgress: (where, position, total) => `${where} · ${position} of ${total}`,
  helpChoice: 'Help: what this question is about',
  notApplicableChoice: 'Not applicable (you will give a reason)',
  backToSummary: 'Back to the summary',
  backToPrevious: 'Back to the previous question',
  notApplicablePrompt: 'Why does this question not apply?',
  reasonRefused: (kind, reason) =>
    `That reason ${
      kind === 'empty'
        ? 'is empty'
        : kind === 'nothing'
          ? `("${reason.trim()}") says nothing about why`
          : `("${reason.trim()}") is too short to say why`
    }: say why it does not fit this proposal.`,
  evidenceRequired: 'Evidence (required)',
  evidenceOptional: 'Evidence (optional)',
  evidenceDefaultPrompt: 'what does this answer rest on?',
  evidenceNeeded: 'Evidence is required for this answer: name a document, link or observation.',
  notePrompt: 'A note for the memo (optional):',
  teamHeading: 'The team',
  teamStructureStep: 'Team 1 of 3: how the decision is shared',
  teamMembersStep: 'Team 2 of 3: the members',
  teamConsultedStep: 'Team 3 of 3: who was consulted',
  structurePrompt: 'How does the team share the decision?',
  structures: {
    'user-centered': {
      label: 'User-centered',
      prompt:
        'One leader consults the team, then decides. Quick; suits a small team or a first try at sharing leadership.',
    },
    'co-designed': {
      label: 'Co-designed',
      prompt: 'One leader drives, sharing choices and tasks with the team, and keeps final say.',
    },
    'user-created': {
      label: 'User-created',
      prompt: 'The team decides together; the leader facilitates. Slower, and owned by everyone.',
    },
  },
  membersHint: (removable) =>
    '  Add the team members one at a time; leave the name empty when done' +
    (removable ? ', or type - to remove a member.' : '.'),
  memberPrompt: (n) => `Team member ${n} name:`,
  memberNeeded: 'Name at least one team member: who owns this decision?',
  rolePrompt: (name) => `${name}'s role:`,
  memberRoleNeeded: (name) => `Give ${name}'s role, e.g. Director of Technology.`,
  groupsPrompt: 'Which stakeholder groups were consulted? (space to select, enter to go on)',
  groupLabel: (group) => group.charAt(0).toUpperCase() + group.slice(1),
  consultedPrompt: (group) => `How were ${group} consulted? (optional)`,
  unheard: (groups) =>
    `  Note: this tool is student-facing, and ${andList(groups, 'and')} were not consulted. Consider hearing from them before deciding; the memo will say so.`,
  whatNext: 'What next?',
  continueToDecision: 'Continue to the decision',
  changeAnAnswer: 'Change an answer',
  whichAnswer: 'Which answer do you want to change?',
  changeProposal: (prompt, answer) => `Proposal: ${prompt} — ${answer}`,
  changeTitle: (title) => `Title — ${title}`,
  changeTeam: (structure, members, groups) =>
    `Team — ${structure}, ${plural(members, 'member')}, ${plural(groups, 'group')} consulted`,
  unanswered: 'unanswered',
  notApplicable: 'not applicable',
  summaryHeading: 'Summary',
  scaleLine: (scale, overall) => `  Scale: ${scale}; overall ${overall}`,
  unansweredLine: (names) => `  Unanswered: ${names}`,
  gateFailed: (title) => `  ✖ Gate failed: ${title}`,
  gateUnresolved: (title, needs) => `  ? Gate unresolved: ${title} (needs ${needs})`,
  warningLine: (title) => `  ! Warning: ${title}`,
  suggestedOutcome: (label) => `  Suggested outcome: ${label}`,
  decisionHeading: 'The decision',
  decisionPrompt: (suggested) => `The review suggests ${suggested}. What is the decision?`,
  suggestedMark: ' (suggested)',
  blockedBy: (gates) => `blocked by ${gates.map((g) => `“${g}”`).join(', ')}`,
  whyRather: (chosen, suggested) => `Why ${chosen} rather than ${suggested}?`,
  rationaleOptional: 'Rationale for the memo (optional):',
  sayWhy: 'Say why: a decision against the suggestion needs a reason.',
  conditionsHint: (removable) =>
    '  Conditions: what must happen, who owns it, by when. Leave the condition empty when done' +
    (removable ? ', or type - to remove one.' : '.'),
  conditionPrompt: (n) => `Condition ${n}:`,
  ownerPrompt: 'Owner:',
  ownerNeeded: 'Name who owns this condition.',
  duePrompt: 'Due (YYYY-MM-DD):',
  reviewByPrompt: 'Review this decision again by (YYYY-MM-DD):',
  dateProblem: (today) => `Enter a date from ${today} on, as YYYY-MM-DD.`,
  signoffHint: (removable) =>
    '  Sign-off: who signs this decision off, for the table in the memo (optional). Leave the name empty to ' +
    (removable ? 'go on, or type - to remove one.' : 'skip.'),
  signoffPrompt: (n) => `Signs off ${n}, name (optional):`,
  signoffRoleNeeded: (name) => `Give ${name}'s role, e.g. Superintendent.`,
  whichFramework: 'Which framework should this review use?',
  defaultMark: ' (default)',
  frameworkChanged: (from, to, changed) =>
    `This draft was answered against ${from}; ${to} is installed now.` +
    (changed.length > 0
      ? ` These questions changed and will be asked again: ${changed.join(', ')}.`
      : ' No answered question changed.'),
  frameworkCannotBeUsed: (idOrPath) => `The framework ${idOrPath} cannot be used.`,
  frameworkFixHint: 'Fix it (see above) or choose another with --framework.',
  noDrafts: 'there are no saved drafts to resume.',
  startOneWith: (command) => `Start one with: ${command} review`,
  draftUnreadable: (name) => `the draft ${name} could not be read and was skipped.`,
  whichDraft: 'Which draft do you want to continue?',
  untitled: 'Untitled',
  draftChoice: (title, framework, answered, when) =>
    `${title} — ${framework}, ${answered}, last change ${when}`,
  answered: (n, total) => (total === undefined ? `answered ${n}` : `answered ${n} of ${total}`),
  localTime: (at, now) => {
    if (Number.isNaN(at.getTime())) return 'at an unknown time';
    const two = (n: number) => String(n).padStart(2, '0');
    const year = at.getFullYear() === now.getFullYear() ? '' : ` ${at.getFullYear()}`;
    return `${at.getDate()} ${MONTHS[at.getMonth()] ?? ''}${year} ${two(at.getHours())}:${two(at.getMinutes())}`;
  },
};

export const REVIEW_TEXT: Readonly<Record<Language, ReviewText>> = {
  en: REVIEW_TEXT_EN,
  es: REVIEW_TEXT_ES,
};
