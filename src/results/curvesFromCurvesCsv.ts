/**
 * Curves from a `curves.csv`: a replicated run's (`group,metric,tick,year,n,mean,p05,p50,p95`)
 * or a sweep's (`point,<parameters>,metric,tick,...`, every row of group `all`), read the same
 * way, by column name.
 */
import {groupTest, metricTest, type CompareRow, type RowFilter} from "../plot/compareRow.js";
import {csvTable, numberCell, yearCell, type CellOf} from "./csvTable.js";

/** Columns every `curves.csv` has. */
export const curvesColumns = ["metric", "tick", "year", "mean", "p05", "p50", "p95"];

/**
 * The rows of `csvText` (a curves.csv) as curve rows, each labelled by `labelOf(cell)` (`cell`
 * looks up the row's cells by column name, e.g. a sweep's parameter columns). A file without a
 * `group` column holds group `all`. Keeps group `all` (or `filter.group`) and every metric (or
 * `filter.metrics`). Throws for a text that is not a curves.csv, naming `file`.
 */
export function curvesFromCurvesCsv(csvText: string, labelOf: (cell: CellOf) => string, filter: RowFilter = {}, file = "curves.csv"): CompareRow[] {
  const table = csvTable(csvText, file, curvesColumns);
  const hasGroup = table.columns.includes("group");
  const keepGroup = groupTest(filter);
  const keepMetric = metricTest(filter);
  const rows: CompareRow[] = [];
  table.forEach((cell) => {
    const group = hasGroup ? cell("group") : "all";
    const metric = cell("metric");
    if (!keepGroup(group) || !keepMetric(metric)) return;
    const [mean, p05, p50, p95] = ["mean", "p05", "p50", "p95"].map((c) => numberCell(cell(c)));
    if (![mean, p05, p50, p95].every(Number.isFinite)) return;
    rows.push({label: labelOf(cell), group, tick: Number(cell("tick")), year: yearCell(cell("year")), metric, mean, p05, p50, p95});
  });
  return rows;
}
