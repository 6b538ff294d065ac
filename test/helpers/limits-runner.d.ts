/** The hostile files limits-runner.js builds, by case name. */
export declare const CASES: Readonly<Record<string, () => string>>;
/** Cases the draft loader is not run on (it takes minutes over them). */
export declare const DRAFT_HANGS: readonly string[];
