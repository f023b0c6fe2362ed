/**
 * Names of temporary files and folders, and the removal of those left behind by a process that
 * was killed (SIGKILL, a power cut). A temporary name starts with `.rcmp-tmp.`, then the host
 * and process id of its writer, so that a later process on the same host can tell that its
 * writer is gone (on a shared file system, another host's temporaries are left alone).
 */
import {readdirSync, rmSync} from "node:fs";
import {hostname} from "node:os";
import {basename, dirname, join} from "node:path";

/** How every temporary name starts. */
export const temporaryPrefix = ".rcmp-tmp.";

/** This host's name as it goes into temporary names (no dots: they separate the fields). */
const host = hostname().replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40) || "host";
let counter = 0;

/** A temporary name in the folder of `path`, unique to this process and call, ending in (a part of) its name. */
export function temporaryName(path: string): string {
  counter += 1;
  return join(dirname(path), `${temporaryPrefix}${host}.${process.pid}.${counter}.${basename(path).slice(0, 80)}`);
}

/** The host and process id in a temporary name, or undefined for another name. */
export function temporaryOwner(name: string): {host: string; pid: number} | undefined {
  if (!name.startsWith(temporaryPrefix)) return undefined;
  const [owner, pid] = name.slice(temporaryPrefix.length).split(".");
  return /^\d+$/.test(pid ?? "") ? {host: owner, pid: Number(pid)} : undefined;
}

/** Whether a process with this id runs on this host. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether `name` is a temporary left by a process of this host that has ended. */
export function staleTemporary(name: string): boolean {
  const owner = temporaryOwner(name);
  return owner !== undefined && owner.host === host && !processAlive(owner.pid);
}

/** Removes the stale temporaries in `dir` (none when it does not exist); returns how many. */
export function removeStaleTemporaries(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!staleTemporary(name)) continue;
    rmSync(join(dir, name), {recursive: true, force: true});
    removed += 1;
  }
  return removed;
}
