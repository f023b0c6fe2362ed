/**
 * Long commands (sweep, calibrate) say, when interrupted with Ctrl-C (SIGINT) or SIGTERM, what
 * they have saved and how to continue, then exit with code 130. The handlers hold only while the
 * command runs: they are removed when it ends, whether it succeeded or failed, so that a command
 * run inside a longer-lived process (runCommandLine in program.ts) leaves no handler behind.
 */

/** Runs `body` with `onInterrupt` called on SIGINT or SIGTERM; it prints what it must, and the process exits with code 130. */
export async function interruptible<T>(onInterrupt: () => void, body: () => Promise<T>): Promise<T> {
  const interrupt = () => {
    onInterrupt();
    process.exit(130);
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    return await body();
  } finally {
    process.removeListener("SIGINT", interrupt);
    process.removeListener("SIGTERM", interrupt);
  }
}
