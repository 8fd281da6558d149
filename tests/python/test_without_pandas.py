"""Without pandas the module returns dicts of numpy arrays. pandas is hidden in a child
interpreter, as if it were not installed."""
import subprocess
import sys
import textwrap

from conftest import BASELINE

CHILD = textwrap.dedent(f"""
    import sys
    sys.modules["pandas"] = None  # import pandas now raises ImportError
    import numpy as np
    import umbrella

    simulation = umbrella.Simulation(umbrella.load_scenario({str(BASELINE)!r}), replicates=30)
    table = simulation.run_replicate(2)
    assert type(table) is dict, type(table)
    assert list(table["year"]) == list(simulation.years)
    assert set(table) == {{"year", *simulation.columns}}
    assert table["p_pursuit", "KOR"].shape == (len(simulation.years),)
    means = simulation.run().table("mean")
    assert type(means) is dict and ("credibility", "JPN") in means
    try:
        simulation.run_replicate(2, as_frame=True)
    except ImportError as error:
        assert "pandas" in str(error)
    else:
        raise AssertionError("as_frame=True without pandas did not raise")
    print("ok")
""")


def test_tables_are_dicts_of_arrays_without_pandas():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n"


def test_pandas_is_there_for_the_other_tests():
    import pandas  # noqa: F401  (python3-pandas is a bootstrap package)
