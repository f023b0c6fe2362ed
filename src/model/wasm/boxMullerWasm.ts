/**
 * The Box–Muller fast path in WebAssembly (boxMuller.wat, its bytes in boxMullerBytes.ts): the
 * numbers of the JS path (boxMullerAlea.ts) to the bit, two pairs at a time in SIMD lanes. The
 * module is compiled synchronously on first use, once per load of this file (it is 2.5 KB, below the 4 KB
 * a browser's main thread may compile synchronously); where WebAssembly is absent or refused
 * (a page's content security policy), the engine keeps the JS path.
 */
import {log} from "../math/log.js";
import {sinCos} from "../math/trig.js";
import {boxMullerBytes} from "./boxMullerBytes.js";

/** The instantiated module: its exports and views of its memory. */
export interface BoxMullerWasm {
  /** Draws n ≤ `chunkPairs` pairs into `values` from the state in `words`, advancing it. */
  pairs(n: number): void;
  /** Turns the n ≤ `chunkPairs` pairs (r, θ), θ ∈ [0, 2π), in `values` into (r·cos θ, r·sin θ). */
  polarPairs(n: number): void;
  /** ln(m·2^-32) for a word m from 1 to 2^32 − 1 (its 32 bits), from lane 0 or 1 of the module's two-lane log. */
  logWord(m: number, lane: number): number;
  /** The alea state as words: s0·2^32, s1·2^32, s2·2^32 and the carry. */
  words: Uint32Array;
  /** The pairs `pairs` and `polarPairs` write: 2·chunkPairs numbers. */
  values: Float64Array;
  /** The first numbers of `values`, as many as the last partial chunk held: kept, so that copying a fill's usual count allocates nothing. */
  head: Float64Array;
}

/** The pairs one call of the module's `pairs` draws at most (its output in one 64 KB page from byte 16). */
export const chunkPairs = 2048;

/** The module: undefined before first use, null where WebAssembly is absent or refused. */
let module: BoxMullerWasm | null | undefined;
let enabled = true;

/**
 * Whether the engine draws Box–Muller pairs through WebAssembly where it can (default true): the
 * numbers are the same either way; false keeps the JS path (for tests and benchmarks).
 */
export function useWebAssembly(on: boolean): void {
  enabled = on;
}

/** The module, compiled on first call; null when WebAssembly is off, absent or refused. */
export function boxMullerWasm(): BoxMullerWasm | null {
  if (!enabled) return null;
  if (module === undefined) module = typeof WebAssembly === "object" && WebAssembly !== null ? instantiate() : null;
  return module;
}

/** Compiles and instantiates the module, with the rare cases calling back into the JS functions. */
function instantiate(): BoxMullerWasm | null {
  let memory = new Float64Array(0);
  const sc = new Float64Array(2);
  const imports = {
    js: {
      log,
      rare(at: number, r: number, theta: number): void {
        sinCos(theta, sc);
        memory[at >> 3] = r * sc[1];
        memory[(at >> 3) + 1] = r * sc[0];
      }
    }
  };
  try {
    const bytes = Uint8Array.from(atob(boxMullerBytes), (ch) => ch.charCodeAt(0));
    const exports = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports).exports as unknown as {
      memory: WebAssembly.Memory;
      pairs(n: number): void;
      polarPairs(n: number): void;
      logWord(m: number, lane: number): number;
    };
    memory = new Float64Array(exports.memory.buffer);
    return {
      pairs: exports.pairs,
      polarPairs: exports.polarPairs,
      logWord: exports.logWord,
      words: new Uint32Array(exports.memory.buffer, 0, 4),
      values: new Float64Array(exports.memory.buffer, 16, 2 * chunkPairs),
      head: new Float64Array(exports.memory.buffer, 16, 0)
    };
  } catch {
    return null;
  }
}

/**
 * Fills out[from..to) (to − from even) with Box–Muller pairs from the alea state [s0, s1, s2, c],
 * advancing it: `boxMullerAlea`'s contract, through the module (state copied in and out, the
 * pairs copied from its memory a chunk at a time).
 */
export function fillFromWasm(wasm: BoxMullerWasm, state: Float64Array, out: Float64Array, from: number, to: number): void {
  const {words, values} = wasm;
  words[0] = state[0] * 4294967296;
  words[1] = state[1] * 4294967296;
  words[2] = state[2] * 4294967296;
  words[3] = state[3];
  for (let k = from; k < to; k += 2 * chunkPairs) {
    const n = Math.min(chunkPairs, (to - k) >> 1);
    wasm.pairs(n);
    if (n === chunkPairs) out.set(values, k);
    else if (n <= 8) for (let j = 0; j < 2 * n; j++) out[k + j] = values[j]; // a few (an odd count's last pair): a loop
    else {
      // a view of the pairs drawn, made again only when their count changes (a tick draws the same count each time)
      if (wasm.head.length !== 2 * n) wasm.head = values.subarray(0, 2 * n);
      out.set(wasm.head, k);
    }
  }
  state[0] = words[0] * 2.3283064365386963e-10;
  state[1] = words[1] * 2.3283064365386963e-10;
  state[2] = words[2] * 2.3283064365386963e-10;
  state[3] = words[3];
}
