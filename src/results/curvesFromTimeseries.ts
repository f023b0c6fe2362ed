/**
 * Curves from a single run's `timeseries.csv` (`tick,year,group,metric,value`): each value
 * becomes a curve point whose mean, p05, p50 and p95 are the value itself (a band of zero width).
 */
import {groupTest, metricTest, type CompareRow, type RowFilter} from "../plot/compareRow.js";
import {csvTable, numberCell, yearCell} from "./csvTable.js";
import {timeseriesColumns} from "./layout.js";

/**
 * The rows of `csvText` (a timeseries.csv) as curve rows labelled `label`, keeping the group
 * `all` (or `filter.group`) and every metric (or `filter.metrics`). Throws for a text that is not
 * a timeseries.csv, naming `file` (default `timeseries.csv`).
 */
export function curvesFromTimeseries(csvText: string, label: string, filter: RowFilter = {}, file = "timeseries.csv"): CompareRow[] {
  const table = csvTable(csvText, file, timeseriesColumns);
  const keepGroup = groupTest(filter);
  const keepMetric = metricTest(filter);
  const rows: CompareRow[] = [];
  table.forEach((cell) => {
    const group = cell("group");
    const metric = cell("metric");
    if (!keepGroup(group) || !keepMetric(metric)) return;
    const value = numberCell(cell("value"));
    if (!Number.isFinite(value)) return;
    rows.push({label, group, tick: Number(cell("tick")), year: yearCell(cell("year")), metric, mean: value, p05: value, p50: value, p95: value});
  });
  return rows;
}

/** The groups named in a timeseries.csv, in order of appearance. */
export function timeseriesGroups(csvText: string, file = "timeseries.csv"): string[] {
  const seen = new Set<string>();
  csvTable(csvText, file, timeseriesColumns).forEach((cell) => seen.add(cell("group")));
  return [...seen];
}
