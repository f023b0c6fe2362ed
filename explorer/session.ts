/**
 * The explorer's model side: a loaded scenario (parsed once, with its sliders) and the run that
 * a set of settings stands for, computed by the engine exactly as `rcmp run --set ... --skip ...`.
 */
import {parseText, validateScenario, type ParsedText} from "../src/scenario/load.js";
import type {Scenario} from "../src/scenario/schema.js";
import {controlsFor, type Control} from "../src/explore/controls.js";
import {runSpec, type RunSpec, type Settings} from "../src/explore/runSpec.js";
import {runWithPositions, type RunWithPositions} from "../src/explore/runWithPositions.js";
import {timeseriesCsv} from "../src/results/runFiles.js";
import type {ScenarioSource} from "../src/explore/explorerHtml.js";
import type {MapMatch} from "../src/explore/mapIds.js";
import {mapMatch} from "./worldShapes.js";

/** A scenario ready to explore. */
export interface Loaded {
  source: ScenarioSource;
  parsed: ParsedText;
  /** The file as validated, without any `--set`. */
  base: Scenario;
  controls: Control[];
  /** Its states' outlines on the world map, or undefined (draw a strip). */
  match: MapMatch | undefined;
}

/** A run on screen. */
export interface Shown {
  settings: Settings;
  spec: RunSpec;
  scenario: Scenario;
  run: RunWithPositions;
}

/** Parses and validates a scenario source; throws InputError with located problems when it is bad. */
export function load(source: ScenarioSource): Loaded {
  const parsed = parseText(source.text, source.path);
  const base = validateScenario(parsed);
  const controls = controlsFor(base);
  const probe = runWithPositions({...base, ticks: 0});
  return {source, parsed, base, controls, match: mapMatch(probe.result.world.stateIds)};
}

/** Runs the scenario with the settings; throws InputError when a `--set` is bad. */
export function runSettings(loaded: Loaded, settings: Settings): Shown {
  const spec = runSpec(loaded.controls, settings);
  const scenario = validateScenario(loaded.parsed, spec.overrides);
  return {settings, spec, scenario, run: runWithPositions(scenario, spec.skip)};
}

/** The run's timeseries.csv, byte for byte as `rcmp run` writes it. */
export function shownCsv(shown: Shown): string {
  return timeseriesCsv(shown.run.result.series);
}
