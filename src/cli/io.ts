/** The CLI's only contact with the terminal, so commands can be run in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour only on a terminal, and never when NO_COLOR is set. */
  color: boolean;
}

/** Writes to a stream whose reader has gone (see ignoreClosedPipes) are dropped. */
const write = (stream: NodeJS.WriteStream, text: string) => {
  if (!stream.destroyed) stream.write(`${text}\n`);
};

export const processIo: Io = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
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
