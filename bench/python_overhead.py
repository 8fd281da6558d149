"""Time per replicate through the Python module, to set against the C++ call (engine_bench's
BM_BaselineReplicate, same scenario): the difference is the module's overhead. Not a test; the
figures and the machine go into docs/performance.md.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_overhead.py [REPEATS]
"""
import statistics
import sys
import time
from pathlib import Path

import umbrella

ROOT = Path(__file__).resolve().parent.parent
CALLS = 2000  # replicates per timing
REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def per_call_us(call):
    """The median over REPEATS of the mean time of one call, in microseconds."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for r in range(CALLS):
            call(r)
        times.append((time.perf_counter() - start) / CALLS * 1e6)
    return statistics.median(times), min(times), max(times)


def main():
    scenario = umbrella.load_scenario(ROOT / "scenarios" / "baseline-2025.yaml")
    one = umbrella.Simulation(scenario, replicates=1)
    batch = umbrella.Simulation(scenario, replicates=CALLS, threads=1)
    one.run_replicate(0)  # imports pandas and builds the column labels once
    cases = [
        ("run_replicate(r, as_frame=False): dict of numpy views",
         lambda r: one.run_replicate(r, as_frame=False)),
        ("run_replicate(r): pandas DataFrame", lambda r: one.run_replicate(r)),
    ]
    print(f"{len(one.columns)} outcomes x {len(one.years)} years per replicate; "
          f"median (min-max) of {REPEATS} timings of {CALLS} calls")
    for label, call in cases:
        median, low, high = per_call_us(call)
        print(f"{label:<55} {median:8.1f} us  ({low:.1f}-{high:.1f})")
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        batch.run_replicates()
        times.append((time.perf_counter() - start) / CALLS * 1e6)
    print(f"{'run_replicates(), 1 thread, per replicate':<55} {statistics.median(times):8.1f} us"
          f"  ({min(times):.1f}-{max(times):.1f})")


if __name__ == "__main__":
    main()
