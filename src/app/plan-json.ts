/** A release plan printed as JSON (a dry run), the same from both front ends. */
import type { ReleasePlan } from '../core/release/plan.js';
import { terminalJson } from '../core/text/terminal-text.js';

/** Generated asset contents and release bodies are long: each `content` shows as its size. */
function planReplacer(key: string, value: unknown): unknown {
  if (key === 'content' && typeof value === 'string') return `${value.length} characters`;
  return value;
}

/** The plan as JSON for a terminal or a log. */
export function releasePlanJson(plan: ReleasePlan): string {
  return terminalJson(plan, planReplacer);
}
