// Another process's resources, from Linux's /proc: resident memory (VmRSS now and VmHWM, the
// kernel's own peak, which cannot miss a spike between samples) and CPU time.
import { readFileSync } from "node:fs";

export type MemoryReading = { rssMb: number; peakRssMb: number };

export function readProcessMemory(pid: number): MemoryReading | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null; // not Linux, or the process is gone
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kib("VmRSS") / 1024, peakRssMb: kib("VmHWM") / 1024 };
}

/** Samples every `intervalMs` and remembers the highest reading, for platforms or moments VmHWM misses. */
export function watchProcessMemory(pid: number, intervalMs = 100) {
  let peakMb = 0;
  let last: MemoryReading | null = null;
  const sample = () => {
    const reading = readProcessMemory(pid);
    if (!reading) return;
    last = reading;
    peakMb = Math.max(peakMb, reading.rssMb, Number.isFinite(reading.peakRssMb) ? reading.peakRssMb : 0);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    /** The peak so far (takes a fresh sample first). */
    peakMb(): number {
      sample();
      return peakMb;
    },
    currentMb(): number {
      sample();
      return last?.rssMb ?? Number.NaN;
    },
    stop: () => clearInterval(timer),
  };
}

/** User + system CPU time of all the process's threads, in ms; NaN when unavailable. */
/** NaN when the process cannot be read (not Linux, gone, or on another machine: `pid` null). */
export function readProcessCpuMs(pid: number | null): number {
  if (pid === null) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start at ") "; utime and stime are
    // fields 14 and 15, in clock ticks of 1/100 s (USER_HZ, fixed at 100 in Linux's ABI).
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
