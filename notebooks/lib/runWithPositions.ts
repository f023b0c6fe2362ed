/**
 * The notebooks' runs with every state's position at every tick: the explorer's own
 * `runWithPositions` (src/explore), re-exported under the name the notebooks have used.
 */
export {runWithPositions, statePositions, meanPosition, type RunWithPositions, type Trajectories} from "../../src/explore/runWithPositions.js";
