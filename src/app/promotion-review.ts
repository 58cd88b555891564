/**
 * Stage changes against a base commit judged by their policies, with the
 * facts read from git: the base's stages, the stage history that leads to
 * the base, and the local release tags. Shared by `validate --base`, `diff`
 * and the pull-request review of a checkout.
 */
import type { ReadDocument } from '../core/check/run-rules.js';
import { judgePromotions } from '../core/promotion/judge.js';
import { resolveApprovals, type ApprovalSource } from '../core/promotion/approvers.js';
import type { PromotionEvaluation } from '../core/promotion/types.js';
import { tagName, type Registry } from '../core/registry/registry.js';
import type { Validated } from '../core/validate.js';
import { localTagNames } from '../adapters/git/git.js';
import { readStageHistory } from '../adapters/git/stage-history.js';

export interface ValidatedWithPromotions extends Validated {
  /** Each stage change against the base judged by its stage's policy (none without a base). */
  promotions?: PromotionEvaluation[];
}

/**
 * The validation of a checkout against `commit` (resolved), with its stage
 * changes judged. `base` holds registry.yaml and the changed models as the
 * base has them (only they can change stages), `models` names them.
 */
export async function withPromotions(
  root: string,
  commit: string,
  validated: Validated,
  base: Registry,
  models: readonly string[],
  readDocument: ReadDocument,
  approvals?: ApprovalSource,
): Promise<ValidatedWithPromotions> {
  let tags: { names: Set<string> | undefined } | undefined;
  // The tags are listed only if a policy asks whether a version is released.
  const released = (model: string, version: string) => releasedBy(validated.registry, (tags ??= { names: localTagNames(root) }).names)(model, version);
  const judged = judgePromotions(
    validated.report,
    {
      head: validated.registry,
      base,
      stageHistory: readStageHistory(root, commit, models).history,
      isReleased: released,
      // A reader (the Action) is asked only when some change needs an owner's approval.
      approvals: await resolveApprovals(approvals, validated.registry, base),
    },
    readDocument,
  );
  return { ...validated, report: judged.report, promotions: judged.promotions };
}

/** Whether a version's tag is among `tags`; unknown (undefined) when the tags are. */
export function releasedBy(head: Registry, tags: ReadonlySet<string> | undefined): (model: string, version: string) => boolean | undefined {
  return (model, version) => (tags ? tags.has(tagName(head.settings, model, version)) : undefined);
}
