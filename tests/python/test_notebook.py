"""examples/essay.ipynb runs from top to bottom in a fresh kernel with the built module (nbclient
raises CellExecutionError on the first cell that fails), and shows its table and its plot."""
import nbformat
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOK = ROOT / "examples" / "essay.ipynb"


def test_the_notebook_runs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # The kernel inherits this process's environment: PYTHONPATH at the built module.
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o.data for o in outputs if o.output_type in ("execute_result", "display_data")]
    assert any("restore_trust" in data.get("text/html", "") for data in shown)  # the table
    assert any("image/png" in data for data in shown)  # the plot
