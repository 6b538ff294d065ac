import { run } from '../../src/cli/run.js';
import { CancelledError } from '../../src/errors.js';
import { BackRequested } from '../../src/prompts/prompter.js';
import type { PromptChoice, Prompter } from '../../src/prompts/prompter.js';
import type { CliRun } from './cli.js';
import { fakeDeps } from './deps.js';

/** One question the prompter was asked, as the person at the terminal would see it. */
export interface PromptCall {
  kind: 'select' | 'checkbox' | 'input';
  message: string;
  choices: (PromptChoice<unknown> & { checked?: boolean })[];
  default?: unknown;
  required: boolean;
  /** Whether Esc goes back here. */
  back: boolean;
  /** Choices that only lead elsewhere (Help), not echoed as an answer. */
  transient?: readonly unknown[];
  /** What was answered; unset when the prompt was cancelled. */
  answer?: unknown;
}

/**
 * What the person does at one prompt. It returns the answer: a choice's value (select), the
 * values checked (checkbox) or the text typed (input). It may throw, as `cancel` does.
 */
export type Reply = (call: PromptCall) => unknown;

/**
 * One line of a script. `reply` may be a list, used one per time the prompt is asked; once it
 * is used up the rule no longer matches and later rules get their turn.
 */
export interface Rule {
  match: RegExp | ((call: PromptCall) => boolean);
  reply: Reply | Reply[];
}

/** A rule for the prompts whose message matches. */
export function on(match: Rule['match'], reply: Rule['reply']): Rule {
  return { match, reply: Array.isArray(reply) ? [...reply] : reply };
}

function label(l: string | RegExp): (name: string) => boolean {
  return typeof l === 'string'
    ? (name) => name === l || name.startsWith(l)
    : (name) => l.test(name);
}

/** Picks the choice whose name is, starts with or matches `name`; a disabled one cannot be picked. */
export function choose(name: string | RegExp): Reply {
  return (call) => {
    const choice = call.choices.find((c) => label(name)(c.name));
    if (!choice)
      throw new Error(
        `script: no choice ${String(name)} at "${call.message}"; the choices are: ${call.choices.map((c) => c.name).join(' | ')}`,
      );
    if (choice.disabled)
      throw new Error(`script: "${choice.name}" is disabled at "${call.message}"`);
    return choice.value;
  };
}

/** Checks exactly the named choices of a checkbox. */
export function check(...names: (string | RegExp)[]): Reply {
  return (call) => names.map((n) => choose(n)(call));
}

/** Types text and presses enter; '' answers the default, as at a terminal. */
export function type(text: string): Reply {
  return () => text;
}

/** Presses enter: the default (or the first choice), or an empty answer. */
export const enter: Reply = (call) => {
  if (call.kind === 'input') return '';
  if (call.kind === 'checkbox') return call.choices.filter((c) => c.checked).map((c) => c.value);
  if (call.default !== undefined) return call.default;
  const first = call.choices.find((c) => !c.disabled);
  if (!first) throw new Error(`script: nothing to choose at "${call.message}"`);
  return first.value;
};

/** Esc: back to the answer before; refused (a script error) where the prompt offers no way back. */
export const back: Reply = (call) => {
  if (!call.back) throw new Error(`script: Esc does not go back at "${call.message}"`);
  throw new BackRequested();
};

/** Ctrl-C. */
export const cancel: Reply = () => {
  throw new CancelledError();
};

export interface ScriptedPrompter extends Prompter {
  /** Every prompt asked, in order. */
  calls: PromptCall[];
  /** Everything printed between prompts. */
  printed: string[];
  /** Prints and prompt messages (as `? message`) interleaved, as they would scroll past. */
  transcript: string[];
}

/**
 * A Prompter that answers from a script, as a person would: it refuses what the terminal
 * prompt would refuse (an empty required answer, one that fails validation, a disabled or
 * missing choice) by throwing, so a script mistake fails the test loudly.
 */
export function scriptedPrompter(rules: readonly Rule[]): ScriptedPrompter {
  const calls: PromptCall[] = [];
  const printed: string[] = [];
  const transcript: string[] = [];
  const live = rules.map((r) => ({ ...r, reply: Array.isArray(r.reply) ? [...r.reply] : r.reply }));

  const answer = (call: PromptCall): unknown => {
    calls.push(call);
    transcript.push(`? ${call.message}`);
    for (const rule of live) {
      const matches =
        typeof rule.match === 'function' ? rule.match(call) : rule.match.test(call.message);
      if (!matches) continue;
      if (Array.isArray(rule.reply)) {
        const next = rule.reply.shift();
        if (!next) continue;
        return (call.answer = next(call));
      }
      return (call.answer = rule.reply(call));
    }
    throw new Error(`script: nothing answers "${call.message}"`);
  };

  return {
    calls,
    printed,
    transcript,
    select: async (q) => {
      const call: PromptCall = {
        kind: 'select',
        message: q.message,
        choices: q.choices as PromptChoice<unknown>[],
        default: q.default,
        required: false,
        back: q.back ?? false,
        ...(q.transient ? { transient: q.transient } : {}),
      };
      const value = answer(call);
      if (!q.choices.some((c) => c.value === value && !c.disabled))
        throw new Error(`script: ${String(value)} is not a choice at "${q.message}"`);
      return value as never;
    },
    checkbox: async (q) => {
      const call: PromptCall = {
        kind: 'checkbox',
        message: q.message,
        choices: q.choices as PromptChoice<unknown>[],
        required: false,
        back: q.back ?? false,
      };
      const values = answer(call);
      if (!Array.isArray(values))
        throw new Error(`script: a checkbox needs a list at "${q.message}"`);
      const valid = q.validate ? q.validate(values as never[]) : true;
      if (valid !== true)
        throw new Error(`script: "${q.message}" refused [${values.join(', ')}]: ${valid}`);
      return values as never[];
    },
    input: async (q) => {
      const call: PromptCall = {
        kind: 'input',
        message: q.message,
        choices: [],
        default: q.default,
        required: q.required ?? false,
        back: q.back ?? false,
      };
      const typed = answer(call);
      if (typeof typed !== 'string')
        throw new Error(`script: an input needs text at "${q.message}"`);
      const value = typed === '' && q.default !== undefined ? q.default : typed;
      call.answer = value;
      if (q.required && value === '')
        throw new Error(`script: "${q.message}" requires an answer and got none`);
      const valid = q.validate ? q.validate(value) : true;
      if (valid !== true) throw new Error(`script: "${q.message}" refused ${value}: ${valid}`);
      return value;
    },
    print: (text) => {
      printed.push(text);
      transcript.push(text);
    },
  };
}

export interface InteractiveRun extends CliRun {
  /** The colour the command asked its prompter for. */
  promptColor?: boolean;
}

/**
 * Runs vatl in-process as at a terminal: `interactive` deps whose prompter is the one given,
 * the real file system in `cwd`, output collected, and the same fixed clock as runVatl.
 */
export async function runInteractive(
  cwd: string,
  argv: readonly string[],
  prompter: Prompter,
  options: {
    interactive?: boolean;
    env?: Record<string, string | undefined>;
    script?: string;
    columns?: number;
  } = {},
): Promise<InteractiveRun> {
  const result: InteractiveRun = { code: -1, stdout: '', stderr: '' };
  const { deps, stdout, stderr } = fakeDeps({
    cwd,
    interactive: options.interactive ?? true,
    env: options.env,
    ...(options.script ? { script: options.script } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    createPrompter: ({ color }) => {
      result.promptColor = color;
      return Promise.resolve(prompter);
    },
  });
  result.code = await run(argv, deps);
  return { ...result, stdout: stdout(), stderr: stderr() };
}

/** Evidence typed where it is required; optional evidence left empty. */
const evidence: Reply = (call) =>
  call.message.startsWith('Evidence (required): ')
    ? `Seen by the team: ${call.message.replace(/^Evidence \(required\): /, '').slice(0, 40)}`
    : '';

/**
 * A whole VATL review of "Lumen Tutor", a student-facing AI tutor that makes no decisions about
 * people and monitors no one: students, teachers and families consulted, every scale question
 * answered 3 Solid, every red line cleared, the
 * suggested outcome accepted with no conditions. Put overrides in front of it.
 */
export const WHOLE_REVIEW: readonly Rule[] = [
  on(/^Which framework should this review use\?/, choose(/^Value Add of Technology/)),
  on(/^What is the tool or product called\?/, type('Lumen Tutor')),
  on(/^Who is the vendor\?/, type('Lumen Learning Co.')),
  on(/^What kind of tool is it\?/, choose('Supplemental instructional tool')),
  on(/^Who will use it\?/, check('Students', 'Teachers')),
  on(/^Do students use it directly\?/, choose('Yes')),
  on(/^Will it collect, store or process students' personal data\?/, choose('Yes')),
  on(/^Does it monitor students or staff\?/, choose('No')),
  on(/^Does it use AI\?/, choose('Yes')),
  on(/^Which kinds of AI features does it have\?/, check(/^Conversational/)),
  on(/^Does the AI make or recommend decisions about individual students/, choose('No')),
  on(/^Does the AI make or recommend decisions about individual staff/, choose('No')),
  on(/^What will it cost\?/, type('$12,000 a year for 2,000 students')),
  on(/^How long is the contract term\?/, type('2 years')),
  on(/^A title for this decision:/, enter),
  on(/^How does the team share the decision\?/, choose('Co-designed')),
  on(/^Team member 1 name:/, type('Dana Okafor')),
  on(/^Dana Okafor's role:/, type('Director of Technology')),
  on(/^Team member 2 name:/, type('')),
  on(/^Which stakeholder groups were consulted\?/, check('Students', 'Teachers', 'Families')),
  on(/^How were students consulted\?/, type('Student advisory council trial')),
  on(/^How were .* consulted\?/, type('')),
  // The red-line checks that apply to Lumen, cleared.
  on(/^Is there a data-privacy agreement covering this product\?/, choose('Signed')),
  on(/^Do click-through or online terms of service override/, choose('No')),
  on(/^Does a qualified person review every consequential AI output/, choose('Yes')),
  on(/^Does the vendor use student data to train/, choose('No')),
  on(/^Is there current accessibility conformance evidence/, choose('Yes')),
  on(
    (call) => call.kind === 'select' && call.choices.some((c) => c.name === '3 Solid'),
    choose('3 Solid'),
  ),
  on(/^Evidence/, evidence),
  on(/^A note for the memo/, type('')),
  on(/^What next\?/, choose('Continue to the decision')),
  on(/What is the decision\?$/, choose(/\(suggested\)$/)),
  on(/^Rationale for the memo/, type('')),
  on(/^Condition \d+:/, type('')),
  on(/^Review this decision again by/, enter),
  on(/^Signs off \d+, name/, type('')),
];
