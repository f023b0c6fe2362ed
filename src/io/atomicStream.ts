/**
 * A file written piece by piece that appears whole or not at all: pieces go to a temporary
 * name next to the target (each written at once, so nothing waits in memory) and `commit`
 * renames it into place; `abort` removes it.
 */
import {closeSync, openSync, renameSync, rmSync, writeSync} from "node:fs";
import {temporaryName} from "./atomicWrite.js";

/** An open file being written; see {@link openAtomicStream}. */
export interface AtomicStream {
  /** Writes a piece of text now. */
  write(text: string): void;
  /** Closes the file and renames it to its target. */
  commit(): void;
  /** Closes and removes the temporary file (after a failure). */
  abort(): void;
}

/** Opens a temporary file for `path`. */
export function openAtomicStream(path: string): AtomicStream {
  const temporary = temporaryName(path);
  const fd = openSync(temporary, "w");
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (text) => {
      const bytes = Buffer.from(text, "utf8");
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    },
    commit: () => {
      close();
      renameSync(temporary, path);
    },
    abort: () => {
      close();
      rmSync(temporary, {force: true});
    }
  };
}
