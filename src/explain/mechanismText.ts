/**
 * What each mechanism does, in one line and as the code computes it, keyed by the names of
 * `tickMechanisms` (src/model/step.ts), `meetingMechanisms` (src/model/meeting.ts) and the
 * steps of `holdMeeting` that come before them. docs/MODEL.md gives the same in full.
 */

/** A mechanism's title, what it does, its equation and the file that implements it. */
export interface MechanismText {
  title: string;
  does: string;
  /** The update as the code computes it: plain text, one line per case. */
  equation?: string;
  file: string;
}

/** Every mechanism of a tick and of a meeting, by name. */
export const mechanismText: Record<string, MechanismText> = {
  events: {title: "Events", does: "apply the events due at or before this tick, in time order", file: "src/model/step.ts, src/model/compileEvents.ts"},
  meetings: {
    title: "Meetings",
    does: "every active process whose turn it is ((t − founded) mod meetEvery = 0, founded ≤ t < ends) meets, in scenario order; each meeting sees the positions left by the one before",
    file: "src/model/step.ts, src/model/schedule.ts, src/model/meeting.ts"
  },
  attendance: {
    title: "Attendance",
    does: "each member and observer is present with probability `attendance` (no draw when it is 1), states taken in id order",
    file: "src/model/meeting.ts"
  },
  bestPractice: {
    title: "Best practice",
    does: "b from the facilitator: the dimension's standard (where one is set), the mean current position of its exemplar states, or an explicit vector; where there is no standard or no facilitator, the attendees' mean position",
    file: "src/model/bestPractice.ts"
  },
  funderSteering: {
    title: "Funder steering",
    does: "best practice is pulled toward the power-weighted mean ideal ū_F of all the process's funders",
    equation: "b ← (1 − φ)·b + φ·ū_F",
    file: "src/model/bestPractice.ts"
  },
  agenda: {
    title: "Agenda",
    does: "all allowed topics if agendaSize covers them, else agendaSize topics drawn without replacement with weight emphasis_d·(0.01 + mean over attendees of |x_id − b_d|)",
    file: "src/model/agenda.ts"
  },
  agendaControl: {
    title: "Agenda control",
    does: "H, the most powerful funder present (else the most powerful attendee), withholds each topic d with |u_Hd − b_d| > θ with probability min(1, strength·p_H/Σ_A p)",
    file: "src/model/agendaControl.ts"
  },
  capacityBuilding: {
    title: "Capacity building",
    does: "training moves each attendee toward best practice on the agenda",
    equation: "x_id += min(1, α·o_i·e_s)·(b_d − x_id)",
    file: "src/model/capacityBuilding.ts"
  },
  dialogue: {
    title: "Dialogue",
    does: "attendees learn from the attendees within ε (RMS distance over the agenda), weighted by power^h and scaled by trust; `averaging` updates everyone at once from a snapshot, `pairwise` meets encounters·|A| random pairs in turn",
    equation:
      "averaging: x_id += min(1, μ·o_i·e_s)·Σ_{j∈N_i} q_ij·T_ij^τ·(x_jd − x_id),  q_ij = w_j / Σ_{k∈N_i} w_k\npairwise:  x_i += min(1, μ·e_s·o_i·c_ij)·T_ij^τ·(x_j − x_i),  c_ij = min(1/μ, 2·w_j / (w_i + w_j)), and the same for j",
    file: "src/model/averaging.ts, src/model/pairwise.ts, src/model/sourceWeights.ts"
  },
  civilSociety: {
    title: "Civil society",
    does: "NGOs at the table pull attendees toward the civil-society position on the agenda",
    equation: "x_id += q_p·ν·o_i·(v_d − x_id)",
    file: "src/model/civilSociety.ts"
  },
  trust: {title: "Trust growth", does: "every pair of attendees (members and observers) trusts more", equation: "T_ij += g·(1 − T_ij)", file: "src/model/trust.ts"},
  acquis: {
    title: "Acquis and stage",
    does: "m_p = the attendees' mean position on all dimensions; after stages.meetings meetings at a stage with mean member trust ≥ the stage's bar, the stage rises by one (at most 4)",
    file: "src/model/stages.ts"
  },
  clearingHouse: {
    title: "Clearing house",
    does: "between meetings the secretariat circulates the acquis: each member of each active process that has met moves toward m_p on all dimensions",
    equation: "x_i += κ·o_i·(m_p − x_i)",
    file: "src/model/clearingHouse.ts"
  },
  trustDecay: {title: "Trust decay", does: "trust relaxes toward its starting value", equation: "T_ij −= δ·(T_ij − T⁰_ij)", file: "src/model/trust.ts"},
  domesticPolitics: {
    title: "Domestic politics",
    does: "conclusions bind no one: each state is pulled back to its own ideal, with noise, then positions are clipped to [0, 1]",
    equation: "x_id += λ_i·(u_id − x_id) + σ·ξ, ξ ~ N(0, 1)",
    file: "src/model/domesticPolitics.ts"
  }
};

/** The steps of a meeting that come before `meetingMechanisms`, in order. */
export const meetingPreamble: readonly string[] = ["attendance", "bestPractice", "funderSteering", "agenda", "agendaControl"];
