const labels: Record<string, string> = {
  dispersion: "dispersion (mean SD across dimensions)",
  spread: "spread (mean pairwise distance)",
  toStandard: "distance to standard",
  toHegemon: "distance to hegemon",
  hegemonPull: "hegemon's pull (distance saved by its channels)",
  clusters: "clusters",
  majorClusters: "major clusters",
  withinRegion: "within-region dispersion",
  betweenRegion: "between-region dispersion",
  meanTrust: "mean trust",
  meetings: "meetings",
  withheld: "withheld topics"
};

/**
 * A readable axis or panel label for a metric name: `dispersion` → "dispersion (mean SD across
 * dimensions)", `mean.control` → "mean position on control"; unknown names are returned unchanged.
 */
export function metricLabel(metric: string): string {
  const known = labels[metric];
  if (known !== undefined) return known;
  if (metric.startsWith("mean.")) return `mean position on ${metric.slice(5)}`;
  if (metric.startsWith("sd.")) return `SD of positions on ${metric.slice(3)}`;
  return metric;
}

/** A group's legend label: `region:andes` → "andes", `process:rcm` → "rcm", `all` → "all". */
export function groupLabel(group: string): string {
  const colon = group.indexOf(":");
  return colon < 0 ? group : group.slice(colon + 1);
}
