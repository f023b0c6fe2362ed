/**
 * Start-up tracing for `npm run bench`: with the environment variable `RCMP_TRACE_STARTUP=1`,
 * `rcmp run` writes a line `rcmp-trace <event> <ms> <cpu-ms>` to standard error at each of its
 * milestones (`engine-start` just before the first run is compiled, `first-tick` when its first
 * tick is recorded, `engine-end` when it returns, `written` when its files are written). `ms` is
 * `performance.now()`, milliseconds since the Node process started, so `engine-start` is the
 * command's start-up (Node, module loading, reading and checking the scenario) and the rest is
 * the engine's; `cpu-ms` is the CPU time the process has used so far (all its threads), which a
 * busy machine changes less than the wall time. Without the variable nothing is written. Not a
 * user-facing option.
 */
const enabled = process.env.RCMP_TRACE_STARTUP === "1";

/** Writes the milestone's line when tracing is on. */
export function traceStartup(event: string): void {
  if (!enabled) return;
  const cpu = process.cpuUsage();
  process.stderr.write(`rcmp-trace ${event} ${performance.now().toFixed(1)} ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
}

/** An onTick wrapper that traces `first-tick` once, then calls `next`. */
export function traceFirstTick<A extends unknown[]>(next: (...args: A) => void): (...args: A) => void {
  if (!enabled) return next;
  let first = true;
  return (...args) => {
    if (first) traceStartup("first-tick");
    first = false;
    next(...args);
  };
}
