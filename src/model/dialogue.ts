/**
 * Meeting step 7: dialogue. Attendees learn from each other on the agenda, weighted by power^h,
 * scaled by trust, within a confidence bound, by one of two rules looked up by `dialogue.mode`:
 * `averaging` (everyone at once from a snapshot; averaging.ts) or `pairwise` (random pairs in
 * turn; pairwise.ts). The rule's parts are in dialogueRule.ts.
 */
import {mechanism, type MeetingMechanism} from "./mechanism.js";
import {averaging} from "./averaging.js";
import {pairwise} from "./pairwise.js";
import type {Meeting, World} from "./world.js";

/** The dialogue rules by mode. */
export const dialogueModes: Record<"averaging" | "pairwise", (world: World, m: Meeting) => void> = {averaging, pairwise};

export const dialogue = mechanism<"dialogue", MeetingMechanism<"dialogue">>({
  name: "dialogue",
  scope: "meeting",
  title: "Dialogue",
  does: "attendees learn from the attendees within ε (RMS distance over the agenda), weighted by power^h and scaled by trust T^τ; `averaging` updates everyone at once from a snapshot, `pairwise` meets encounters·|A| random pairs in turn",
  equation:
    "averaging: x_id += min(1, μ·o_i·e_s)·Σ_{j∈N_i} q_ij·T_ij^τ·(x_jd − x_id),  q_ij = w_j / Σ_{k∈N_i} w_k\npairwise:  x_i += min(1, μ·o_i·e_s·c_ij)·T_ij^τ·(x_j − x_i),  c_ij = min(1/μ, 2·w_j / (w_i + w_j)), and the same for j",
  parameters: "`dynamics.dialogue.rate` μ, `mode`, `confidence` ε, `encounters`; `dynamics.hegemonBias` h (w = p^h); `dynamics.trust.weight` τ; `dynamics.observerWeight`",
  off: "μ = 0 (pairwise mode: also encounters = 0); h = 0 gives equal voice, τ = 0 leaves trust out of learning",
  offSettings: {"dynamics.dialogue.rate": 0},
  uses: ["averaging.ts", "sortedAveraging.ts", "sortOrder.ts", "neighbours.ts", "pairTable.ts", "neighbourMeans.ts", "pairwise.ts", "uniformPairwise.ts", "dialogueRule.ts"],
  run(world, m) {
    dialogueModes[world.params.dialogue.mode](world, m);
  }
});
