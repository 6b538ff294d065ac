/** Which schema becomes which generated declarations file, relative to the repository root. */
export declare const SCHEMA_TYPES: readonly { schema: string; target: string }[];

/** The declarations generated from each schema now; reads the schemas, writes nothing. */
export declare function generateSchemaTypes(): Promise<
  { schema: string; target: string; content: string }[]
>;
