/**
 * Working buffers a world lends to each meeting in turn, so that holding a meeting allocates
 * nothing but small views. A meeting's attendees, best practice, agenda and dialogue snapshot
 * live here only until the next meeting; nothing may keep a reference to them. The one thing
 * that outlives a meeting, sorted averaging's order, is only where the next sort starts (any
 * permutation gives the same result), so worlds of the same size share one set of buffers
 * (`scratchFor`): meetings never run at the same time, and a run does not pay for fresh memory.
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
  /** Averaging dialogue over several topics with constant trust: each attendee's neighbourhood mean (n·d). */
  means: Float64Array;
  /** Averaging dialogue: each neighbour's share q_ij·T_ij^τ (n), the same before trust (n) and rescaled weights (n) for one attendee; the pair table (see pairTable.ts; made when first needed). */
  shares: Float64Array;
  weightShares: Float64Array;
  rescaled: Float64Array;
  pairs: Int32Array | null;
  /** Domestic politics: the tick's noise draws (n·d). */
  noise: Float64Array;
  /** Pairwise dialogue: each attendee's step when every pair pulls alike (n). */
  steps: Float64Array;
  /**
   * Sorted averaging: attendee positions 0..ordered−1 in order of their position on the topic as
   * the last meeting left them (n; `ordered` 0 before any), the positions in that order (n),
   * buffers to sort through (n each; see sortOrder.ts), prefix sums of weights and weighted
   * positions (n + 1 each) with their rounding errors (`sumWErr`, `sumWXErr`: unequal weights
   * only) and each attendee's window mean (n).
   */
  order: Int32Array;
  ordered: number;
  sorted: Float64Array;
  spare: Int32Array;
  spareSorted: Float64Array;
  sumW: Float64Array;
  sumWX: Float64Array;
  sumWErr: Float64Array;
  sumWXErr: Float64Array;
  mean: Float64Array;
}

let shared: {n: number; d: number; scratch: Scratch} | undefined;

/** The buffers for a world of n states and d dimensions: those of the last world of that size. */
export function scratchFor(n: number, d: number): Scratch {
  if (shared === undefined || shared.n !== n || shared.d !== d) shared = {n, d, scratch: createScratch(n, d)};
  return shared.scratch;
}

/** New buffers for a world of n states and d dimensions, all views of one ArrayBuffer (one allocation, not twenty). */
export function createScratch(n: number, d: number): Scratch {
  const floats = {best: d, topicWeights: d, snapshot: n * d, sourceWeights: n, perTopic: d, means: n * d, shares: n, weightShares: n, rescaled: n, noise: n * d, steps: n, sorted: n, spareSorted: n, sumW: n + 1, sumWX: n + 1, sumWErr: n + 1, sumWXErr: n + 1, mean: n};
  const ints = {attendees: n, agenda: d, kept: d, pool: d, near: n, order: n, spare: n};
  const bytes = {observer: n, practiced: d};
  const sum = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);
  const buffer = new ArrayBuffer(8 * sum(floats) + 4 * sum(ints) + sum(bytes));
  let at = 0;
  const carve = <T>(sizes: Record<string, number>, width: number, make: (at: number, length: number) => T) =>
    Object.fromEntries(Object.entries(sizes).map(([name, length]) => {
      const view = make(at, length);
      at += width * length;
      return [name, view];
    }));
  return {
    ...(carve(floats, 8, (offset, length) => new Float64Array(buffer, offset, length)) as Record<keyof typeof floats, Float64Array>),
    ...(carve(ints, 4, (offset, length) => new Int32Array(buffer, offset, length)) as Record<keyof typeof ints, Int32Array>),
    ...(carve(bytes, 1, (offset, length) => new Uint8Array(buffer, offset, length)) as Record<keyof typeof bytes, Uint8Array>),
    ordered: 0,
    pairs: null
  };
}
