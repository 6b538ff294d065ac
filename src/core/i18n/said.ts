/**
 * Diagnostic and error text that can be said again in another language. A rule or loader
 * builds its message from a typed text table (`<area>-text.ts`, English) with `say(table, key,
 * params)`: it gets the English message and hint, as before, plus `text` — the table key and
 * the parameters — kept on the diagnostic. The printer, which knows the language, says it again
 * from the same key in that language's table (`<area>-text.es.ts`, typed by the English one), so
 * rules take no language and English output is the very string the rule built.
 */

/** A parameter of a message: plain JSON data, so a cached diagnostic can be said again. */
export type TextParam = string | number | boolean | null | undefined | readonly string[];

export type TextParams = Readonly<Record<string, TextParam>>;

/** A message and its hint, in one language. */
export interface Said {
  message: string;
  hint?: string;
}

/** Which text a message was made from, and with what: enough to say it in another language. */
export interface TextRef {
  key: string;
  params: TextParams;
}

/** One area's texts: for each key, its message (and hint) from its parameters. */
export type TextTable = Readonly<Record<string, (params: never) => Said>>;

/** The same table in another language: every key, with the same parameters. */
export type Translation<T extends TextTable> = {
  readonly [K in keyof T]: (params: Parameters<T[K]>[0]) => Said;
};

/** The English message and hint of `key`, with `text` to say them again in another language. */
export function say<T extends TextTable, K extends keyof T & string>(
  table: T,
  key: K,
  params: Parameters<T[K]>[0],
): Said & { text: TextRef } {
  const said = (table[key] as (p: Parameters<T[K]>[0]) => Said)(params);
  return {
    message: said.message,
    ...(said.hint ? { hint: said.hint } : {}),
    text: { key, params: params as TextParams },
  };
}
