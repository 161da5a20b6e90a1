// The `vcp` command line (`npm run --silent vcp -- ...`): a thin shell over shared/.
// main is imported here, inside the guard, so that even a module that fails to load is reported
// in one line with exit code 3, never as a stack trace.
import { oneLine, type Io } from './io';

const io: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
};

// A reader that stops early (`vcp project x | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

import('./main')
  .then(({ main }) => main(process.argv.slice(2), io))
  .then(
    (code) => {
      // exitCode, not exit(): output still in the pipe is written before the process ends.
      process.exitCode = code;
    },
    (error: unknown) => {
      const reason = oneLine(String((error as Error)?.message ?? error));
      process.stderr.write(`vcp: unexpected error / onverwachte fout: ${reason}\n`);
      process.exitCode = 3;
    },
  );
