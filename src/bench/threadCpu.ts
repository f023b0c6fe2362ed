/**
 * CPU time of each thread of this process, read from /proc (Linux only): where the cores go
 * during a sweep — the main thread's bookkeeping, the workers' runs, and V8's own helper
 * threads (garbage collection, optimising compilation).
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";

/** CPU milliseconds (user + system) by thread id; empty where /proc is not available. */
export function threadCpuMs(): Map<number, number> {
  const out = new Map<number, number>();
  if (!existsSync("/proc/self/task")) return out;
  const tick = 10; // USER_HZ is 100 on Linux
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // the thread ended between listing and reading
    }
  }
  return out;
}

/** CPU used by each thread between two readings (threads that ended are left out). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [tid, ms] of after) out.set(tid, ms - (before.get(tid) ?? 0));
  return out;
}
