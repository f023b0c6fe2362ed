/**
 * The subcommands of `rcmp`, each with the import of its file, and which of them a command line
 * needs: main.ts registers only those, so that a command loads its own code and nothing of the
 * others'.
 */
import type {Command} from "commander";

/** A subcommand's registration: adds it, its options and its action to the program. */
export type Register = (program: Command) => void;

/** Every subcommand, in the order `rcmp --help` lists them, with the import of its file. */
export const commands: Record<string, () => Promise<Register>> = {
  run: async () => (await import("./run.js")).registerRun,
  validate: async () => (await import("./validate.js")).registerValidate,
  schema: async () => (await import("./schema.js")).registerSchema,
  list: async () => (await import("./list.js")).registerList,
  sweep: async () => (await import("./sweep.js")).registerSweep,
  merge: async () => (await import("./merge.js")).registerMerge,
  explain: async () => (await import("./explain.js")).registerExplain,
  compare: async () => (await import("./compare.js")).registerCompare,
  sensitivity: async () => (await import("./sensitivity.js")).registerSensitivity,
  eval: async () => (await import("./eval.js")).registerEval,
  explore: async () => (await import("./explore.js")).registerExplore,
  attribute: async () => (await import("./attribute.js")).registerAttribute,
  ask: async () => (await import("./ask.js")).registerAsk,
  calibrate: async () => (await import("./calibrate.js")).registerCalibrate,
  score: async () => (await import("./score.js")).registerScore,
  targets: async () => (await import("./targets.js")).registerTargets
};

/** The subcommands a command line needs registered: the one it names (the first word that is not an option), or all of them. */
export function commandsFor(argv: readonly string[]): string[] {
  const named = argv.slice(2).find((a) => !a.startsWith("-"));
  return named !== undefined && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
}
