/**
 * Reads a results folder for `rcmp compare`, after checking it (`verifyResultFolder`): the text
 * of the files compare draws from (manifest.json, scenario.yaml, timeseries.csv, curves.csv,
 * design.csv), each absent when the manifest does not list it. What the folder holds,
 * `results/compareRows.ts` decides.
 */
import type {ResultFolder} from "../results/compareRows.js";
import {replicateFiles, runFiles, sweepFiles} from "../results/layout.js";
import {verifyResultFolder} from "./verifyFolder.js";

/** Files compare reads, by the field of `ResultFolder` that holds each. */
const names = {scenarioYaml: runFiles.scenario, timeseries: runFiles.timeseries, curves: replicateFiles.curves, design: sweepFiles.design} as const;

/** The folder's files as text; throws InputError (exit 2) when `path` is not a whole results folder. */
export async function readResultFolder(path: string): Promise<ResultFolder> {
  const verified = await verifyResultFolder(path, {kinds: ["run", "replicated", "sweep"], read: Object.values(names)});
  const folder: ResultFolder = {path, name: verified.name, manifest: verified.manifestText};
  for (const [key, file] of Object.entries(names) as [keyof typeof names, string][]) {
    const text = verified.texts.get(file);
    if (text !== undefined) folder[key] = text;
  }
  return folder;
}
