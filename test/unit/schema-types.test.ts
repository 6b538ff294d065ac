import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateSchemaTypes, SCHEMA_TYPES } from '../../scripts/schema-types.js';
import type * as FrameworkFile from '../../src/generated/framework-schema.js';
import type * as ReviewFile from '../../src/generated/review-schema.js';
import type * as Core from '../../src/core/framework/types.js';
import type * as CoreReview from '../../src/core/review/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the types generated from the JSON Schemas', () => {
  it('covers the framework, review and framework-strings schemas', () => {
    expect(SCHEMA_TYPES.map((t) => t.target)).toEqual([
      'src/generated/framework-schema.ts',
      'src/generated/review-schema.ts',
      'src/generated/framework-strings-schema.ts',
    ]);
  });

  it('are committed as the generator writes them from the schemas now', async () => {
    for (const { schema, target, content } of await generateSchemaTypes()) {
      const committed = readFileSync(join(root, target), 'utf8');
      expect(committed, `${target} is stale: ${schema} changed; run \`npm run build\``).toBe(
        content,
      );
    }
  });

  it('name every part of the file a core type is made of', async () => {
    const [framework, review] = await generateSchemaTypes();
    // Titles in the schemas give these names; without one the generator inlines the type.
    for (const name of [
      'VatlFrameworkFile',
      'FrameworkSource',
      'ScaleLevel',
      'Axis',
      'AxisItem',
      'Concept',
      'Choice',
      'IntakeQuestion',
      'IntakeCheck',
      'Question',
      'Condition',
      'Gate',
      'Warning',
      'Outcome',
    ])
      expect(framework?.content).toMatch(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
    for (const name of ['VatlReviewFile', 'Answer', 'PreviousAnswer', 'Decision', 'Signoff'])
      expect(review?.content).toMatch(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
  });
});

// Checked by `tsc` (npm run typecheck): equal types are assignable both ways, so a property
// added to a schema shows up in the core type, and a core type edited away from the schema
// fails here. Where a core type is meant to differ (say, one the parser normalises), compare it
// with the file type it is derived from instead.
describe('the core types and the file types', () => {
  it('agree for frameworks', () => {
    expectTypeOf<Core.Framework>().toEqualTypeOf<FrameworkFile.VatlFrameworkFile>();
    expectTypeOf<Core.FrameworkSource>().toEqualTypeOf<FrameworkFile.FrameworkSource>();
    expectTypeOf<Core.ScaleLevel>().toEqualTypeOf<FrameworkFile.ScaleLevel>();
    expectTypeOf<Core.Axis>().toEqualTypeOf<FrameworkFile.Axis>();
    expectTypeOf<Core.AxisItem>().toEqualTypeOf<FrameworkFile.AxisItem>();
    expectTypeOf<Core.Concept>().toEqualTypeOf<FrameworkFile.Concept>();
    expectTypeOf<Core.Choice>().toEqualTypeOf<FrameworkFile.Choice>();
    expectTypeOf<Core.IntakeKind>().toEqualTypeOf<FrameworkFile.IntakeKind>();
    expectTypeOf<Core.IntakeQuestion>().toEqualTypeOf<FrameworkFile.IntakeQuestion>();
    expectTypeOf<Core.IntakeCheck>().toEqualTypeOf<FrameworkFile.IntakeCheck>();
    expectTypeOf<Core.QuestionKind>().toEqualTypeOf<FrameworkFile.QuestionKind>();
    expectTypeOf<Core.Question>().toEqualTypeOf<FrameworkFile.Question>();
    expectTypeOf<Core.Condition>().toEqualTypeOf<FrameworkFile.Condition>();
    expectTypeOf<Core.GateKind>().toEqualTypeOf<FrameworkFile.GateKind>();
    expectTypeOf<Core.Gate>().toEqualTypeOf<FrameworkFile.Gate>();
    expectTypeOf<Core.Warning>().toEqualTypeOf<FrameworkFile.Warning>();
    expectTypeOf<Core.Outcome>().toEqualTypeOf<FrameworkFile.Outcome>();
  });

  it('agree for conditions, whichever side they compare', () => {
    expectTypeOf<Core.ConditionValue>().toEqualTypeOf<string | number | boolean>();
    expectTypeOf<FrameworkFile.QuestionCondition['equals']>().toEqualTypeOf<
      Core.ConditionValue | undefined
    >();
    expectTypeOf<FrameworkFile.IntakeCondition['in']>().toEqualTypeOf<
      Core.ConditionValue[] | undefined
    >();
    expectTypeOf<FrameworkFile.QuestionCondition['in']>().toEqualTypeOf<
      Core.ConditionValue[] | undefined
    >();
  });

  it('agree for reviews', () => {
    expectTypeOf<CoreReview.Review>().toEqualTypeOf<ReviewFile.VatlReviewFile>();
    expectTypeOf<CoreReview.ReviewStatus>().toEqualTypeOf<ReviewFile.ReviewStatus>();
    expectTypeOf<CoreReview.TeamStructure>().toEqualTypeOf<ReviewFile.TeamStructure>();
    expectTypeOf<CoreReview.Answer>().toEqualTypeOf<ReviewFile.Answer>();
    expectTypeOf<CoreReview.PreviousAnswer>().toEqualTypeOf<ReviewFile.PreviousAnswer>();
    expectTypeOf<CoreReview.Decision>().toEqualTypeOf<ReviewFile.Decision>();
    expectTypeOf<CoreReview.Condition>().toEqualTypeOf<ReviewFile.DecisionCondition>();
    expectTypeOf<CoreReview.ProposalValue>().toEqualTypeOf<string | number | string[]>();
  });

  it('keep a previous answer the answer it was, less its fingerprint', () => {
    // The review schema spells the two out separately; `vatl upgrade` moves one into the other.
    expectTypeOf<Omit<CoreReview.PreviousAnswer, 'framework' | 'reason'>>().toEqualTypeOf<
      Omit<CoreReview.Answer, 'fingerprint'>
    >();
  });
});
