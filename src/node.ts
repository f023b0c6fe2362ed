/**
 * rcmp-sim's Node-only API: reading scenario files, writing results folders, rendering figures
 * to SVG and PNG. Import from `rcmp-sim/node`.
 */
export {readScenarioFile} from "./io/readScenario.js";
export {writeRun, type RunRecord} from "./io/writeRun.js";
export {renderSvg, svgToPng, writeFigure} from "./plot/render.js";
