// Prometheus' text exposition format (version 0.0.4): HELP and TYPE lines, then one line a sample.
// A histogram's buckets are cumulative and end with +Inf, followed by its _sum and _count.

type Labels = Record<string, string>;

export type MetricFamily = { name: string; help: string } & (
  | { type: "counter" | "gauge"; samples: { labels: Labels; value: number }[] }
  | { type: "histogram"; histograms: { labels: Labels; bounds: number[]; buckets: number[]; sum: number; count: number }[] }
);

export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export function formatMetrics(families: MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
    if (family.type !== "histogram") {
      for (const { labels, value } of family.samples) lines.push(`${family.name}${labelText(labels)} ${value}`);
      continue;
    }
    for (const { labels, bounds, buckets, sum, count } of family.histograms) {
      let cumulative = 0;
      bounds.forEach((bound, index) => {
        cumulative += buckets[index]!;
        lines.push(`${family.name}_bucket${labelText({ ...labels, le: String(bound) })} ${cumulative}`);
      });
      lines.push(`${family.name}_bucket${labelText({ ...labels, le: "+Inf" })} ${count}`);
      lines.push(`${family.name}_sum${labelText(labels)} ${sum}`, `${family.name}_count${labelText(labels)} ${count}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`);
  return pairs.length === 0 ? "" : `{${pairs.join(",")}}`;
}
