/**
 * The sha256 and size of files on disk, read in chunks (a file is never held whole), and the
 * list of every file under a folder as a manifest records it.
 */
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {lstat, readdir} from "node:fs/promises";
import {join} from "node:path";
import type {Digest, FileEntry} from "../results/manifest.js";
import {manifestName, sweepFiles} from "../results/layout.js";
import {temporaryPrefix} from "./temporary.js";

/** Whether `path` is a regular file (not a folder, a link, a pipe or a device, which could be read for ever). */
export async function regularFile(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isFile() ?? false;
}

/** The digest of a file, or undefined when it does not exist or is not a regular file. */
export async function digestFile(path: string): Promise<Digest> {
  if (!(await regularFile(path))) return undefined;
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20})) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return undefined;
    throw err;
  }
  return {sha256: hash.digest("hex"), bytes};
}

/** Names that are never listed: the manifest itself, scratch, locks and temporaries. */
const unlisted = (name: string): boolean => name === sweepFiles.spool || name === sweepFiles.lock || name.startsWith(temporaryPrefix);

/**
 * Every file under `dir` (sub-folders included, as `plots/curves-x.png`) but the manifest,
 * scratch and temporaries, sorted by name, each with its sha256 and size: taken from `known`
 * (digests made while writing) where it has the file, else read from disk.
 */
export async function listFiles(dir: string, known: ReadonlyMap<string, FileEntry> = new Map()): Promise<FileEntry[]> {
  const names: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await readdir(join(dir, sub), {withFileTypes: true})) {
      if (unlisted(entry.name)) continue;
      const name = sub === "" ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDirectory()) await walk(name);
      else if (entry.isFile() && name !== manifestName) names.push(name);
    }
  };
  await walk("");
  names.sort();
  const entries: FileEntry[] = [];
  for (const name of names) {
    const given = known.get(name);
    if (given !== undefined) {
      entries.push(given);
      continue;
    }
    const digest = await digestFile(join(dir, name));
    if (digest !== undefined) entries.push({name, sha256: digest.sha256, bytes: digest.bytes});
  }
  return entries;
}
