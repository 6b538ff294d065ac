// What an answer to a question or intake question can be, as data, and its words in English;
// expected-text.es.ts words it in Spanish. The review rules and the framework rules both say it.

/** A question kind and the values it allows. */
export type Expected = {
  expected: 'scale' | 'yes-no' | 'choice' | 'list' | 'number' | 'text';
  values?: readonly string[];
};

export function expectedText({ expected, values = [] }: Expected): string {
  switch (expected) {
    case 'scale':
      return `a scale value (${values.join(', ')})`;
    case 'yes-no':
      return '"yes" or "no"';
    case 'choice':
      return `one of ${values.join(', ')}`;
    case 'list':
      return `a list of: ${values.join(', ')}`;
    case 'number':
      return 'a number';
    case 'text':
      return 'text';
  }
}
