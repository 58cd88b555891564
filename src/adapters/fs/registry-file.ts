/**
 * The one way a registry file is opened, by every command: never through a
 * symbolic link. The listing already records links without following them;
 * O_NOFOLLOW makes the kernel refuse (ELOOP) a link swapped in at a file's
 * place after the listing too, and O_NONBLOCK keeps a pipe swapped in from
 * hanging the read. Files a user names on the command line (a training run's
 * metrics, artifacts, card) are not registry files and may be links.
 */
import { constants, lstatSync, openSync } from 'node:fs';

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** A file descriptor of a registry file; throws (code ELOOP) when the path is a symbolic link. */
export function openRegistryFile(absolute: string): number {
  // Without O_NOFOLLOW (Windows), a look just before opening is the best there is.
  if (constants.O_NOFOLLOW === undefined && lstatSync(absolute).isSymbolicLink()) {
    throw Object.assign(new Error(`${absolute} is a symbolic link: the registry never follows links`), { code: 'ELOOP' });
  }
  return openSync(absolute, FLAGS);
}

/** An error's code: ELOOP when a link was refused, EISDIR when a folder was read as a file. */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
