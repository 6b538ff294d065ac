/**
 * The shape of a framework file once it has passed the JSON Schema.
 *
 * `frameworks/schema/framework.schema.json` is the contract, written once: these are the types
 * `npm run build` generates from it (src/generated/framework-schema.ts), under the names the
 * code uses. The parser fills in no defaults (`weight`, `scored`, a gate's `kind` and the rest
 * stay optional; readers apply the default), so the core types are the file's types exactly;
 * test/unit/schema-types.test.ts checks that they stay so.
 */
import type * as FrameworkFile from '../../generated/framework-schema.js';

export type {
  FrameworkSource,
  ScaleLevel,
  AxisItem,
  Axis,
  Concept,
  Choice,
  IntakeKind,
  IntakeQuestion,
  QuestionKind,
  Question,
  Condition,
  GateKind,
  Gate,
  Warning,
  Outcome,
  IntakeCheck,
} from '../../generated/framework-schema.js';

/** A value a condition compares an answer with. */
export type ConditionValue = NonNullable<FrameworkFile.IntakeCondition['equals']>;

/** A framework file, as the schema accepts it. */
export type Framework = FrameworkFile.VatlFrameworkFile;
