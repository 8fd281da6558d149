"""Experiments run by the module write the command line's store and exports byte for byte, read
back and compare as `umbrella compare` does, and resume after an interruption."""
import json

import numpy as np
import pytest
import umbrella
from conftest import BASELINE, run_cli

# A resumed store holds the same rows as an uninterrupted one, but not in the same pages.
EXPORTS = ["runs.csv", "design.csv", "baseline/summary.json", "trust/summary.json"]


@pytest.fixture(scope="module")
def experiment_file(tmp_path_factory):
    file = tmp_path_factory.mktemp("experiment") / "small.yaml"
    file.write_text(f"""\
scenario: {BASELINE}
uncertainties:
  parameters:
    credibility.memory: {{range: [0.8, 1.0]}}
    patron.neglect_rate: {{range: [0, 10]}}
levers: [restore_trust]
policies:
  trust: {{restore_trust: 1}}
outcomes:
  cred_KOR_2035: {{series: credibility KOR, reduce: value, year: 2035}}
  jpn_hedges: {{series: p_hedging JPN, reduce: first_year, when: ">= 1"}}
  armed_peak: {{series: nuclear_armed_states world, reduce: max}}
sampler: lhs
samples: 40
replicates: 10
seed: 5
years: {{from: 2025, to: 2035}}
""")
    return file


@pytest.fixture(scope="module")
def cli_run(experiment_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    run_cli("experiment", experiment_file, "--out", out, "--chunk-runs", "100", "--quiet")
    return out


def same_files(a, b):
    return {name: (a / name).read_bytes() == (b / name).read_bytes() for name in EXPORTS}


def test_an_experiment_writes_the_command_lines_files(experiment_file, cli_run, tmp_path):
    calls = []
    run = umbrella.run_experiment(str(experiment_file), tmp_path / "out", threads=2, chunk_runs=100,
                                  progress=lambda done, total: calls.append((done, total)))
    assert same_files(cli_run, tmp_path / "out") == {name: True for name in EXPORTS}
    store = "results.sqlite"
    assert (cli_run / store).read_bytes() == (tmp_path / "out" / store).read_bytes()
    assert (run.resumed, run.runs, run.runs_now, run.chunks) == (False, 800, 800, 8)
    assert str(tmp_path / "out" / "runs.csv") in run.written
    assert max(done for done, _ in calls) == 800


def test_a_loaded_experiment_describes_itself(experiment_file):
    experiment = umbrella.load_experiment(experiment_file)
    assert experiment.policies == {"baseline": {}, "trust": {"restore_trust": 1.0}}
    assert list(experiment.outcomes) == ["cred_KOR_2035", "jpn_hedges", "armed_peak"]
    assert (experiment.sampler, experiment.samples, experiment.replicates) == ("lhs", 40, 10)


def test_a_store_reads_back_with_its_runs_and_design(cli_run):
    results = umbrella.open_results(cli_run)
    assert results.finished and results.committed_chunks == results.chunks
    assert results.policies == ["baseline", "trust"]
    assert [o.name for o in results.outcomes] == ["cred_KOR_2035", "jpn_hedges", "armed_peak"]
    assert results.outcomes[1].reduction == "first_year"
    assert results.uncertainties == ["credibility.memory", "patron.neglect_rate"]
    runs = results.runs("trust", as_frame=False)
    assert len(runs["sample"]) == 400
    assert list(runs["sample"][:11]) == [0] * 10 + [1]
    assert list(runs["replicate"][:11]) == list(range(10)) + [0]
    csv = [line.split(",") for line in (cli_run / "runs.csv").read_text().splitlines()]
    header, rows = csv[0], [row for row in csv[1:] if row[0] == "trust"]
    for name in ("cred_KOR_2035", "armed_peak"):
        column = header.index(name)
        assert np.array_equal(runs[name], [float(row[column]) for row in rows])
    design = results.design(as_frame=False)
    assert len(design["credibility.memory"]) == 40
    assert ((0.8 <= design["credibility.memory"]) & (design["credibility.memory"] <= 1.0)).all()


def test_runs_come_as_a_dataframe_over_the_read_values(cli_run):
    pytest.importorskip("pandas")
    frame = umbrella.open_results(cli_run).runs("baseline")
    assert list(frame.index.names) == ["sample", "replicate"]
    assert list(frame.columns) == ["cred_KOR_2035", "jpn_hedges", "armed_peak"]
    assert np.shares_memory(frame.to_numpy(), frame["armed_peak"].to_numpy())


def test_the_comparison_is_the_command_lines(cli_run):
    comparison = umbrella.open_results(cli_run).compare()
    assert comparison.to_json() + "\n" == run_cli("compare", cli_run, "--json").stdout
    assert comparison.table() == run_cli("compare", cli_run).stdout
    trust = comparison.get("trust", "cred_KOR_2035")
    assert trust.difference > 0 and trust.low > 0 and trust.pairs == 400
    assert comparison.policies == ["trust"]  # no rows of the baseline against itself
    assert repr(comparison) == f"<umbrella.Comparison {comparison.experiment}: trust against baseline, 400 pairs>"
    assert repr(trust) == (f"<umbrella.PairedDifference cred_KOR_2035: {trust.difference:+.4f} "
                           f"[{trust.low:+.4f}, {trust.high:+.4f}] over 400 pairs>")
    assert comparison._repr_html_().startswith("<pre>") and "cred_KOR_2035" in comparison._repr_html_()
    as_json = json.loads(comparison.to_json())
    by_trust = umbrella.open_results(cli_run).compare("trust")
    assert by_trust.baseline == "trust" and as_json["baseline"] == "baseline"
    rows = comparison.differences(as_frame=False)
    # Four rows a policy: a first_year outcome gives its share and its year.
    assert rows["policy"] == ["trust"] * 4
    assert rows["measure"] == ["", "share", "year", ""]
    assert rows["difference"][0] == trust.difference
    narrow = umbrella.open_results(cli_run).compare(outcomes=["cred"])
    assert narrow.table(wide=True) == run_cli("compare", cli_run, "--outcome", "cred",
                                              "--wide").stdout
    assert rows["pairs"].dtype == np.int64


def test_an_interrupted_experiment_resumes_to_the_uninterrupted_results(experiment_file, cli_run,
                                                                         tmp_path):
    out = tmp_path / "out"

    def interrupt(done, total):
        if done >= total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        umbrella.run_experiment(str(experiment_file), out, threads=2, chunk_runs=100,
                                progress=interrupt)
    assert not (out / "runs.csv").exists()
    stopped = umbrella.open_results(out)
    assert not stopped.finished and 0 < stopped.committed_chunks < stopped.chunks
    # The comparison works on what was committed.
    assert stopped.compare().pairs == stopped.committed_chunks * 50
    with pytest.raises(umbrella.UsageError, match="pass resume to continue it, or choose another out$"):
        umbrella.run_experiment(str(experiment_file), out)
    run = umbrella.run_experiment(str(experiment_file), out, resume=True)
    assert run.resumed and run.chunks_before == stopped.committed_chunks
    assert same_files(cli_run, out) == {name: True for name in EXPORTS}


def test_the_command_line_resumes_a_store_the_module_started(experiment_file, cli_run, tmp_path):
    out = tmp_path / "out"

    def interrupt(done, total):
        if done >= total // 3:
            raise RuntimeError("gone")

    with pytest.raises(RuntimeError, match="gone"):
        umbrella.run_experiment(str(experiment_file), out, chunk_runs=100, progress=interrupt)
    done = run_cli("experiment", experiment_file, "--out", out, "--resume", "--quiet")
    assert "resumed after" in done.stdout
    assert same_files(cli_run, out) == {name: True for name in EXPORTS}
