/** The CLI's only contact with the terminal, so commands can be run in tests. */
import { ANSI } from '../core/output/text-format.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour on standard output (see colorFor). */
  color: boolean;
  /** Colour on standard error. */
  errColor: boolean;
  /** Standard output is a terminal (a person reads it, not a program). */
  terminal: boolean;
}

/**
 * Colour for a stream: FORCE_COLOR decides when set (`0` or `false`: never;
 * anything else: always, even piped), as Node and most tools read it; else
 * never with NO_COLOR (non-empty) or TERM=dumb; else only on a terminal.
 * JSON and GitHub's workflow commands are never coloured, whatever this says.
 */
export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR || env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

/** Writes to a stream whose reader has gone (see ignoreClosedPipes) are dropped. */
const write = (stream: NodeJS.WriteStream, text: string) => {
  if (!stream.destroyed) stream.write(`${text}\n`);
};

/** Lines that start with `warning:` in yellow: every command words its warnings so. */
const yellowWarnings = (text: string) => text.replace(/^warning:.*$/gm, (line) => ANSI.yellow(line));

const outColor = colorFor(process.stdout);
const errColor = colorFor(process.stderr);

export const processIo: Io = {
  out: (text) => write(process.stdout, outColor ? yellowWarnings(text) : text),
  err: (text) => write(process.stderr, errColor ? yellowWarnings(text) : text),
  color: outColor,
  errColor,
  terminal: Boolean(process.stdout.isTTY),
};

/**
 * A reader that stops early (`model-registry list | head -1`) closes the pipe:
 * the rest of the output has nowhere to go, which is no error. The stream is
 * then destroyed (later writes are dropped) and the command ends with its own
 * exit status, without a stack trace.
 */
export function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
