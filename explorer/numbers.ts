/**
 * The headline numbers at the shown tick, for the current run and the pinned one side by side:
 * dispersion, distance to the standard and to the hegemon, and over the whole run the hegemon's
 * pull, the topics withheld and the meetings held.
 */
import type {RunResult} from "../src/run/simulate.js";
import {curveLabels, valueAtTick} from "../src/explore/curves.js";
import {h} from "./dom.js";

interface Row {
  label: string;
  value: (r: RunResult) => number | null;
  format: (v: number) => string;
}

const three = (v: number) => v.toFixed(3);
const percent = (v: number) => `${Math.round(100 * v)}%`;

/** The table of numbers for `now` (and `pinned`) at tick `tick`, labelled with the time. */
export function numbersTable(now: RunResult, pinned: RunResult | undefined, tick: number, time: string): HTMLElement {
  const rows: Row[] = [
    ...["dispersion", "toStandard", "toHegemon"].map((metric) => ({
      label: `${curveLabels[metric] ?? metric}, ${time}`, value: (r: RunResult) => valueAtTick(r.series, metric, tick), format: three
    })),
    {label: "mean moved toward the hegemon's start (share of the way)", value: (r) => r.summary.towardHegemonStart, format: percent},
    {label: "topics kept off the agenda, whole run", value: (r) => r.summary.totals.withheld, format: String},
    {label: "meetings held, whole run", value: (r) => r.summary.totals.meetings, format: String}
  ];
  const cell = (r: RunResult | undefined, row: Row) => {
    const v = r === undefined ? null : row.value(r);
    return h("td", {}, v === null || !Number.isFinite(v) ? "–" : row.format(v));
  };
  const shown = rows.filter((row) => {
    const v = row.value(now);
    return v !== null && Number.isFinite(v);
  });
  return h("table", {class: "numbers", "data-figure": "numbers"},
    h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, "now"), pinned === undefined ? null : h("th", {class: "pinned"}, "pinned"))),
    h("tbody", {}, shown.map((row) => h("tr", {}, h("th", {}, row.label), cell(now, row), pinned === undefined ? null : cell(pinned, row)))));
}
