"""write_report writes the command line's report, from results the module or the command line
wrote."""
import pytest
import umbrella
from conftest import BASELINE, EVENTS, run_cli


@pytest.fixture(scope="module")
def results(baseline, tmp_path_factory):
    """A results folder written by the module: the baseline and one lever, paired."""
    folder = tmp_path_factory.mktemp("results")
    for name, levers in [("baseline", None), ("bilateral_sharing", ["bilateral_sharing"])]:
        simulation = umbrella.Simulation(baseline, seed=7, replicates=40, levers=levers)
        simulation.run().write(folder / name)
    return folder


def test_the_report_is_the_command_lines(results, tmp_path):
    umbrella.write_report(results, tmp_path / "python.html")
    run_cli("report", results, "--out", tmp_path / "cli.html")
    html = (tmp_path / "python.html").read_text()
    assert html == (tmp_path / "cli.html").read_text()
    assert '<section id="policies">' in html
    assert "<td>bilateral_sharing</td>" in html


def test_results_the_command_line_wrote_report_the_same(results, tmp_path):
    for name, levers in [("baseline", []), ("bilateral_sharing", ["--lever", "bilateral_sharing"])]:
        run_cli("run", BASELINE, "--overlay", EVENTS, "--seed", "7", "--replicates", "40", *levers,
                "--quiet", "--out", tmp_path / "cli" / name)
    umbrella.write_report(tmp_path / "cli", tmp_path / "from_cli.html", lang="ja", milestone=2030)
    umbrella.write_report(results, tmp_path / "from_python.html", lang="ja", milestone=2030)
    assert (tmp_path / "from_cli.html").read_bytes() == (tmp_path / "from_python.html").read_bytes()
    assert '<html lang="ja">' in (tmp_path / "from_cli.html").read_text()


def test_bad_report_input_writes_nothing(results, tmp_path):
    with pytest.raises(umbrella.UsageError, match="^milestone 2099: the results cover"):
        umbrella.write_report(results, tmp_path / "r.html", milestone=2099)
    with pytest.raises(umbrella.UsageError, match="^lang fr: expected en or ja$"):
        umbrella.write_report(results, tmp_path / "r.html", lang="fr")
    with pytest.raises(umbrella.InputError, match="no summary.json"):
        umbrella.write_report(tmp_path, tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists()
