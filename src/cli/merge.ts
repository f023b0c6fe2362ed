/**
 * `rcmp merge <shard folders...> --out DIR`: joins the folders of a sharded sweep into one,
 * byte-identical to the unsharded sweep. Exit code 1 when some runs failed, 2 when the folders
 * are not the complete set of shards of one sweep.
 */
import type {Command} from "commander";
import {action} from "./action.js";
import {InputError} from "../scenario/problems.js";

interface MergeCliOptions {
  out?: string;
  force?: boolean;
  plots: boolean;
}

/** Registers `rcmp merge`. */
export function registerMerge(program: Command): void {
  program
    .command("merge")
    .description("join the result folders of a sharded sweep (rcmp sweep --shard i/n) into one")
    .argument("<folders...>", "shard folders, one per shard, any order")
    .option("--out <dir>", "folder for the merged results (required)")
    .option("--force", "replace the results in a non-empty folder")
    .option("--no-plots", "skip the figures")
    .addHelpText("after", "\nExample:\n  rcmp merge results/bias-ngo/shard-* --out results/bias-ngo/all\n")
    .action(action(async (folders: string[], o: MergeCliOptions) => {
      if (o.out === undefined) throw new InputError("merge: --out DIR is required");
      const {merge} = await import("../sweep/merge.js"); // loaded only by this command
      const r = await merge(folders, {out: o.out, force: o.force, plots: o.plots, argv: process.argv.slice(2)});
      const lines = [`results: ${r.dir}`, `  ${r.shards} shards joined: ${r.ok} of ${r.runs} runs succeeded`];
      if (r.failed > 0) lines.push(`  ${r.failed} runs failed: see ${r.dir}/failures.csv`);
      if (r.plots.length > 0) lines.push(`  figures: ${r.plots.filter((p) => p.endsWith(".png")).join(", ")}`);
      for (const note of r.notes) lines.push(`  note: ${note}`);
      process.stdout.write(`${lines.join("\n")}\n`);
      return r.failed > 0 ? 1 : 0;
    }));
}
