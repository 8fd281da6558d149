"""Simulation.long_table gives run_replicates()'s records in long form, row for row."""
import numpy as np
import pytest
import umbrella


@pytest.fixture(scope="module")
def simulation(baseline):
    return umbrella.Simulation(baseline, seed=4, replicates=3, to_year=2030)


def test_rows_are_the_records(simulation):
    records = simulation.run_replicates()
    table = simulation.long_table(records)
    replicates, years, outcomes = records.shape
    assert list(table.columns) == ["replicate", "year", "outcome", "subject", "value"]
    assert len(table) == records.size
    for replicate, year, (outcome, subject) in [(0, 2025, simulation.columns[0]),
                                                (2, 2030, ("credibility", "KOR"))]:
        row = table[(table.replicate == replicate) & (table.year == year)
                    & (table.outcome == outcome) & (table.subject == subject)]
        column = simulation.outcome_index(outcome, subject)
        assert row["value"].tolist() == [records[replicate, year - 2025, column]]


def test_without_records_it_runs_them(simulation):
    plain = simulation.long_table(as_frame=False)
    assert np.array_equal(plain["value"], simulation.run_replicates().reshape(-1))
    records = simulation.run_replicates()
    assert np.shares_memory(simulation.long_table(records, as_frame=False)["value"], records)
    with pytest.raises(ValueError, match=r"records: expected run_replicates\(\)'s shape"):
        simulation.long_table(np.zeros(3))


def test_no_object_prints_its_address(baseline, simulation):
    crisis = simulation.solve_crisis("CHN-TWN", 2027)
    objects = [baseline.assumptions[0].views[0], crisis.setting, crisis.equilibrium,
               crisis.equilibrium.outcome, umbrella.solve_game(crisis.game(types=2), "lcp")]
    for value in objects:
        assert " at 0x" not in repr(value), repr(value)
        assert repr(value).startswith("<umbrella." + type(value).__name__)
