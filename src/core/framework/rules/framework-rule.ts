// The shape every framework rule has.
import type { Finding } from '../../findings.js';
import type { Framework } from '../types.js';

/** A semantic check over a parsed framework: the findings it reports, none when it passes. */
export type FrameworkRule = (framework: Framework) => Finding[];
