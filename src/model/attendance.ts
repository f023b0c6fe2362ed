/**
 * Meeting step 1: attendance. Each member and observer is present with the process's
 * probability `attendance`, in id order, one draw from the `attendance` stream each; nothing is
 * drawn when the probability is 1 (everyone comes) or 0 (nobody does).
 */
import {mechanism, type MeetingMechanism} from "./mechanism.js";

export const attendance = mechanism<"attendance", MeetingMechanism<"attendance">>({
  name: "attendance",
  scope: "meeting",
  title: "Attendance",
  does: "each member and observer is present with probability `attendance` (no draw when it is 1 or 0), states taken in id order",
  parameters: "`processes[].attendance`",
  off: "attendance 1: everyone comes, no randomness (0: nobody comes and no meeting is held)",
  offSettings: {"processes.*.attendance": 1},
  run(world, m) {
    const chance = m.process.attendance;
    if (chance >= 1) return;
    let count = 0;
    if (chance > 0) {
      const random = world.streams.attendance;
      for (let a = 0; a < m.attendees.length; a++) {
        if (random() >= chance) continue;
        m.attendees[count] = m.attendees[a];
        m.observer[count] = m.observer[a];
        count++;
      }
    }
    m.attendees = m.attendees.subarray(0, count);
    m.observer = m.observer.subarray(0, count);
    m.bestReady = false; // the mean of those who came, when asked for
  }
});
