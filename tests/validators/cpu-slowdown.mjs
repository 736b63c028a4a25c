// Lighthouse's mobile preset slows the CPU four times, which emulates its reference phone on a host
// as fast as a current desktop (a BenchmarkIndex of about 1,500). On a slower host, such as a shared
// two-core build machine, the same 4× emulates a much slower phone, and the performance score then
// measures the host more than the page. Lighthouse's throttling guide answers this by calibrating
// the multiplier to the host's BenchmarkIndex; these are the points of its calculator, with a straight
// line between them. A faster host keeps the preset's 4×: the bar is never lowered below the preset.
const CALIBRATION = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [1533, 4],
];

/** The CPU slowdown that emulates Lighthouse's reference phone on a host of this BenchmarkIndex. */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex)) throw new Error(`no BenchmarkIndex to calibrate from (got ${benchmarkIndex})`);
  const [first] = CALIBRATION;
  const last = CALIBRATION[CALIBRATION.length - 1];
  if (benchmarkIndex <= first[0]) return first[1];
  if (benchmarkIndex >= last[0]) return last[1];
  const upper = CALIBRATION.findIndex(([index]) => index >= benchmarkIndex);
  const [lowIndex, lowSlowdown] = CALIBRATION[upper - 1];
  const [highIndex, highSlowdown] = CALIBRATION[upper];
  return lowSlowdown + ((benchmarkIndex - lowIndex) / (highIndex - lowIndex)) * (highSlowdown - lowSlowdown);
}
