/**
 * The reader every command uses before it trusts a results folder (`rcmp compare`, `rcmp merge`,
 * and the commands that read sweeps): the folder is read only if its manifest.json is rcmp's,
 * the folder is complete, and every file the manifest lists is there with the size and sha256
 * recorded. Otherwise an InputError (exit code 2) names each missing or damaged file and says
 * how to make the folder again (rerun, or `rcmp sweep --resume`).
 */
import {createHash} from "node:crypto";
import {readFile, stat} from "node:fs/promises";
import {join, resolve} from "node:path";
import {folderProblems, kindOf, listedFiles, parseManifest, safeEntryName, type Digest, type ManifestHead} from "../results/manifest.js";
import {folderName, manifestName, type FolderKind} from "../results/layout.js";
import {InputError} from "../scenario/problems.js";
import {errorCode, fileError} from "./fileErrors.js";
import {digestFile, regularFile} from "./hashFiles.js";

/** A folder that passed the checks: its manifest, its kind, and the text of the files asked for. */
export interface VerifiedFolder {
  /** The folder as given. */
  path: string;
  /** A short name for labels and messages (see `folderName`). */
  name: string;
  manifest: ManifestHead;
  /** The manifest's text as read. */
  manifestText: string;
  kind: FolderKind;
  /** The text of each file of `read` that the manifest lists (the bytes checked are the bytes returned). */
  texts: Map<string, string>;
}

/** Options of {@link verifyResultFolder}. */
export interface VerifyOptions {
  /** Kinds the caller reads (default: any); another kind is refused. */
  kinds?: readonly FolderKind[];
  /** Files to return as text, when the manifest lists them. */
  read?: readonly string[];
}

/** Largest file read as text, in bytes: a JavaScript string holds at most about 500 million characters. */
export const maxTextBytes = 400_000_000;

/** Checks the folder at `path` and returns it; throws InputError listing every problem found. */
export async function verifyResultFolder(given: string, o: VerifyOptions = {}): Promise<VerifiedFolder> {
  const path = given.length > 1 ? given.replace(/[\\/]+$/, "") : given;
  const info = await stat(path).catch((err: unknown) => {
    if (errorCode(err) === "ENOENT") return undefined;
    throw fileError(err, "read", path);
  });
  if (info === undefined) throw new InputError(`${path}: no such folder (expected a results folder written by rcmp)`);
  if (!info.isDirectory()) throw new InputError(`${path} is a file, not a results folder (give the folder that holds manifest.json)`);
  const manifestSize = (await stat(join(path, manifestName)).catch(() => undefined))?.size ?? 0;
  if (manifestSize > maxTextBytes) throw new InputError(`${join(path, manifestName)}: ${manifestSize} bytes, more than a manifest holds: not one written by rcmp`);
  const manifestText = await readText(join(path, manifestName));
  const manifest = parseManifest(manifestText, path);
  const texts = new Map<string, string>();
  const digests = new Map<string, Digest>();
  for (const entry of listedFiles(manifest)) {
    if (!safeEntryName(entry.name) || digests.has(entry.name)) continue;
    const file = join(path, entry.name);
    const size = o.read?.includes(entry.name) ? (await stat(file).catch(() => undefined))?.size : undefined;
    if (size !== undefined && size > maxTextBytes) {
      throw new InputError(`${file}: ${size} bytes, more than the ${maxTextBytes} this command reads as text; record that run less often (metrics.every) or with fewer groups`);
    }
    if (o.read?.includes(entry.name)) {
      const bytes = !(await regularFile(file)) ? undefined : await readFile(file).catch((err: unknown) => {
        if (errorCode(err) === "ENOENT") return undefined;
        throw fileError(err, "read", file);
      });
      if (bytes !== undefined) texts.set(entry.name, bytes.toString("utf8"));
      digests.set(entry.name, bytes === undefined ? undefined : {sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length});
    } else {
      digests.set(entry.name, await digestFile(file).catch((err: unknown) => {
        throw fileError(err, "read", file);
      }));
    }
  }
  const problems = folderProblems(manifest, path, digests, o.kinds);
  if (problems.length > 0) throw new InputError(problems);
  return {path, name: folderName(resolve(path)), manifest, manifestText: manifestText as string, kind: kindOf(manifest), texts};
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    if (errorCode(err) === "ENOENT") return undefined;
    throw fileError(err, "read", file);
  }
}
