"""The shape of ntk_core (ARCHITECTURE.md): no import cycles between its modules or between
its subpackages, no Streamlit anywhere in it, no module over ~400 lines without a reason
at its top, and the public API re-exported from the package roots.

Imports are read from the source (``ast``), including those inside functions, so a cycle
hidden behind a lazy import is found too.
"""
import ast
import importlib
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
PKG = ROOT / "ntk_core"
MAX_LINES = 400
# ARCHITECTURE.md's layers of subpackages (a package imports only lower layers).
LAYERS = {"networks": 0, "finite": 0, "infinite": 1, "sphere": 2, "dynamics": 2, "features": 3,
          "sequences": 3, "app": 4}


def _module_name(path: pathlib.Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, pathlib.Path]:
    return {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _is_package(name: str, mods) -> bool:
    return mods[name].name == "__init__.py"


def _imports(name: str, path: pathlib.Path, mods) -> set[str]:
    """ntk_core modules that ``name`` imports (absolute or relative, at any depth)."""
    package = name if _is_package(name, mods) else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [(a.name, None) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            targets = [(mod, a.name) for a in node.names]
        else:
            continue
        for mod, member in targets:
            if member and f"{mod}.{member}" in mods:
                out.add(f"{mod}.{member}")         # "from . import x": the submodule x
            elif mod in mods:
                out.add(mod)
    out.discard(name)
    return out


def _graph():
    mods = _modules()
    return {m: _imports(m, p, mods) for m, p in mods.items()}, mods


def _find_cycle(graph: dict[str, set[str]]):
    """A cycle as a list of nodes, or None (iterative DFS with colours)."""
    colour = {n: 0 for n in graph}
    for start in graph:
        if colour[start]:
            continue
        stack = [(start, iter(sorted(graph[start])))]
        path = [start]
        colour[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                colour[node] = 2
                stack.pop()
                path.pop()
            elif colour.get(nxt, 2) == 1:
                return path[path.index(nxt):] + [nxt]
            elif colour.get(nxt) == 0:
                colour[nxt] = 1
                stack.append((nxt, iter(sorted(graph[nxt]))))
                path.append(nxt)
    return None


def _subpackage(mod: str) -> str | None:
    parts = mod.split(".")
    return parts[1] if len(parts) > 1 else None


def test_no_module_import_cycle():
    graph, mods = _graph()
    # A package's __init__ importing its own submodules is how re-exports work; an edge
    # back from a submodule to its package's __init__ would close a real cycle and stays.
    pruned = {m: {t for t in ts if not (_is_package(m, mods) and t.startswith(m + "."))}
              for m, ts in graph.items()}
    cycle = _find_cycle(pruned)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_subpackages_depend_one_way():
    graph, _ = _graph()
    deps: dict[str, set[str]] = {}
    for m, targets in graph.items():
        a = _subpackage(m)
        if a is None:
            continue
        deps.setdefault(a, set())
        for t in targets:
            b = _subpackage(t)
            if b is not None and b != a:
                deps[a].add(b)
    cycle = _find_cycle(deps)
    assert cycle is None, "subpackages import each other: " + " -> ".join(cycle)
    # The layers drawn in ARCHITECTURE.md: a subpackage imports only lower layers.
    for pkg, targets in deps.items():
        assert pkg in LAYERS, f"ntk_core/{pkg}/ is not in ARCHITECTURE.md's layers"
        for t in targets:
            assert LAYERS[t] < LAYERS[pkg], (f"ntk_core/{pkg}/ (layer {LAYERS[pkg]}) imports "
                                             f"ntk_core/{t}/ (layer {LAYERS[t]})")


def test_detector_finds_a_cycle():
    """The checker itself: a planted cycle is reported, a DAG is not."""
    assert _find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_streamlit_in_ntk_core():
    offenders = []
    for p in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
                offenders.append(str(p.relative_to(ROOT)))
    assert not offenders, f"ntk_core must not import streamlit: {offenders}"


def test_long_modules_say_why():
    for p in PKG.rglob("*.py"):
        text = p.read_text()
        if text.count("\n") > MAX_LINES:
            doc = ast.get_docstring(ast.parse(text)) or ""
            assert "400 lines" in doc, (f"{p.relative_to(ROOT)} has {text.count(chr(10))} lines "
                                        "and no reason at its top for being over 400")


def test_every_subpackage_has_a_docstring_and_is_in_architecture_md():
    arch = (ROOT / "ARCHITECTURE.md").read_text()
    for init in PKG.glob("*/__init__.py"):
        name = init.parent.name
        assert ast.get_docstring(ast.parse(init.read_text())), f"ntk_core/{name} has no docstring"
        assert f"ntk_core/{name}/" in arch, f"ARCHITECTURE.md does not describe ntk_core/{name}/"


@pytest.mark.parametrize("package", ["ntk_core", "ntk_core.networks", "ntk_core.finite",
                                     "ntk_core.infinite", "ntk_core.sphere",
                                     "ntk_core.dynamics"])
def test_public_api_reexported(package):
    mod = importlib.import_module(package)
    assert mod.__all__, package
    for name in mod.__all__:
        assert hasattr(mod, name), f"{package}.__all__ names {name} but it is not there"


def test_top_level_names():
    from ntk_core import MLPSpec, analytic_kernels, compute_ntk, empirical_ntk  # noqa: F401
