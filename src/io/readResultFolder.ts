/**
 * Reads a results folder for `rcmp compare`: the text of the files it may hold
 * (manifest.json, scenario.yaml, timeseries.csv, curves.csv, design.csv), each absent when the
 * folder lacks it. What kind of folder it is, `compare/compareRows.ts` decides.
 */
import {readFile, stat} from "node:fs/promises";
import {basename, dirname, join, resolve} from "node:path";
import type {ResultFolder} from "../results/compareRows.js";
import {InputError} from "../scenario/problems.js";

const names = {manifest: "manifest.json", scenarioYaml: "scenario.yaml", timeseries: "timeseries.csv", curves: "curves.csv", design: "design.csv"} as const;

/** The folder's files as text; throws InputError (exit 2) when `path` is missing or not a folder. */
export async function readResultFolder(path: string): Promise<ResultFolder> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new InputError(`${path}: no such folder (expected a results folder written by rcmp run or rcmp sweep)`);
  if (!info.isDirectory()) throw new InputError(`${path} is a file, not a results folder (give the folder that holds timeseries.csv or curves.csv)`);
  const folder: ResultFolder = {path, name: folderName(path)};
  for (const [key, file] of Object.entries(names) as [keyof typeof names, string][]) {
    const text = await readFile(join(path, file), "utf8").catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return undefined;
      throw new InputError(`${join(path, file)}: cannot read (${err.code ?? err.message})`);
    });
    if (text !== undefined) folder[key] = text;
  }
  return folder;
}

/** The folder's last path segment, with its parent's when it is a time stamp (`hegemon/20261127T141502Z`). */
export function folderName(path: string): string {
  const full = resolve(path);
  const last = basename(full);
  return /^\d{8}T\d{6}Z(-\d+)?$/.test(last) ? `${basename(dirname(full))}/${last}` : last;
}
