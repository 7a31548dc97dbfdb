"""Imports point one way: no cycle among jzfacts' modules, and the engine never imports
the renderers or the CLI.

Read from the source with ``ast``, so imports inside functions count (most imports here
are lazy, for start-up time, and a lazy cycle is still a cycle: each module then needs
the other half-built). Imports under ``if TYPE_CHECKING:`` do not run and do not count.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

SRC = ROOT / "src"
PACKAGE = "jzfacts"

Graph = dict[str, set[str]]


def module_files(src: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package (subpackages too)."""
    out: dict[str, Path] = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _runtime_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """Every node, skipping the bodies of `if TYPE_CHECKING:` (and typing.TYPE_CHECKING)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield other
                yield from _runtime_nodes(other)
            continue
        yield child
        yield from _runtime_nodes(child)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _longest_known(name: str, known: set[str]) -> str | None:
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


@functools.cache
def _parsed(text: str, filename: str) -> ast.Module:
    """A source's tree, parsed once a run (keyed by the text itself): the tests below read
    the package's 1.3 MB of source three and four times over. Trees are only read."""
    return ast.parse(text, filename=filename)


def source_tree(path: Path) -> ast.Module:
    return _parsed(path.read_text(encoding="utf-8"), str(path))


@functools.cache
def _import_nodes(tree: ast.Module) -> tuple[ast.Import | ast.ImportFrom, ...]:
    return tuple(n for n in _runtime_nodes(tree) if isinstance(n, ast.Import | ast.ImportFrom))


def runtime_imports(path: Path) -> tuple[ast.Import | ast.ImportFrom, ...]:
    """The import statements of a file that run (see _runtime_nodes), in order."""
    return _import_nodes(source_tree(path))


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports, wherever in the file it does."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str | None] = set()
    for node in runtime_imports(path):
        if isinstance(node, ast.Import):
            found.update(_longest_known(alias.name, known) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from . import x, from ..y import z
                base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else _longest_known(base, known))
    return {m for m in found if m is not None and m != name}


def import_graph(src: Path, package: str) -> Graph:
    files = module_files(src, package)
    known = set(files)
    return {name: imports_of(name, path, known) for name, path in files.items()}


def cycles(graph: Graph) -> list[list[str]]:
    """Each strongly connected group of two or more modules (Tarjan), as one cycle
    through it: [a, b, ..., a]."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_one_cycle(graph, group) for group in groups]


def _one_cycle(graph: Graph, group: set[str]) -> list[str]:
    """A shortest walk from the group's first module back to itself, inside the group."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & group):
                if target == start:
                    return [*paths[node], start]
                if target not in paths:
                    paths[target] = [*paths[node], target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"no cycle through {start} in {sorted(group)}")


# --- the package ---------------------------------------------------------------------------


def test_no_import_cycle_among_the_modules() -> None:
    graph = import_graph(SRC, PACKAGE)
    assert len(graph) > 15, sorted(graph)
    found = [" -> ".join(cycle) for cycle in cycles(graph)]
    assert found == [], "import cycles (imports inside functions count):\n" + "\n".join(found)


# The engine answers and raises domain errors; turning results into text is the
# renderers' job (render, render_rich, render_ask), parsing arguments the CLI's, and the
# other front ends (the SQLite export, the MCP server) write the renderers' records. So
# no engine module imports a renderer, a front end, typer or rich.
PRESENTATION = {
    f"{PACKAGE}.cli",
    f"{PACKAGE}.__main__",
    f"{PACKAGE}.render",
    f"{PACKAGE}.render_rich",
    f"{PACKAGE}.render_ask",
    f"{PACKAGE}.export",
    f"{PACKAGE}.mcpserver",
}
OUTSIDE = ("typer", "rich")

# Known exceptions, each with its owner; remove the entry when the import goes.
ALLOWED_LAYER_IMPORTS: dict[tuple[str, str], str] = {}


def _outside_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in runtime_imports(path):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names & set(OUTSIDE)


def test_the_engine_imports_no_renderer_and_no_cli() -> None:
    files = module_files(SRC, PACKAGE)
    graph = import_graph(SRC, PACKAGE)
    engine = sorted(set(files) - PRESENTATION - {PACKAGE})
    wrong = [
        (module, target)
        for module in engine
        for target in sorted(graph[module] & PRESENTATION)
        if (module, target) not in ALLOWED_LAYER_IMPORTS
    ]
    wrong += [(m, t) for m in engine for t in sorted(_outside_imports(files[m]))]
    assert wrong == [], f"engine modules importing presentation: {wrong}"
    # Nothing but the entry point imports the CLI.
    assert [m for m, targets in graph.items() if f"{PACKAGE}.cli" in targets] == [
        f"{PACKAGE}.__main__"
    ]


def test_each_allowed_layer_import_still_exists() -> None:
    """An allow-list entry whose import is gone must go too."""
    graph = import_graph(SRC, PACKAGE)
    stale = [pair for pair in ALLOWED_LAYER_IMPORTS if pair[1] not in graph.get(pair[0], set())]
    assert stale == [], f"remove from ALLOWED_LAYER_IMPORTS: {stale}"


# --- the checker itself ----------------------------------------------------------------------


def _package(tmp_path: Path, modules: dict[str, str]) -> Path:
    for name, text in modules.items():
        path = tmp_path / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("modules", "expected"),
    [
        (  # a lazy import inside a function closes the cycle
            {
                "__init__.py": "",
                "a.py": "from pkg import b\n",
                "b.py": "def f():\n    from pkg.a import thing\n",
            },
            [["pkg.a", "pkg.b", "pkg.a"]],
        ),
        (  # relative imports, through a subpackage
            {
                "__init__.py": "",
                "a.py": "from .sub import c\n",
                "sub/__init__.py": "",
                "sub/c.py": "def f():\n    from .. import a\n",
            },
            [["pkg.a", "pkg.sub.c", "pkg.a"]],
        ),
        (  # TYPE_CHECKING imports do not run, so they close no cycle
            {
                "__init__.py": "",
                "a.py": "from pkg import b\n",
                "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n",
            },
            [],
        ),
    ],
    ids=["lazy", "relative", "type-checking"],
)
def test_the_checker_finds_cycles(
    tmp_path: Path, modules: dict[str, str], expected: list[list[str]]
) -> None:
    assert cycles(import_graph(_package(tmp_path, modules), "pkg")) == expected


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern defined twice is silently replaced by the later one (ruff and mypy do not
    see a rebound constant): each module-level name is assigned once (review)."""
    twice: list[str] = []
    for path in sorted((ROOT / "src" / "jzfacts").rglob("*.py")):
        seen: set[str] = set()
        for node in source_tree(path).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign) and node.value is not None:
                targets = [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        twice.append(f"{path.name}: {target.id}")
                    seen.add(target.id)
    assert twice == []
