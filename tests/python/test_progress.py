"""Long calls release the GIL; their progress callback takes it back, and an exception it raises
(KeyboardInterrupt included) or Ctrl-C stops the run cleanly."""
import os
import signal
import sys
import threading

import numpy as np
import pytest
import umbrella


@pytest.fixture(scope="module")
def simulation(baseline):
    return umbrella.Simulation(baseline, seed=4, replicates=3000, threads=2)


def test_progress_counts_up_to_the_total(simulation):
    calls = []
    simulation.run_replicates(progress=lambda done, total: calls.append((done, total)))
    assert calls and len(calls) <= 1001
    assert all(total == 3000 for _, total in calls)
    assert max(done for done, _ in calls) == 3000
    assert all(done % 3 == 0 for done, _ in calls)  # every thousandth of the work


def test_an_exception_in_the_callback_stops_the_run_and_is_raised(simulation):
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) == 10:
            raise ValueError("stop here")

    with pytest.raises(ValueError, match="stop here"):
        simulation.run(progress=progress)
    assert len(calls) == 10  # no callback after the one that raised
    # The simulation is unharmed.
    assert simulation.run_replicates().shape[0] == 3000


@pytest.mark.parametrize("threads", [1, 2])
def test_keyboard_interrupt_in_the_callback_stops_the_run(baseline, threads):
    simulation = umbrella.Simulation(baseline, seed=4, replicates=3000, threads=threads)
    calls = []

    def progress(done, total):
        calls.append(done)
        if done >= total // 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        simulation.run_replicates(progress=progress)
    assert max(calls) < 3000


def test_ctrl_c_stops_the_run(simulation):
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) == 5:
            os.kill(os.getpid(), signal.SIGINT)

    with pytest.raises(KeyboardInterrupt):
        simulation.run_replicates(progress=progress)
    assert max(calls) < 3000


def test_ctrl_c_stops_a_run_without_a_callback(baseline):
    simulation = umbrella.Simulation(baseline, seed=4, replicates=150_000, threads=1)
    timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            simulation.run()
    finally:
        timer.cancel()


def test_other_python_threads_run_while_the_library_works(simulation):
    """With a long switch interval the running thread never gives up the GIL of its own accord:
    the main thread can only run between two callbacks if the library released the GIL."""
    first_call = threading.Event()
    finished = threading.Event()
    ran_meanwhile = []
    result = []

    def work():
        result.append(simulation.run_replicates(progress=lambda done, total: first_call.set()))
        finished.set()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    try:
        worker = threading.Thread(target=work)
        worker.start()
        assert first_call.wait(60)
        ran_meanwhile.append(not finished.is_set())
        worker.join(120)
    finally:
        sys.setswitchinterval(interval)
    assert ran_meanwhile == [True]
    assert result[0].shape == (3000, len(simulation.years), len(simulation.columns))


def test_two_threads_run_two_simulations_at_once(baseline):
    simulation = umbrella.Simulation(baseline, seed=4, replicates=200)
    results = [None, None]

    def work(i):
        results[i] = simulation.run_replicates()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert np.array_equal(results[0], results[1])

