"""The type stubs (umbrella.pyi, next to the module) name exactly what the module exports, and
every public function, class and method has a docstring for help()."""
import ast
import inspect
from pathlib import Path

import pytest
import umbrella
from conftest import ROOT

STUB = Path(umbrella.__file__).with_name("umbrella.pyi")


def stub_tree():
    return ast.parse(STUB.read_text())


def public(names):
    return {n for n in names if not n.startswith("_")}


def stub_classes():
    return {node.name: node for node in stub_tree().body if isinstance(node, ast.ClassDef)}


def test_the_stub_is_installed_next_to_the_module():
    assert STUB.is_file()


def test_the_stub_lists_every_public_function_and_class():
    declared = {node.name for node in stub_tree().body
                if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
    exported = public(name for name, value in vars(umbrella).items() if callable(value))
    assert declared == exported


@pytest.mark.parametrize("name", sorted(stub_classes()))
def test_the_stub_lists_every_member_of_each_class(name):
    node = stub_classes()[name]
    declared = public(item.name for item in node.body if isinstance(item, ast.FunctionDef))
    exported = public(vars(getattr(umbrella, name)))
    assert declared == exported


def test_the_stub_names_the_error_attributes():
    attributes = {item.target.id for item in stub_classes()["InputError"].body
                  if isinstance(item, ast.AnnAssign)}
    with pytest.raises(umbrella.InputError) as error:
        umbrella.load_scenario(ROOT / "tests" / "scenario" / "malformed" / "bad_date.yaml")
    assert all(hasattr(error.value, a) for a in attributes)
    assert attributes == {"file", "line", "column", "field", "message"}


def documented(value):
    """pybind11 starts a function's docstring with its signature: the text must go beyond it."""
    doc = inspect.getdoc(value) or ""
    if inspect.isroutine(value):
        doc = "\n".join(line for line in doc.splitlines() if "(" not in line.split(" ")[0])
    return bool(doc.strip())


def test_every_public_function_class_and_method_has_a_docstring():
    assert umbrella.__doc__ and umbrella.__version__
    missing = []
    for name, value in vars(umbrella).items():
        if name.startswith("_") or not callable(value):
            continue
        if not documented(value):
            missing.append(name)
        if inspect.isclass(value):
            for member, attr in vars(value).items():
                if not member.startswith("_") and inspect.isroutine(attr) and not documented(attr):
                    missing.append(f"{name}.{member}")
    assert missing == []
