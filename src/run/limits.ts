/**
 * The limits every run and sweep is held to, chosen so that an accepted input fits in the
 * memory, disk and time of a laptop (8 GB of memory, some GB of free disk, a night), and the
 * sizes from which a job is announced before it starts. Pure: the callers measure, this decides.
 */
import type {RunSize} from "./runSize.js";

const GiB = 2 ** 30;
const MiB = 2 ** 20;

/** Past these a job is refused, before anything runs or is written. */
export const limits = {
  /** Memory of one run's arrays (all replicates together), in bytes. */
  memoryBytes: 4 * GiB,
  /** Disk of one run's folder (timeseries.csv, mostly), in bytes. */
  runDiskBytes: 4 * GiB,
  /** Elementary steps of one run (about 5-25 ns each: 10¹³ is a day or more). */
  work: 1e13,
  /** Runs of one sweep (points × replicates). */
  sweepRuns: 10_000_000,
  /** Disk of one sweep's folder, in bytes. */
  sweepDiskBytes: 50 * GiB,
  /** Worker threads per core. */
  workersPerCore: 4
};

/** From these on, a job's estimate is printed before it starts. */
export const announced = {
  memoryBytes: 512 * MiB,
  diskBytes: 256 * MiB,
  work: 2e10,
  runs: 100_000
};

/** `1.2 GB`, `340 MB`, `12 kB`: a size in bytes for people (decimal units). */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "kB", "MB", "GB", "TB", "PB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? Math.round(value) : value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** What a run (with its replicates) needs: memory, disk, work. */
export interface JobSize {
  memoryBytes: number;
  diskBytes: number;
  work: number;
}

/** The job of `replicates` runs of `size` written into one folder (replicates after the first keep group `all` only). */
export function runJob(size: RunSize, replicates = 1, allGroupValues = size.valuesPerTick): JobSize {
  const more = replicates - 1;
  return {
    memoryBytes: size.memoryBytes + more * size.recorded * allGroupValues * 8,
    diskBytes: size.timeseriesBytes + (more > 0 ? size.recorded * allGroupValues * 90 : 0),
    work: size.work * replicates
  };
}

/** Why a run's job is refused (empty when it is not), each with what to change. */
export function runLimitProblems(job: JobSize): string[] {
  const problems: string[] = [];
  if (job.memoryBytes > limits.memoryBytes) {
    problems.push(`it would need about ${formatBytes(job.memoryBytes)} of memory, more than the limit of ${formatBytes(limits.memoryBytes)}: use fewer states, turn trust off (trust.gain: 0) or record less often (metrics.every)`);
  }
  if (job.diskBytes > limits.runDiskBytes) {
    problems.push(`its timeseries.csv would be about ${formatBytes(job.diskBytes)}, more than the limit of ${formatBytes(limits.runDiskBytes)}: record less often (--set metrics.every=N), fewer groups (--set metrics.groups=false) or fewer ticks`);
  }
  if (job.work > limits.work) {
    problems.push(`it would take about ${job.work.toExponential(1)} elementary steps, more than the limit of ${limits.work.toExponential(0)} (a day or more on one core): use fewer ticks, states or encounters, or record less often`);
  }
  return problems;
}

/** Whether a job is big enough to announce its estimate. */
export function announce(job: JobSize, runs = 1): boolean {
  return job.memoryBytes >= announced.memoryBytes || job.diskBytes >= announced.diskBytes || job.work >= announced.work || runs >= announced.runs;
}

/** `about 540 MB on disk, 80 MB of memory`: a job's estimate for people. */
export function jobText(job: JobSize): string {
  return `about ${formatBytes(job.diskBytes)} on disk, ${formatBytes(job.memoryBytes)} of memory, ${job.work.toExponential(1)} elementary steps`;
}
