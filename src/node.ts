/**
 * rcmp-sim's Node-only API: reading scenario files, writing results folders, rendering figures
 * to SVG and PNG. Import from `rcmp-sim/node`.
 */
export {readScenarioFile} from "./io/readScenario.js";
export {writeRun, type RunRecord, type WriteRunOptions} from "./io/writeRun.js";
export {renderSvg, svgToPng} from "./plot/render.js";
export {writeFigure} from "./io/writeFigure.js";
export {readResultFolder} from "./io/readResultFolder.js";
export {verifyResultFolder, type VerifiedFolder, type VerifyOptions} from "./io/verifyFolder.js";
export {sweep, type SweepOptions, type SweepResult} from "./sweep/sweep.js";
export {merge, type MergeOptions, type MergeResult} from "./sweep/merge.js";
export {loadSweep, type SweepPlan} from "./sweep/loadSweep.js";
export {sensitivityFromFolder, type SensitivityOptions, type FolderSensitivity} from "./sweep/sensitivityFolder.js";
export {readSensitivityDesign} from "./sweep/sensitivityDesign.js";
export {calibrate, type CalibrateOptions, type CalibrateResult} from "./calibrate/calibrate.js";
export {calibrateShard, type SplitOptions, type ShardResult} from "./calibrate/calibrateShard.js";
export {collectCalibration, type CollectOptions, type CollectResult} from "./calibrate/collectCalibration.js";
export {loadCalibration, type CalibrationPlan} from "./calibrate/loadCalibration.js";
export {scoreCalibration, type ScoreResult} from "./calibrate/scoreCalibration.js";
