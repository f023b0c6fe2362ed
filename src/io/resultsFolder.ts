/**
 * A command's results folder, written whole or not at all: `--out` checked (never one of the
 * command's inputs, nor inside one, nor holding one; `--force` to replace results), or a claimed
 * `results/<name>/<stamp>`; the files staged beside it, the manifest last, then renamed into
 * place. On any error the staged folder is removed and nothing appears.
 */
import {checkOutput, defaultOutput, isInside} from "./outputFolder.js";
import {StagedFolder} from "./stagedFolder.js";
import {InputError} from "../scenario/problems.js";

/** Where the folder goes and what it must not touch. */
export interface ResultsFolderOptions {
  /** `--out`; absent: a new `results/<defaultName>/<stamp>`. */
  out?: string;
  force?: boolean;
  /** Files and folders the command reads, each with how to name it in a refusal ("a folder compared"). */
  inputs?: readonly {path: string; what: string}[];
  /** The folder under results/ when there is no `--out`. */
  defaultName: string;
}

/**
 * Stages the folder, lets `fill` write its files, then commits it with the manifest `manifest`
 * makes of fill's value; returns where the folder went and that value.
 */
export async function writeResultsFolder<T>(o: ResultsFolderOptions, fill: (staged: StagedFolder) => Promise<T>,
  manifest: (value: T) => Record<string, unknown>): Promise<{dir: string; value: T}> {
  const inputs = o.inputs ?? [];
  if (o.out !== undefined) {
    for (const input of inputs) if (isInside(o.out, input.path)) throw new InputError(`--out ${o.out} is ${input.path} or inside it, ${input.what}: choose another --out`);
  }
  const destination = o.out === undefined ? "claimed" : await checkOutput(o.out, o.force ?? false, Array.from(inputs, (i) => i.path));
  const staged = await StagedFolder.create(o.out ?? (await defaultOutput(o.defaultName)), destination);
  try {
    const value = await fill(staged);
    return {dir: await staged.commit(manifest(value)), value};
  } catch (err) {
    await staged.abort();
    throw err;
  }
}
