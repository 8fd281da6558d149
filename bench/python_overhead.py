"""Time per replicate through the Python module, to set against the C++ call (engine_bench's
BM_BaselineReplicate, same scenario): the difference is the module's overhead. Times are CPU
time of this process (time.process_time), comparable with Google Benchmark's CPU column on a
shared machine. Not a test; the figures and the machine go into docs/performance.md.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_overhead.py [REPEATS]

The second block simulates one year only (engine_bench's BM_BaselineReplicateOneYear): the
tables are as wide (every outcome) and the simulation nearly free, so the difference is the
overhead alone.
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
    """The median, min and max over REPEATS of the CPU time of one call, in microseconds."""
    times = []
    for _ in range(REPEATS):
        start = time.process_time()
        for r in range(CALLS):
            call(r)
        times.append((time.process_time() - start) / CALLS * 1e6)
    return statistics.median(times), min(times), max(times)


def report(label, times):
    median, low, high = times
    print(f"  {label:<52} {median:8.1f} us  ({low:.1f}-{high:.1f})")


def main():
    scenario = umbrella.load_scenario(ROOT / "scenarios" / "baseline-2025.yaml")
    print(f"median (min-max) CPU time per replicate, {REPEATS} timings of {CALLS} replicates")
    for title, to_year in [("2025-2045, as BM_BaselineReplicate", None),
                           ("2025 only: the overhead", scenario.start_year)]:
        one = umbrella.Simulation(scenario, replicates=1, to_year=to_year)
        batch = umbrella.Simulation(scenario, replicates=CALLS, to_year=to_year)
        one.run_replicate(0)  # imports pandas and builds the column labels once
        print(f"{title}: {len(one.columns)} outcomes x {len(one.years)} years")
        report("run_replicate(r, as_frame=False): dict of views",
               per_call_us(lambda r: one.run_replicate(r, as_frame=False)))
        report("run_replicate(r): pandas DataFrame", per_call_us(lambda r: one.run_replicate(r)))
        report("run_replicates(), 1 thread, per replicate",
               per_call_us(lambda r: batch.run_replicates() if r == 0 else None))


if __name__ == "__main__":
    main()
