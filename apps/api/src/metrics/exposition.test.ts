import { describe, expect, it } from "vitest";
import { formatMetrics } from "./exposition.ts";

describe("formatMetrics", () => {
  it("writes counters with escaped labels, and histograms with cumulative buckets, +Inf, sum and count", () => {
    const text = formatMetrics([
      { name: "c_total", help: "A counter.", type: "counter", samples: [{ labels: { kind: 'say "hi"\\' }, value: 3 }] },
      { name: "h_seconds", help: "A histogram.", type: "histogram", histograms: [{ labels: { kind: "x" }, bounds: [0.1, 1], buckets: [2, 1], sum: 1.5, count: 4 }] },
      { name: "g", help: "A gauge.", type: "gauge", samples: [{ labels: {}, value: 7 }] },
    ]);
    expect(text).toBe(
      [
        "# HELP c_total A counter.",
        "# TYPE c_total counter",
        'c_total{kind="say \\"hi\\"\\\\"} 3',
        "# HELP h_seconds A histogram.",
        "# TYPE h_seconds histogram",
        'h_seconds_bucket{kind="x",le="0.1"} 2',
        'h_seconds_bucket{kind="x",le="1"} 3',
        'h_seconds_bucket{kind="x",le="+Inf"} 4',
        'h_seconds_sum{kind="x"} 1.5',
        'h_seconds_count{kind="x"} 4',
        "# HELP g A gauge.",
        "# TYPE g gauge",
        "g 7",
        "",
      ].join("\n"),
    );
  });
});
