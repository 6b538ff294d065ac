import type { CatalogueEntry } from './entry.js';

/** Memo templates: the built-in ones and a folder that overrides them. */
export const TEMPLATE_CODES = {
  'template/invalid': {
    severity: 'error',
    exit: 'usage',
    title: 'Memo template fails to compile or render',
    hint: 'Fix the template (or remove the override), then run again.',
    docs: 'A memo template, `memo.md.hbs` or a partial in `partials/`, is not valid Handlebars or fails while rendering. Templates are strict: a field the memo data does not have is an error (in `{{#if}}` it is simply false), only `if`, `unless`, `each`, `with` and `lookup` may be used (not `log`), and a name every JavaScript object inherits (`__proto__`, `constructor`, `toString`…) is refused, with `lookup` too. The diagnostic names the template file and the line and column, and the run exits with code 2. Fix the template in the override folder (config `templates:` or `--template`), or remove it there to use the built-in one.',
  },
  'template/not-found': {
    severity: 'error',
    exit: 'usage',
    title: 'Template folder or main template not found',
    docs: 'A folder of template overrides, named by `templates:` in `vatl.config.yaml` or by `--template`, does not exist or is not a folder; or no `memo.md.hbs` was found at all, which means the built-in templates are missing from the installation. No memo can be rendered, so the run exits with code 2. Correct the folder (`templates:` is relative to the config file, `--template` to the working folder), or reinstall vatl.',
  },
  'template/unreadable': {
    severity: 'error',
    exit: 'usage',
    title: 'Template file cannot be read',
    hint: 'Check the permissions of the template folder and its files, then run again.',
    docs: "A template file (`memo.md.hbs` or a partial) exists but could not be read, for example because of its permissions; the message quotes the system's error. Memos cannot be rendered without it, so the run exits with code 2. Make the file readable by the account running vatl, or remove it from the override folder to use the built-in one.",
  },
} as const satisfies Record<string, CatalogueEntry>;
