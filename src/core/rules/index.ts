/** The cross-file rules, in the order their problems are most useful to read. */
import type { Rule } from './context.js';
import { modelLayoutRules, registryLayoutRule } from './layout-rules.js';
import { duplicateVersionRule, nameRules } from './name-rules.js';
import { lineageCycleRule, unknownParentRule } from './lineage-rules.js';
import { metricRules } from './metric-rules.js';
import { stageRules } from './stage-rules.js';
import { artifactRules } from './artifact-rules.js';
import { immutableVersionRule } from './immutable-rule.js';

/** Rules that look at one model at a time (with the registry's settings). */
export const PER_MODEL_RULES: readonly Rule[] = [modelLayoutRules, nameRules, duplicateVersionRule, metricRules, stageRules, artifactRules];

/** Rules that need the whole registry: the root, lineage across models, the base. */
export const GLOBAL_RULES: readonly Rule[] = [registryLayoutRule, unknownParentRule, lineageCycleRule, immutableVersionRule];

export const CROSS_FILE_RULES: readonly Rule[] = [...PER_MODEL_RULES, ...GLOBAL_RULES];
