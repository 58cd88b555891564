/** The HTTP status GitHub answered, on an Octokit request error; a module of its own so the CLI can tell without loading Octokit. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
