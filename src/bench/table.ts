/**
 * Plain-text tables for the bench's output: columns padded to their widest cell.
 */

/** The rows as aligned text, two spaces between columns, no trailing blanks. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({length: columns}, (_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd()).join("\n");
}

/** A rate in a compact form: 1.23e+7, 456, 7.89. */
export function rate(v: number): string {
  if (!Number.isFinite(v)) return "-";
  return v >= 1e5 ? v.toExponential(2) : v.toFixed(v >= 100 ? 0 : 2);
}
