/**
 * `npm run figures [-- --quick]`: the contact sheet of every figure a user meets. Runs every
 * built-in scenario and the README's figure-making commands (replicates and compare, the sweep,
 * attribute and ask, and without --quick the sensitivity sweep of about 2,300 runs) in a scratch
 * folder, copies each figure to docs/figures/contact/ as a PNG at the size a reader sees it (one
 * device pixel per SVG pixel) and writes docs/figures/contact-sheet.md listing them, each with a
 * line saying what it shows (its title and panels, read from the figure).
 */
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {svgToPng} from "../plot/render.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const quick = process.argv.includes("--quick");
const sheetDir = join(root, "docs/figures");
const contactDir = join(sheetDir, "contact");

/** A command whose figures go on the sheet, under a heading. */
interface Step {
  heading: string;
  command: string;
  /** Result folders (relative to the scratch folder) whose figures it makes. */
  folders: string[];
}

function builtinScenarios(): string[] {
  const walk = (dir: string): string[] => readdirSync(join(root, dir)).sort().flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? walk(path) : name.endsWith(".yaml") ? [path] : [];
  });
  return walk("scenarios");
}

const steps: Step[] = [
  ...builtinScenarios().map((file) => ({heading: `\`${file}\``, command: `rcmp run ${file} --out results/${basename(file, ".yaml")}`, folders: [`results/${basename(file, ".yaml")}`]})),
  {heading: "README: replicates", command: "rcmp run scenarios/teaching/equal-voice.yaml scenarios/teaching/hegemon.yaml --replicates 20 --out results/teaching", folders: ["results/teaching/equal-voice", "results/teaching/hegemon"]},
  {heading: "README: compare", command: "rcmp compare results/teaching/equal-voice results/teaching/hegemon --out results/teaching/compare", folders: ["results/teaching/compare"]},
  {heading: "README: compare by region", command: "rcmp compare results/teaching/equal-voice results/teaching/hegemon --group by-region --metric dispersion --out results/teaching/by-region", folders: ["results/teaching/by-region"]},
  {heading: "docs/COMPARE.md: three metrics", command: "rcmp compare results/teaching/equal-voice results/teaching/hegemon --metric toHegemon --metric sd.asylum --metric withheld --out results/teaching-hegemon", folders: ["results/teaching-hegemon"]},
  {heading: "README: sweep", command: "rcmp sweep examples/slurm/igc-bias-ngo.yaml --out results/igc-bias-ngo", folders: ["results/igc-bias-ngo"]},
  {heading: "README: attribute", command: "rcmp attribute scenarios/teaching/hegemon.yaml --metric toHegemon --out results/hegemon-why", folders: ["results/hegemon-why"]},
  {heading: "README: ask", command: "rcmp ask scenarios/questions/caribbean-agenda.yaml --out results/carib-ask", folders: ["results/carib-ask"]},
  ...(quick ? [] : [
    {heading: "README: sensitivity sweep", command: "rcmp sweep examples/sensitivity/world-2004-saltelli.yaml --out results/world-saltelli", folders: ["results/world-saltelli"]},
    {heading: "README: sensitivity", command: "rcmp sensitivity results/world-saltelli --over-time --out results/world-indices", folders: ["results/world-indices"]}
  ])
];

/** The figure's title lines and panel titles (bold 12- and 13-pixel texts), read from its SVG. */
function caption(svg: string): string {
  const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&amp;/g, "&");
  const inner = (block: string) => [...block.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => unescape(m[1]));
  const title = [...svg.matchAll(/<text[^>]*font-size="17"[^>]*>([^<]*)</g)].map((m) => unescape(m[1])).join(" ");
  const subtitle = [...svg.matchAll(/<text[^>]*font-size="13" font-weight="normal"[^>]*>([^<]*)</g)].map((m) => unescape(m[1])).join(" ");
  // The chart itself: the inner <svg> (the caption below it is no panel).
  const chart = svg.slice(0, svg.lastIndexOf("</svg>", svg.length - "</svg>".length - 1));
  // A mark's texts follow its bold <g> up to the next mark (Plot nests a <g> per facet in it).
  const bold = [...chart.matchAll(/<g\b([^>]*)>/g)].filter((m) => /font-weight="bold"/.test(m[1]) && /font-size="1[23]"/.test(m[1]))
    .flatMap((m) => {
      const from = m.index! + m[0].length;
      const next = chart.indexOf("aria-label=", from);
      return inner(chart.slice(from, next < 0 ? undefined : next));
    });
  const panels = [...new Set(bold)].filter((t) => t.trim() !== "");
  const shown = panels.length > 8 ? [...panels.slice(0, 8), `and ${panels.length - 8} more`] : panels;
  return `${title || "(untitled)"}${subtitle ? ` (${subtitle})` : ""}${shown.length > 0 ? `; panels: ${shown.join(", ")}` : ""}`;
}

/** Every SVG figure under `dir`, sorted. */
function svgsUnder(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(svgsUnder(path));
    else if (name.endsWith(".svg")) out.push(path);
  }
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), "rcmp-figures-"));
try {
  for (const name of ["scenarios", "examples"]) symlinkSync(join(root, name), join(scratch, name));
  rmSync(contactDir, {recursive: true, force: true});
  mkdirSync(contactDir, {recursive: true});
  const lines = ["# Contact sheet", "", "Every figure the built-in scenarios and the README's commands draw, at the size a reader sees",
    "it, written by `npm run figures` (which runs them all in a scratch folder; `--quick` leaves out the",
    "sensitivity sweep). Each line says what the figure shows, read from the figure itself.", ""];
  for (const step of steps) {
    const [, ...args] = step.command.split(" ");
    process.stdout.write(`${step.command}\n`);
    const r = spawnSync(process.execPath, [join(root, "dist/cli/main.js"), ...args], {cwd: scratch, encoding: "utf8"});
    if (r.status !== 0) throw new Error(`${step.command} failed (exit ${r.status}): ${r.stderr}`);
    lines.push(`## ${step.heading}`, "", `\`${step.command}\``, "");
    for (const folder of step.folders) {
      for (const svgPath of svgsUnder(join(scratch, folder))) {
        const name = relative(join(scratch, "results"), svgPath).replace(/\.svg$/, "").replace(/[\\/]/g, "--");
        const svg = readFileSync(svgPath, "utf8");
        writeFileSync(join(contactDir, `${name}.png`), svgToPng(svg, 1));
        lines.push(`- ![${name}](contact/${name}.png)`, `  **${relative(scratch, svgPath).replace(/\.svg$/, ".png")}**: ${caption(svg)}`, "");
      }
    }
  }
  writeFileSync(join(sheetDir, "contact-sheet.md"), `${lines.join("\n")}\n`);
  process.stdout.write(`wrote docs/figures/contact-sheet.md and ${readdirSync(contactDir).length} figures in docs/figures/contact/\n`);
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
