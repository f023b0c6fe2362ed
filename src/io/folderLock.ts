/**
 * A lock file that keeps two processes from writing into one folder at once (a sweep and its
 * `--resume`, two `--resume`s): created only if absent, holding the host and process id of its
 * holder, touched every {@link heartbeatSeconds} while held, removed on every way out. A lock
 * left by a killed process of the same host is taken over at once; one from another host (a
 * shared file system, a job requeued on another node) once it has not been touched for
 * {@link staleSeconds}; until then it is refused, with how to clear it.
 */
import {closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync} from "node:fs";
import {hostname} from "node:os";
import {join} from "node:path";
import {sweepFiles} from "../results/layout.js";
import {InputError} from "../scenario/problems.js";
import {removeOnExit} from "./cleanup.js";
import {errorCode, fileError} from "./fileErrors.js";
import {processAlive} from "./temporary.js";

/** Seconds between touches of a held lock. */
export const heartbeatSeconds = 20;
/** Seconds after which a lock of another host that nobody touched is taken over. */
export const staleSeconds = 300;

/** Who holds a lock: host, process id and since when. */
export interface LockHolder {
  host: string;
  pid: number;
  since: string;
}

/** The holder of the lock in `dir`, or undefined when there is none (or it was left by a process of this host that has ended). */
export function lockHolder(dir: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, sweepFiles.lock), "utf8");
  } catch {
    return undefined;
  }
  const [host = "", pid = "", since = ""] = text.trim().split(" ");
  const holder = {host, pid: Number(pid), since};
  if (host === hostname()) return Number.isInteger(holder.pid) && processAlive(holder.pid) ? holder : undefined;
  const touched = (() => {
    try {
      return statSync(join(dir, sweepFiles.lock)).mtimeMs;
    } catch {
      return 0;
    }
  })();
  return Date.now() - touched > staleSeconds * 1000 ? undefined : holder;
}

/** Takes the lock of `dir` (which must exist); returns its release. Throws InputError when another process holds it. */
export function lockFolder(dir: string): () => void {
  const path = join(dir, sweepFiles.lock);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (err) {
      if (errorCode(err) !== "EEXIST") throw fileError(err, "lock", dir);
      const holder = lockHolder(dir);
      if (holder !== undefined) throw lockedError(dir, holder);
      rmSync(path, {force: true}); // left by a process that has ended: take it over
      continue;
    }
    try {
      writeSync(fd, `${hostname()} ${process.pid} ${new Date().toISOString()}\n`);
    } finally {
      closeSync(fd);
    }
    const release = removeOnExit(path);
    const heartbeat = setInterval(() => {
      try {
        utimesSync(path, new Date(), new Date());
      } catch {
        // removed meanwhile: the release below has nothing left to do
      }
    }, heartbeatSeconds * 1000);
    heartbeat.unref();
    return () => {
      clearInterval(heartbeat);
      rmSync(path, {force: true});
      release();
    };
  }
  throw new InputError(`cannot lock ${dir}: its lock file keeps changing (another rcmp starting there?)`);
}

/** The refusal for a folder another process writes into. */
export function lockedError(dir: string, holder: LockHolder): InputError {
  const elsewhere = holder.host === hostname() ? "" : ` (a lock from another host is taken over ${staleSeconds / 60} minutes after its last touch)`;
  return new InputError(`${dir} is in use: rcmp (process ${holder.pid} on ${holder.host}, since ${holder.since}) is writing into it; ` +
    `wait for it to end, or, if no rcmp runs there any more, remove ${join(dir, sweepFiles.lock)} and try again${elsewhere}`);
}
