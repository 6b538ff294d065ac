// Why typed input is not an answer, in English; input-text.es.ts in Spanish. The interactive
// prompts test only whether there is a problem, and say it from their own table in the run's
// language: nothing matches these words.
export const INPUT_TEXT = {
  'input.number': (_p: Record<string, never>) => ({ message: 'Enter a number.' }),
  'input.date': (p: { today: string }) => ({
    message: `Enter a date from ${p.today} on, as YYYY-MM-DD.`,
  }),
};
