/**
 * Temporary files and folders removed on every way out of the process: a normal end, an error,
 * `process.exit`, and SIGINT, SIGTERM or SIGHUP. (SIGKILL cannot be caught: what it leaves
 * behind, {@link removeStaleTemporaries} in `temporary.ts` removes the next time.)
 */
import {rmSync, rmdirSync} from "node:fs";

/** Paths to remove, each with how: a whole tree, or a folder only if it is still empty. */
const pending = new Map<string, "tree" | "empty-folder">();
const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const exitCodes: Record<(typeof signals)[number], number> = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129};
let installed = false;

/** Removes everything registered, synchronously (it runs from the `exit` event too). */
export function removePending(): void {
  for (const [path, how] of pending) {
    try {
      if (how === "tree") rmSync(path, {recursive: true, force: true});
      else rmdirSync(path);
    } catch {
      // already gone, or (a claimed folder) no longer empty: nothing to do
    }
  }
  pending.clear();
}

function onSignal(signal: (typeof signals)[number]): void {
  removePending();
  // Another handler (a sweep's, which reports what was saved) ends the process itself.
  if (process.listenerCount(signal) <= 1) process.exit(exitCodes[signal]);
}

const handlers = Object.fromEntries(signals.map((s) => [s, () => onSignal(s)])) as Record<(typeof signals)[number], () => void>;

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", removePending);
  for (const s of signals) process.on(s, handlers[s]);
}

function uninstall(): void {
  if (!installed || pending.size > 0) return;
  installed = false;
  process.removeListener("exit", removePending);
  for (const s of signals) process.removeListener(s, handlers[s]);
}

/**
 * Registers `path` for removal if the process ends before `release` is called: the whole tree
 * (`tree`, for temporary files and folders) or the folder only while empty (`empty-folder`, for a
 * claimed results folder not yet filled). Returns `release`.
 */
export function removeOnExit(path: string, how: "tree" | "empty-folder" = "tree"): () => void {
  pending.set(path, how);
  install();
  return () => {
    pending.delete(path);
    uninstall();
  };
}
