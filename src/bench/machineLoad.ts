/**
 * How busy the machine is, to print beside the bench's figures: the load averages, and the
 * processes other than this one (and its children) that used more than a tenth of a core over
 * a short sample, read from /proc (Linux; elsewhere the count is null).
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {cpus, loadavg} from "node:os";

export interface MachineLoad {
  /** 1, 5 and 15-minute load averages. */
  loadavg: number[];
  cpus: number;
  /** Other processes busy over the sample (more than 10% of a core), with their names; null without /proc. */
  busy: {count: number; names: string[]} | null;
}

const tick = 10; // ms per clock tick (USER_HZ 100)

/** CPU ms and parent of every process, by pid. */
function processes(): Map<number, {cpu: number; ppid: number; name: string}> {
  const out = new Map<number, {cpu: number; ppid: number; name: string}>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(entry), {cpu: (Number(fields[11]) + Number(fields[12])) * tick, ppid: Number(fields[1]), name});
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

/** Whether pid is this process or one of its descendants. */
function ours(pid: number, all: Map<number, {ppid: number}>): boolean {
  for (let p = pid, hops = 0; p > 1 && hops < 64; p = all.get(p)?.ppid ?? 0, hops++) if (p === process.pid) return true;
  return false;
}

/** The machine's load now, sampling the processes over `sampleMs`. */
export async function machineLoad(sampleMs = 1000): Promise<MachineLoad> {
  const base = {loadavg: loadavg().map((v) => Math.round(v * 100) / 100), cpus: cpus().length};
  if (!existsSync("/proc/self/stat")) return {...base, busy: null};
  const before = processes();
  await new Promise((r) => setTimeout(r, sampleMs));
  const after = processes();
  const names: string[] = [];
  for (const [pid, p] of after) {
    const used = p.cpu - (before.get(pid)?.cpu ?? p.cpu);
    if (used > 0.1 * sampleMs && !ours(pid, after)) names.push(p.name);
  }
  return {...base, busy: {count: names.length, names: names.sort()}};
}

/** One line: load averages, cores, busy processes. */
export function loadLine(l: MachineLoad): string {
  const busy = l.busy === null ? "other busy processes unknown" : `${l.busy.count} other busy process${l.busy.count === 1 ? "" : "es"}${l.busy.count ? ` (${l.busy.names.join(", ")})` : ""}`;
  return `load average ${l.loadavg.join(" ")} on ${l.cpus} cores; ${busy}`;
}
