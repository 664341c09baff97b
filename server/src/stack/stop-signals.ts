/** The signals that ask `pnpm start` to stop: Ctrl-C, and what service managers send. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * A terminal's Ctrl-C reaches every process of `pnpm start` at once, and pnpm and tsx then pass
 * it on to their child again: the launcher sees the same signal two or three times. Repeats
 * within this window are that echo, not someone asking twice.
 */
const ECHO_WINDOW_MS = 2_000;

/**
 * Calls `stop` on the first stop signal; ignores its echoes; a signal after the window means
 * "stop now", and exits with 1 without waiting.
 */
export function onStopSignal(stop: (signal: StopSignal) => void, stopNow: () => void): void {
  let firstAt: number | undefined;
  const handle = (signal: StopSignal) => {
    if (firstAt === undefined) {
      firstAt = Date.now();
      stop(signal);
    } else if (Date.now() - firstAt > ECHO_WINDOW_MS) {
      stopNow();
      process.exit(1);
    }
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handle);
}
