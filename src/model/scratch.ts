/**
 * Working buffers a world lends to each meeting in turn, so that holding a meeting allocates
 * nothing but small views. A meeting's attendees, best practice, agenda and dialogue snapshot
 * live here only until the next meeting; nothing may keep a reference to them.
 */
export interface Scratch {
  /** Attending states (n) and whether each attends as an observer (n). */
  attendees: Int32Array;
  observer: Uint8Array;
  /** Best practice (d) and where it comes from the facilitator (d). */
  best: Float64Array;
  practiced: Uint8Array;
  /** The agenda drawn (d), what agenda control keeps of it (d), and the draw's pool and weights (d). */
  agenda: Int32Array;
  kept: Int32Array;
  pool: Int32Array;
  topicWeights: Float64Array;
  /** Dialogue: attendees' agenda positions (n·d), source weights (n), neighbours (n), a sum per topic (d). */
  snapshot: Float64Array;
  sourceWeights: Float64Array;
  near: Int32Array;
  perTopic: Float64Array;
}

/** Buffers for a world of n states and d dimensions. */
export function createScratch(n: number, d: number): Scratch {
  return {
    attendees: new Int32Array(n),
    observer: new Uint8Array(n),
    best: new Float64Array(d),
    practiced: new Uint8Array(d),
    agenda: new Int32Array(d),
    kept: new Int32Array(d),
    pool: new Int32Array(d),
    topicWeights: new Float64Array(d),
    snapshot: new Float64Array(n * d),
    sourceWeights: new Float64Array(n),
    near: new Int32Array(n),
    perTopic: new Float64Array(d)
  };
}
