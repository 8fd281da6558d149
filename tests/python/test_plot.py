"""Summary.plot draws the mean and the 90% band of the summary itself, with labels and a legend."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
import umbrella  # noqa: E402


@pytest.fixture(scope="module")
def summary(baseline):
    return umbrella.Simulation(baseline, seed=3, replicates=30, to_year=2033).run()


def band_of(collection):
    """The lower and upper edges of a fill_between polygon, by x."""
    vertices = collection.get_paths()[0].vertices
    return vertices


def test_one_subject(summary):
    figure, ax = plt.subplots()
    assert summary.plot("credibility", "JPN", ax=ax) is ax
    series = summary.series("credibility", "JPN")
    (line,) = ax.lines
    assert np.array_equal(line.get_xdata(), summary.years)
    assert np.array_equal(line.get_ydata(), series["mean"])
    (band,) = ax.collections
    vertices = band_of(band)
    years = len(summary.years)
    # fill_between's polygon: the lower edge left to right, then the upper edge back.
    lower = vertices[1:years + 1]
    upper = vertices[years + 2:2 * years + 2][::-1]
    assert np.array_equal(lower[:, 0], summary.years)
    assert np.allclose(lower[:, 1], series["p05"])
    assert np.allclose(upper[:, 1], series["p95"])
    assert ax.get_xlabel() == "year" and ax.get_ylabel() == "credibility"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["JPN", "JPN 90% band"]
    assert "mean and 90% band over 30 replicates" in ax.get_title()
    plt.close(figure)


def test_every_subject_on_the_current_axes(summary):
    figure = plt.figure()
    ax = summary.plot("credibility")
    assert ax is plt.gca()
    subjects = [s for o, s in summary.columns if o == "credibility"]
    assert [line.get_label() for line in ax.lines] == subjects
    for line, subject in zip(ax.lines, subjects):
        assert np.array_equal(line.get_ydata(), summary.series("credibility", subject)["mean"])
    assert len(ax.collections) == len(subjects)
    plt.close(figure)


def test_unknown_outcomes_raise(summary):
    with pytest.raises(KeyError):
        summary.plot("nonsense")
    with pytest.raises(KeyError):
        summary.plot("credibility", "XYZ")
