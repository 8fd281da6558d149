"""numpy views the library's buffers: large results are handed over, not copied."""
import gc
import tracemalloc

import numpy as np
import pytest
import umbrella


@pytest.fixture(scope="module")
def simulation(baseline):
    return umbrella.Simulation(baseline, seed=1, replicates=2000, threads=2)


def test_records_are_the_buffer_the_library_wrote(simulation):
    tracemalloc.start()
    try:
        records = simulation.run_replicates()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert records.nbytes > 10_000_000
    # numpy reports the memory it allocates to tracemalloc: a copy of the records would show.
    assert peak < records.nbytes / 100
    assert not records.flags.owndata
    assert type(records.base).__name__ == "PyCapsule"
    assert records.flags.c_contiguous and records.flags.writeable


def owner(array):
    """The object at the end of an array's chain of bases."""
    while isinstance(array, np.ndarray):
        array = array.base
    return array


def test_the_records_outlive_the_simulation(baseline):
    simulation = umbrella.Simulation(baseline, seed=1, replicates=30)
    records = simulation.run_replicates()
    del simulation
    gc.collect()
    churn = [np.full(len(records.ravel()), 7.0) for _ in range(20)]
    again = umbrella.Simulation(baseline, seed=1, replicates=30).run_replicates()
    assert np.array_equal(records, again)
    assert churn


def test_replicate_tables_view_one_record(simulation):
    as_dict = simulation.run_replicate(5, as_frame=False)
    columns = [as_dict[c] for c in simulation.columns]
    record = columns[0].base
    assert type(owner(record)).__name__ == "PyCapsule"
    assert all(np.shares_memory(column, record) for column in columns)
    # The years are one read-only array shared by every table of the simulation.
    assert as_dict["year"] is simulation.years and not as_dict["year"].flags.writeable
    another = simulation.run_replicate(5, as_frame=False)
    assert not np.shares_memory(columns[0], another[simulation.columns[0]])


def test_a_dataframe_keeps_the_record_without_copying(simulation):
    pandas = pytest.importorskip("pandas")
    frame = simulation.run_replicate(5)
    assert isinstance(frame, pandas.DataFrame)
    values = frame.to_numpy()
    assert type(owner(values)).__name__ == "PyCapsule"
    assert np.shares_memory(values, frame["credibility", "JPN"].to_numpy())


def test_summary_arrays_are_read_only_views_of_the_summary(baseline):
    summary = umbrella.Simulation(baseline, seed=1, replicates=100).run()
    first = summary.series("credibility", "KOR")["mean"]
    second = summary.series("credibility", "KOR")["mean"]
    assert np.shares_memory(first, second)
    assert first.base is summary
    assert not first.flags.writeable
    with pytest.raises(ValueError):
        first[0] = 1.0
    assert summary.years.base is summary
