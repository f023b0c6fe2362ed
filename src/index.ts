/**
 * rcmp-sim's public API for any JavaScript runtime (Node or a browser): scenarios, the engine,
 * metrics and figures. Nothing here imports from `node:`; file and worker APIs are in `./node.ts`.
 */
export {scenario as scenarioSchema} from "./scenario/schema.js";
export type {Scenario, ScenarioInput, Dimension, State, Facilitator, Process, ScenarioEvent} from "./scenario/schema.js";
export {parseScenario, scenarioFromObject, parseText} from "./scenario/load.js";
export {applyOverrides, parseSetArg, type Override} from "./scenario/overrides.js";
export {InputError, formatProblem, type Problem} from "./scenario/problems.js";
export {yearOf, toTick} from "./scenario/resolve.js";

export {compile} from "./model/compile.js";
export {step} from "./model/step.js";
export {mechanisms, mechanismNames, type MechanismName} from "./model/mechanisms.js";
export type {Mechanism, MechanismDescription} from "./model/mechanism.js";
export {simulate, type SimulateOptions, type RunResult} from "./run/simulate.js";
export {SimulationError} from "./model/guard.js";
export type {World} from "./model/world.js";

export {tidyRows, seriesOf, type Series, type TidyRow} from "./metrics/series.js";
export {flattenSummary, type Summary} from "./metrics/summary.js";

export {timeseriesCsv, statesCsv, summaryJson} from "./results/runFiles.js";

export {convergenceFigure, type ConvergenceFigureOptions} from "./plot/convergenceFigure.js";
export {bandsFigure, type BandsFigureOptions} from "./plot/bandsFigure.js";
export {heatmapFigure, type HeatmapFigureOptions, type HeatmapRow} from "./plot/heatmapFigure.js";
export {positionsFigure, type PositionsFigureOptions, type StatePosition} from "./plot/positionsFigure.js";
export type {CurveRow} from "./plot/curveRow.js";
export {metricLabel, groupLabel} from "./plot/metricLabel.js";
export {compareRows, folderKind, type ResultFolder, type Comparison} from "./results/compareRows.js";
export {curvesFromTimeseries} from "./results/curvesFromTimeseries.js";
export {curvesFromCurvesCsv} from "./results/curvesFromCurvesCsv.js";
export {compareFigure} from "./plot/compareFigure.js";
export {regionFacetFigure} from "./plot/regionFacetFigure.js";
export {compareCsv} from "./results/compareCsv.js";
export type {CompareRow} from "./plot/compareRow.js";
export {replicateSeed, runReplicates} from "./run/replicates.js";
export {sweepSchema, type SweepSpec, type SweepInput} from "./sweep/sweepSchema.js";
export {gridDesign, lhsDesign, sobolDesign, saltelliDesign, morrisDesign, designs, designNamed, type Axis, type Design, type DesignOptions, type DesignStrategy} from "./sweep/designs.js";
export {saltelliUnit} from "./sweep/saltelliDesign.js";
export {morrisUnit, type MorrisPlan, type MorrisOptions} from "./sweep/morrisDesign.js";
export {sobolIndices, type SobolIndices, type SobolIndicesOptions} from "./analysis/sobolIndices.js";
export {morrisIndices, type MorrisIndices, type MorrisSteps} from "./analysis/morrisIndices.js";
export {seedShare} from "./analysis/seedShare.js";
export {bootstrapIntervals, type Estimate, type BootstrapOptions} from "./analysis/bootstrap.js";
export {sensitivity, type SensitivityDesign, type SensitivityResult} from "./analysis/sensitivity.js";
export type {SensitivityRow, SensitivityIndex} from "./plot/sensitivityRow.js";
export {sensitivityCsv} from "./results/sensitivityCsv.js";
export {sensitivityFigure, sensitivityTimeFigure} from "./plot/sensitivityFigure.js";
export {scatterFigure, type ScatterPoint} from "./plot/scatterFigure.js";
export {runSeed} from "./run/seeds.js";
export {quantile7} from "./run/curveStats.js";
export {explainScenario, type ExplainOptions} from "./explain/explainScenario.js";
export {type PositionSpec, type Positions} from "./run/positions.js";
export {positionsCsv} from "./results/positionsCsv.js";
export {abcSmc, abcSmcBatched, type AbcSettings, type AbcHooks, type AbcResult, type AbcProgress, type Evaluate, type Population, type Proposal} from "./analysis/abcSmc.js";
export {priorKinds, priorInterval, type Parameter, type PriorSpec} from "./analysis/abcPriors.js";
export {fitPlan, fitDistance, type FitPlan, type FitWeights} from "./analysis/fitPlan.js";
export {crps, scoreCell, scoreRows, type ScoredCell, type ScoreRow} from "./analysis/score.js";
export {parseTargets, targetsCsv, type Target} from "./results/targetsCsv.js";
export {parseTargetMapping, type TargetMapping} from "./results/targetMapping.js";
export {importTargets} from "./results/importTargets.js";
export {version} from "./version.js";
export {hegemonicChannels, hegemonicChannelNames, withoutHegemonicChannels, type HegemonicChannel} from "./model/hegemonicChannels.js";
export {shapleyPlan, shapleyValues, type ShapleyPlan, type ShapleyValues} from "./analysis/shapley.js";
export {attribute, evaluateInProcess, type Attribution, type AttributionOptions, type AttributionEvaluator, type CoalitionRun} from "./analysis/attribution.js";
export {attributionPlayers, type Player} from "./analysis/attributionPlayers.js";
export {attributionRows, efficiencyGap, type AttributionRow} from "./analysis/attributionRows.js";
export {attributionCsv, attributionText} from "./analysis/attributionText.js";
export {attributionFigure, type AttributionBar} from "./plot/attributionFigure.js";
export {askPlan, questionMetricProblems, type AskPlan, type AskRun} from "./analysis/ask.js";
export {askInProcess} from "./analysis/askRuns.js";
export {askSummary, type AskSummary, type DrawOutcome, type Influence} from "./analysis/askSummary.js";
export {askCsv, askText, askVerdict} from "./analysis/askText.js";
export {askFigure, type AskPoint} from "./plot/askFigure.js";
export {priorValue} from "./analysis/priors.js";
export type {Question, Prior} from "./scenario/question.js";
