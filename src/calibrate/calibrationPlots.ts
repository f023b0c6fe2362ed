/**
 * A calibration's figures, in `plots/`: `posterior` (each parameter's marginal over its prior),
 * `pairs` (every pair of parameters, particle by particle), `predictive-<dimension>` (each
 * state's predictive bands over the targets) and `predictive-summaries` (the cross-state mean
 * and spread). Each as SVG and PNG.
 */
import {join} from "node:path";
import type {Population} from "../analysis/abcSmc.js";
import {marginalBins, priorDensity} from "../analysis/marginals.js";
import {predictiveRows, summaryRows, type PredictiveRow, type PredictiveSample} from "../analysis/predictive.js";
import {priorRange} from "../analysis/abcPriors.js";
import {weightedQuantile} from "../analysis/weighted.js";
import {toTick} from "../scenario/resolve.js";
import {renderSvg} from "../plot/render.js";
import {panelGridSvg} from "../plot/panelGrid.js";
import {marginalPanel} from "../plot/marginalPanel.js";
import {pairPanel, type PairAxis} from "../plot/pairPanel.js";
import {predictiveFigure, type BandRow, type ObservedPoint} from "../plot/predictiveFigure.js";
import {writeFigure, writeSvgFigure} from "../io/writeFigure.js";
import type {CalibrationPlan} from "./loadCalibration.js";
import {calibrationFiles} from "../results/layout.js";

/** Draws every figure; returns the paths written. */
export async function writeCalibrationPlots(dir: string, plan: CalibrationPlan, posterior: Population, sample: PredictiveSample): Promise<string[]> {
  const at = (name: string) => join(dir, calibrationFiles.plots, name);
  const paths = await writeSvgFigure(marginalsSvg(plan, posterior), at("posterior"));
  if (plan.parameters.length > 1) paths.push(...(await writeSvgFigure(pairsSvg(plan, posterior), at("pairs"))));
  const rows = predictiveRows(sample);
  const observed = observedPoints(plan);
  for (const dim of plan.dims.filter((d) => plan.fit.used.some((t) => t.dimension === d))) {
    const panels = plan.fileOrder.map((i) => plan.states[i]).filter((s) => observed.some((p) => p.panel === s && p.dimension === dim));
    const bands = rows.filter((r) => r.dimension === dim && panels.includes(r.state)).map((r) => band(r, r.state));
    const label = plan.scenario.dimensions.find((d) => d.id === dim)?.label;
    paths.push(...(await writeFigure(predictiveFigure(bands, observed.filter((p) => p.dimension === dim), {
      panels, title: `${label && label !== dim ? `${label} (${dim})` : dim}: posterior predictive and targets`,
      subtitle: "line: median; bands: 50% and 90% of the predictive; dots: targets fitted; open circles: targets not fitted (the starting year, or years not fitted)"
    }), at(`predictive-${dim}`))));
  }
  paths.push(...(await writeSvgFigure(summariesSvg(plan, sample), at("predictive-summaries"))));
  return paths;
}

/** The figure's view of a predictive row. */
function band(r: PredictiveRow, panel: string): BandRow {
  const [p05, p25, p50, p75, p95] = r.quantiles;
  return {panel, year: r.year, p05, p25, p50, p75, p95};
}

/** Every target on the scenario's states, dimensions and years, marked fitted or not. */
function observedPoints(plan: CalibrationPlan): (ObservedPoint & {dimension: string})[] {
  const fitted = new Set(plan.fit.used);
  return plan.targets
    .filter((t) => plan.states.includes(t.state) && plan.dims.includes(t.dimension))
    .filter((t) => toTick(t.year, plan.scenario.calendar) >= 0 && toTick(t.year, plan.scenario.calendar) <= plan.scenario.ticks)
    .map((t) => ({panel: t.state, dimension: t.dimension, year: t.year, value: t.value, fitted: fitted.has(t)}));
}

/** Each parameter's axis: prior range, log scale for log-uniform priors. */
function axes(plan: CalibrationPlan, p: Population): PairAxis[] {
  return plan.parameters.map((param, k) => ({
    name: param.name, values: p.particles.map((x) => x[k]), domain: priorRange(param.prior), log: param.prior.prior === "log-uniform"
  }));
}

function marginalsSvg(plan: CalibrationPlan, p: Population): string {
  const panels = axes(plan, p).map((a, k) => renderSvg(marginalPanel({
    name: a.name, domain: a.domain, log: a.log,
    bins: marginalBins(plan.parameters[k].prior, a.values, p.weights), prior: priorDensity(plan.parameters[k].prior),
    median: weightedQuantile(a.values, p.weights, 0.5)
  })));
  return panelGridSvg(panels, Math.min(3, panels.length), `Posterior (bars; red: median) and prior (dashed), generation ${p.generation}, ${p.particles.length} particles`);
}

function pairsSvg(plan: CalibrationPlan, p: Population): string {
  const a = axes(plan, p);
  const panels: (string | null)[] = [];
  for (let row = 1; row < a.length; row++) {
    for (let col = 0; col < a.length - 1; col++) panels.push(col < row ? renderSvg(pairPanel(a[col], a[row], p.weights)) : null);
  }
  return panelGridSvg(panels, a.length - 1, "Posterior pairs: one dot per particle, darker for more weight; axes span the priors");
}

function summariesSvg(plan: CalibrationPlan, sample: PredictiveSample): string {
  const dims = plan.dims.filter((d) => plan.fit.summaries.some((s) => s.dimension === d));
  const rows = summaryRows(sample, plan.summaryStates).filter((r) => dims.includes(r.dimension));
  const figure = (statistic: "mean" | "spread", domain: [number, number]) => renderSvg(predictiveFigure(
    rows.filter((r) => r.state === statistic).map((r) => band(r, r.dimension)),
    plan.fit.summaries.filter((s) => dims.includes(s.dimension) && !Number.isNaN(s[statistic])).map((s) => ({panel: s.dimension, year: s.year, value: s[statistic], fitted: true})),
    {panels: dims, columns: dims.length, domain, width: Math.max(600, 300 * dims.length), title: statistic === "mean" ? "Cross-state mean" : "Cross-state spread (population sd)"}
  ));
  const top = Math.max(0.05, ...rows.filter((r) => r.state === "spread").map((r) => r.quantiles[4]), ...plan.fit.summaries.map((s) => (Number.isNaN(s.spread) ? 0 : s.spread)));
  return panelGridSvg([figure("mean", [0, 1]), figure("spread", [0, Math.ceil(top * 12) / 10])], 1, "Posterior predictive of the cross-state summaries over the states with targets (dots: the targets')");
}
