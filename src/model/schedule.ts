/**
 * When processes exist and meet: a process is active from `founded` until `ends`, and meets
 * when (t − founded) is a multiple of `meetEvery`.
 */
import type {ProcessState} from "./world.js";

export function isActive(p: ProcessState, tick: number): boolean {
  return tick >= p.founded && tick < p.ends;
}

export function meetsAt(p: ProcessState, tick: number): boolean {
  return isActive(p, tick) && (tick - p.founded) % p.meetEvery === 0;
}
