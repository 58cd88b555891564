/** The cross-file rules, in the order their problems are most useful to read. */
import type { Rule } from './context.js';
import { layoutRules } from './layout-rules.js';
import { duplicateVersionRule, nameRules } from './name-rules.js';
import { lineageCycleRule, unknownParentRule } from './lineage-rules.js';
import { metricRules } from './metric-rules.js';
import { stageRules } from './stage-rules.js';
import { artifactRules } from './artifact-rules.js';
import { immutableVersionRule } from './immutable-rule.js';

export const CROSS_FILE_RULES: readonly Rule[] = [
  layoutRules,
  nameRules,
  duplicateVersionRule,
  unknownParentRule,
  lineageCycleRule,
  metricRules,
  stageRules,
  artifactRules,
  immutableVersionRule,
];
