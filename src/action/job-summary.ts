/**
 * The job summary, written only where the runner gives a file for it: a local
 * runner or a self-hosted setup without GITHUB_STEP_SUMMARY gets a notice, not
 * a failed step. GitHub keeps at most 1 MiB of a step's summary, counted in
 * bytes: a longer one is cut on a character boundary, and says so.
 */
import * as core from '@actions/core';
import { cutUtf8 } from '../core/text/utf8-cut.js';

/** GitHub's limit of one step's job summary, in bytes. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

const CUT_NOTE = "\n\n> [!NOTE]\n> This summary was cut to fit GitHub's limit of 1 MiB per step; the JSON report has everything.\n";

type Summary = typeof core.summary;

export async function writeJobSummary(build: (summary: Summary) => Summary): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.notice(
      'No job summary was written: GITHUB_STEP_SUMMARY is not set (a local runner or a self-hosted setup without it). Everything else of the step ran.',
    );
    return;
  }
  const summary = build(core.summary.emptyBuffer());
  const text = summary.stringify();
  if (Buffer.byteLength(text, 'utf8') > JOB_SUMMARY_MAX_BYTES) {
    summary.emptyBuffer().addRaw(`${cutUtf8(text, JOB_SUMMARY_MAX_BYTES - Buffer.byteLength(CUT_NOTE))}${CUT_NOTE}`);
  }
  try {
    await summary.write();
  } catch (error) {
    // The file is named but cannot be written (removed, read-only): the summary is lost, not the step.
    summary.emptyBuffer();
    core.notice(`No job summary was written: ${(error as Error).message}`);
  }
}
