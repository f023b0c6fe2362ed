/**
 * A results folder written whole or not at all: every file goes into a temporary folder beside
 * the destination; `commit` writes manifest.json last (listing every file with its sha256 and
 * size) and renames the folder into place. Until then no reader sees anything at the
 * destination; on an error or a signal the temporary folder is removed, and one left by a kill
 * is removed by the next command writing beside it.
 */
import {createHash} from "node:crypto";
import {mkdir, open, rename, rm, rmdir, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import type * as Plot from "@observablehq/plot";
import {manifestName} from "../results/layout.js";
import type {FileEntry} from "../results/manifest.js";
import {removeOnExit} from "./cleanup.js";
import {claimFolder} from "./claimFolder.js";
import {errorCode, fileError} from "./fileErrors.js";
import {listFiles} from "./hashFiles.js";
import type {OutputState} from "./outputFolder.js";
import {removeStaleTemporaries, temporaryName} from "./temporary.js";

/** How the destination stands when the folder is staged: claimed by this process (empty), or as `checkOutput` found it. */
export type Destination = OutputState | "claimed";

/** Text gathered before a write, so that a file of many lines is written in few calls. */
const chunkChars = 1 << 20;

export class StagedFolder {
  private released = false;
  /** The sha256 and size of each file written through this object, made as it was written (never read back). */
  private readonly written = new Map<string, FileEntry>();
  private constructor(readonly dest: string, readonly dir: string, private readonly destination: Destination, private readonly release: () => void) {}

  /** Creates the temporary folder beside `dest` (removing any left there by killed processes). */
  static async create(dest: string, destination: Destination): Promise<StagedFolder> {
    const parent = dirname(dest);
    try {
      await mkdir(parent, {recursive: true});
      removeStaleTemporaries(parent);
      const dir = temporaryName(dest);
      const release = removeOnExit(dir);
      await mkdir(dir);
      const claimRelease = destination === "claimed" ? removeOnExit(dest, "empty-folder") : () => {};
      return new StagedFolder(dest, dir, destination, () => {
        release();
        claimRelease();
      });
    } catch (err) {
      throw fileError(err, "create a folder in", parent);
    }
  }

  /** Writes a file (`name` may hold a sub-folder: `plots/x.svg`). */
  async write(name: string, data: string | Uint8Array): Promise<void> {
    await this.guard(name, async () => {
      await mkdir(dirname(join(this.dir, name)), {recursive: true});
      await writeFile(join(this.dir, name), data);
      this.written.set(name, {name, sha256: createHash("sha256").update(data).digest("hex"), bytes: typeof data === "string" ? Buffer.byteLength(data) : data.length});
    });
  }

  /** Writes a file from lines (each ending in a line break) without joining them into one string. */
  async writeLines(name: string, lines: Iterable<string>): Promise<void> {
    await this.guard(name, async () => {
      const handle = await open(join(this.dir, name), "w");
      const hash = createHash("sha256");
      let size = 0;
      // A write may take fewer bytes than given (a disk filling up): write the rest, until it fails.
      const writeAll = async (text: string) => {
        const bytes = Buffer.from(text, "utf8");
        hash.update(bytes);
        size += bytes.length;
        for (let done = 0; done < bytes.length;) {
          const {bytesWritten} = await handle.write(bytes, done, bytes.length - done);
          if (bytesWritten === 0) throw Object.assign(new Error("no byte written"), {code: "EIO"});
          done += bytesWritten;
        }
      };
      try {
        let chunk = "";
        for (const line of lines) {
          chunk += line;
          if (chunk.length >= chunkChars) {
            await writeAll(chunk);
            chunk = "";
          }
        }
        if (chunk !== "") await writeAll(chunk);
      } finally {
        await handle.close();
      }
      this.written.set(name, {name, sha256: hash.digest("hex"), bytes: size});
    });
  }

  /** Draws a figure as `name.svg` and `name.png`. */
  async writeFigure(options: Plot.PlotOptions, name: string): Promise<void> {
    // Loaded on demand: jsdom and resvg take a second to load, which bad input need not pay.
    const {figureFiles} = await import("./writeFigure.js");
    for (const [ext, data] of figureFiles(options)) await this.write(`${name}.${ext}`, data);
  }

  /**
   * Writes manifest.json (`manifest` with `files`: every file written, sorted by name, with its
   * sha256 and size) and moves the folder into place. Returns where it went: `dest`, or, when
   * another process filled `dest` meanwhile, the next free `dest-2`, `dest-3`, ...
   */
  async commit(manifest: Record<string, unknown>): Promise<string> {
    return this.guard(manifestName, async () => {
      const files = await listFiles(this.dir, this.written);
      await writeFile(join(this.dir, manifestName), `${JSON.stringify({...manifest, files}, null, 2)}\n`);
      const placed = await this.place();
      this.done();
      return placed;
    });
  }

  /** Removes the temporary folder (and a claimed destination, still empty). */
  async abort(): Promise<void> {
    if (this.released) return;
    await rm(this.dir, {recursive: true, force: true});
    if (this.destination === "claimed") await rmdir(this.dest).catch(() => undefined);
    this.done();
  }

  private done(): void {
    this.released = true;
    this.release();
  }

  /** Renames the finished folder to `dest`, replacing it whole when it held results (`--force`). */
  private async place(): Promise<string> {
    if (this.destination === "replace") {
      const old = temporaryName(this.dest);
      const releaseOld = removeOnExit(old);
      try {
        const movedAside = await rename(this.dest, old).then(() => true, (err: unknown) => {
          if (errorCode(err) !== "ENOENT") throw err;
          return false;
        });
        const placed = await this.moveTo(this.dest).catch(async (err: unknown) => {
          if (movedAside) await rename(old, this.dest).catch(() => undefined); // put the old results back
          throw err;
        });
        await rm(old, {recursive: true, force: true});
        return placed;
      } finally {
        releaseOld();
      }
    }
    return this.moveTo(this.dest);
  }

  /** Renames onto `target` (absent or empty); when another process filled it, onto the next free name. */
  private async moveTo(target: string): Promise<string> {
    try {
      await rename(this.dir, target);
      return target;
    } catch (err) {
      const code = errorCode(err);
      if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "EPERM") throw err;
      // Windows will not rename onto an empty folder: remove it and try once more.
      if (await rmdir(target).then(() => true, () => false)) return this.moveTo(target);
      const other = await claimFolder(this.dest);
      await rename(this.dir, other);
      return other;
    }
  }

  /** Runs a write, turning a file-system error into an InputError naming the file at its destination, after removing the temporary folder. */
  private async guard<T>(name: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (err) {
      await this.abort().catch(() => undefined);
      throw fileError(err, "write", join(this.dest, name), `nothing was written to ${this.dest}`);
    }
  }
}
