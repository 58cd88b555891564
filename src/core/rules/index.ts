/** The cross-file rules, in the order their problems are most useful to read. */
import type { Rule } from './context.js';
import { modelLayoutRules, registryLayoutRule } from './layout-rules.js';
import { duplicateVersionRule, nameRules } from './name-rules.js';
import { lineageCycleRule, unknownParentRule } from './lineage-rules.js';
import { metricRules } from './metric-rules.js';
import { stageRules } from './stage-rules.js';
import { artifactRules } from './artifact-rules.js';
import { immutableTagFormatRule, immutableVersionRule } from './immutable-rule.js';
import { oneVersionPerCommitRule } from './version-commit-rule.js';
import { tagFormatRule, versionTagRule } from './tag-rules.js';
import { fileKindRule } from './file-kind-rules.js';
import { modelPromotionRule, registryPromotionRule } from './promotion-rules.js';
import { environmentStageRule } from './environment-rules.js';
import { aliasStageRule } from './alias-rules.js';
import { observationRules } from './observation-rules.js';
import { modelMonitoringRule, registryMonitoringRule } from './monitoring-rules.js';

/**
 * Rules that look at each path alone (its name and kind): every entry must
 * pass through them exactly once, wherever the adapter splits the registry.
 */
export const ENTRY_RULES: readonly Rule[] = [fileKindRule];

/** Rules that look at one model at a time (with the registry's settings). */
export const PER_MODEL_RULES: readonly Rule[] = [
  modelLayoutRules,
  nameRules,
  duplicateVersionRule,
  versionTagRule,
  metricRules,
  stageRules,
  artifactRules,
  modelPromotionRule,
  modelMonitoringRule,
  observationRules,
];

/** Rules that need the whole registry: the root, lineage across models, the base. */
export const GLOBAL_RULES: readonly Rule[] = [
  registryLayoutRule,
  tagFormatRule,
  unknownParentRule,
  lineageCycleRule,
  immutableVersionRule,
  immutableTagFormatRule,
  oneVersionPerCommitRule,
  registryPromotionRule,
  environmentStageRule,
  aliasStageRule,
  registryMonitoringRule,
];

export const CROSS_FILE_RULES: readonly Rule[] = [...ENTRY_RULES, ...PER_MODEL_RULES, ...GLOBAL_RULES];
