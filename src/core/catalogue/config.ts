import type { CatalogueEntry } from './entry.js';

/** The repository config, `vatl.config.yaml`. */
export const CONFIG_CODES = {
  'config/invalid-value': {
    severity: 'error',
    exit: 'usage',
    title: 'Config setting has a value that is not allowed',
    hint: 'Correct the value as the message describes.',
    docs: 'A setting in `vatl.config.yaml` has the right type but a value the config schema refuses: an empty `decisions:` or `templates:`, an empty entry in the `frameworks:` list, or a `defaultFramework:` that is not an id of lower-case letters, digits and hyphens (e.g. `defaultFramework: vatl`). A broken config makes the run exit with code 2, since vatl cannot be sure which decisions, frameworks and templates folders were meant. Correct the value the message names.',
  },
  'config/missing-property': {
    severity: 'error',
    exit: 'usage',
    title: 'Required config setting is missing',
    hint: 'Add the setting the message names.',
    docs: 'Reported when `vatl.config.yaml` lacks a setting the config schema requires. Every setting is optional in the current schema (`decisions`, `frameworks`, `templates` and `defaultFramework` all have defaults), so this version of vatl does not report this code. If you see it, add the setting the message names.',
  },
  'config/schema': {
    severity: 'error',
    exit: 'usage',
    title: 'Config breaks a rule of the config schema',
    hint: 'Fix the setting the message points to.',
    docs: "The config breaks a rule of the config schema that none of the more specific `config/*` codes covers; the message repeats the schema validator's wording. Every rule the current config schema uses has its own code, so this version of vatl does not report `config/schema`. If you see it, fix the setting the message points to.",
  },
  'config/too-few': {
    severity: 'error',
    exit: 'usage',
    title: 'Config list has too few items',
    hint: 'Add items up to the minimum the message gives.',
    docs: 'Reported when a list in `vatl.config.yaml` is shorter than the config schema allows. The current schema sets no minimum (`frameworks: []` is fine), so this version of vatl does not report this code. If you see it, add the items the message asks for.',
  },
  'config/too-many': {
    severity: 'error',
    exit: 'usage',
    title: 'Config list has too many items',
    hint: 'Shorten the list to the maximum the message gives.',
    docs: 'Reported when a list in `vatl.config.yaml` is longer than the config schema allows. The current schema sets no maximum on `frameworks:`, so this version of vatl does not report this code. If you see it, shorten the list the message names.',
  },
  'config/unknown-property': {
    severity: 'error',
    exit: 'usage',
    title: 'Config has a setting vatl does not know',
    hint: 'Remove the setting or correct its spelling.',
    docs: '`vatl.config.yaml` has a key other than `decisions`, `frameworks`, `templates`, `defaultFramework` and `$schema`, usually a typo such as `framework:` for `frameworks:`. vatl refuses it rather than ignore it: a misspelt setting would leave the default in place, and reviews would be checked against frameworks or templates you did not mean. The hint suggests the closest known name or lists the allowed ones; the run exits with code 2 until it is fixed.',
  },
  'config/wrong-type': {
    severity: 'error',
    exit: 'usage',
    title: 'Config setting has the wrong type',
    hint: 'Give the setting the type the message names.',
    docs: "A setting in `vatl.config.yaml` has the wrong kind of value, e.g. `frameworks: extra` where a list of folders is expected (`frameworks: [extra]`), or a number where a folder name should be; it is also reported when the file's top level is not a mapping. A broken config makes the run exit with code 2. Change the value to the type the message names.",
  },
} as const satisfies Record<string, CatalogueEntry>;
