/**
 * What one meeting works on: who attends, the best practice, the agenda, the stage effect.
 */
import type {ProcessState} from "./world.js";

export interface Meeting {
  process: ProcessState;
  /** Indices of attending states, ascending. */
  attendees: Int32Array;
  /** 1 where attendees[a] attends as an observer. */
  observer: Uint8Array;
  /** b, the best practice of this meeting (length D). */
  best: Float64Array;
  /** 1 where b comes from the facilitator's source; 0 where it is only the attendees' mean (no training there). */
  practiced: Uint8Array;
  /** G, the dimensions on the agenda (ascending), after agenda control. */
  agenda: Int32Array;
  /** e_s, the stage's effect on capacity building and dialogue. */
  effect: number;
}
