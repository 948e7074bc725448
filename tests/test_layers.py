"""The import rule of DESIGN.md ("Inside filings/"), held against the code.

`filings/` is grouped by layer; a module imports only its own layer or lower ones, top to
bottom: wiring → pages → views, admin, template tags → forms, display → tasks → services (with
registration, mail, reference and dispatch at their bottom) → models → fields, xlsx → rules,
errors, constants. Two upward edges are allowed, both lazy (inside a function) and named:
pages ⇢ views (Wagtail's routable pages) and services.dispatch ⇢ tasks (Celery's shape), and
portal.services ⇢ portal.tasks for the same reason.
Below pages, a model is imported from its module (`filings.models.filing`), never from the
package face, and no page class is imported; no private name crosses a module; and there is no
import circle. Between the apps, `portal` imports none of the others.

A module split by feature into a package (`filings/services/accounts/`, `portal/page_cache/`)
keeps its layer: its modules take the layer of the longest listed prefix. Its `__init__` is the
face callers use, re-exporting the modules' public names; a module inside imports its siblings,
never its own face, which is only half-built while that module loads.

The graph is read with `ast` from the source, so the rule holds without running anything, and
a new module must be placed in a layer before it can exist.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = ("filings", "portal", "faq", "manuals")

# Layers of filings/, top (0) to bottom. A module's layer is that of the longest prefix listed.
LAYERS: dict[str, int] = {
    "filings.wagtail_hooks": 0,
    "filings.urls": 0,
    "filings.apps": 0,
    "filings.demo": 0,
    "filings.management": 0,
    "filings.pages": 1,
    "filings.views": 2,
    "filings.admin": 2,
    "filings.templatetags": 2,
    "filings.forms": 3,
    "filings.display": 3,
    "filings.tasks": 4,
    "filings.services": 5,
    "filings.auth_backends": 5,
    "filings.services.completion": 6,
    "filings.services.registration": 7,
    "filings.services.mail": 7,
    "filings.services.filing_mail": 7,
    "filings.services.reference": 7,
    "filings.services.dispatch": 7,
    "filings.service_pages": 8,
    "filings.models": 8,
    "filings.fields": 9,
    "filings.xlsx": 9,
    "filings.passwords": 9,
    "filings.rules": 10,
    "filings.errors": 10,
    "filings.constants": 10,
}
PAGES = 1
# The package face `filings.models` imports every model and page type so that Django registers
# them; it is wiring, and only wiring and pages may import from it.
FACE = "filings.models"
# The named edges that must stay lazy (inside a function), (importer prefix, imported prefix):
# page types are loaded with the models when Django starts and route to their views only when
# a request comes; services reach tasks only through dispatch, after a commit.
LAZY_EDGES = {
    ("filings.pages", "filings.views"),
    ("filings.services.dispatch", "filings.tasks"),
    ("portal.services", "portal.tasks"),
}


@dataclass(frozen=True)
class Import:
    source: str  # importing module
    target: str  # imported module
    names: tuple[str, ...]  # names taken from it ("" for `import x` / a submodule)
    lazy: bool  # inside a function
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files(app: str) -> list[Path]:
    return [
        path
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts and "demo_content" not in path.parts
    ]


def known_modules() -> set[str]:
    return {module_name(path) for app in APPS for path in source_files(app)}


def _resolve(module: str, level: int, package: str) -> str:
    if not level:
        return module
    base = package.split(".")
    base = base[: len(base) - level + 1]
    return ".".join([*base, module] if module else base)


def imports_of(path: Path, modules: set[str]) -> list[Import]:
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    found.append(Import(name, alias.name, ("",), inner, child.lineno))
            elif isinstance(child, ast.ImportFrom):
                target = _resolve(child.module or "", child.level, package)
                plain = []
                for alias in child.names:
                    submodule = f"{target}.{alias.name}"
                    if submodule in modules:
                        found.append(Import(name, submodule, ("",), inner, child.lineno))
                    else:
                        plain.append(alias.name)
                if plain:
                    found.append(Import(name, target, tuple(plain), inner, child.lineno))
            visit(child, inner)

    visit(tree, False)
    return [item for item in found if item.target.split(".")[0] in APPS]


def all_imports() -> list[Import]:
    modules = known_modules()
    return [
        item for app in APPS for path in source_files(app) for item in imports_of(path, modules)
    ]


def layer_of(module: str) -> tuple[str, int] | None:
    if module == FACE:
        return (FACE, 0)
    best = None
    for prefix, rank in LAYERS.items():
        matches = module == prefix or module.startswith(prefix + ".")
        if matches and (best is None or len(prefix) > len(best[0])):
            best = (prefix, rank)
    return best


def _named_edge(item: Import) -> bool:
    return any(
        (item.source == low or item.source.startswith(low + "."))
        and (item.target == high or item.target.startswith(high + "."))
        for low, high in LAZY_EDGES
    )


def _edge_allowed(item: Import) -> bool:
    return item.lazy and _named_edge(item)


def layer_violations(imports: list[Import]) -> list[str]:
    problems = []
    for item in imports:
        if not item.source.startswith("filings") or not item.target.startswith("filings"):
            continue
        source, target = layer_of(item.source), layer_of(item.target)
        if item.source == "filings" or item.target == "filings":
            continue
        if source is None or target is None:
            missing = item.source if source is None else item.target
            problems.append(f"{missing}: not in any layer of tests/test_layers.py")
            continue
        if _named_edge(item) and not item.lazy:
            problems.append(f"{item.source}:{item.line} imports {item.target} eagerly (lazy only)")
        elif target[1] < source[1] and not _edge_allowed(item):
            problems.append(
                f"{item.source}:{item.line} imports {item.target} from a higher layer "
                f"({source[0]} -> {target[0]})"
            )
        if source[1] > PAGES and item.target == "filings.models" and item.names != ("",):
            problems.append(
                f"{item.source}:{item.line} imports {', '.join(item.names)} from the "
                "filings.models face; import from the model's module"
            )
        if source[1] > PAGES and target[0] == "filings.pages":
            problems.append(f"{item.source}:{item.line} imports a page module below pages/")
    return sorted(set(problems))


def private_names(imports: list[Import]) -> list[str]:
    return sorted(
        f"{item.source}:{item.line} takes {name} from {item.target}"
        for item in imports
        for name in item.names
        if name.startswith("_") and item.source != item.target
    )


def own_face_imports(imports: list[Import]) -> list[str]:
    """Eager imports, by a module inside a package, of that package's own face."""
    return sorted(
        f"{item.source}:{item.line} imports its own package face {item.target}"
        for item in imports
        if not item.lazy and item.source.startswith(item.target + ".") and item.target not in APPS
    )


def app_violations(imports: list[Import]) -> list[str]:
    return sorted(
        f"{item.source}:{item.line} imports {item.target}"
        for item in imports
        if item.source.split(".")[0] == "portal" and item.target.split(".")[0] != "portal"
    )


def circles(imports: list[Import]) -> list[list[str]]:
    """Strongly connected components of more than one module of filings or portal (Tarjan),
    the named lazy edges left out."""
    graph: dict[str, set[str]] = {}
    for item in imports:
        inside = item.source.split(".")[0] in ("filings", "portal")
        if inside and not _edge_allowed(item):
            target = item.target
            if target != item.source and not item.source.startswith(target + "."):
                graph.setdefault(item.source, set()).add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def connect(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    return all_imports()


def test_every_filings_module_has_a_layer():
    unplaced = sorted(
        name for name in known_modules() if name.startswith("filings.") and layer_of(name) is None
    )
    assert unplaced == []


def test_filings_imports_follow_the_layers(imports):
    assert layer_violations(imports) == []


def test_no_private_name_crosses_a_module(imports):
    assert private_names(imports) == []


def test_filings_and_portal_have_no_import_circle(imports):
    assert circles(imports) == []


def test_no_module_imports_its_own_package_face(imports):
    assert own_face_imports(imports) == []


def test_portal_imports_no_other_app(imports):
    assert app_violations(imports) == []


# The checks themselves must be able to fail: each meets one wrong import.


def test_an_upward_import_is_caught():
    wrong = Import("filings.services.filing", "filings.views.filing", ("SeeOther",), False, 1)
    assert layer_violations([wrong]) == [
        "filings.services.filing:1 imports filings.views.filing from a higher layer "
        "(filings.services -> filings.views)"
    ]


def test_the_named_lazy_edges_are_allowed_only_lazily():
    lazy = Import("filings.pages.filing", "filings.views.filing", ("",), True, 1)
    eager = Import("filings.pages.filing", "filings.views.filing", ("",), False, 2)
    assert layer_violations([lazy]) == []
    assert len(layer_violations([eager])) == 1


def test_the_models_face_and_private_names_and_circles_are_caught():
    face = Import("filings.services.bulk", "filings.models", ("Filing",), False, 3)
    private = Import("filings.views.bulk", "filings.views.filing", ("_status_page",), False, 4)
    loop = [
        Import("filings.services.filing", "filings.services.bulk", ("x",), False, 5),
        Import("filings.services.bulk", "filings.services.filing", ("y",), True, 6),
    ]
    assert "face" in layer_violations([face])[0]
    assert private_names([private]) == [
        "filings.views.bulk:4 takes _status_page from filings.views.filing"
    ]
    assert circles(loop) == [["filings.services.bulk", "filings.services.filing"]]


def test_an_import_of_its_own_package_face_is_caught():
    face = Import("portal.page_cache.fragments", "portal.page_cache", ("enabled",), False, 7)
    lazy = Import("filings.errors.base", "filings.errors", ("message",), True, 8)
    assert own_face_imports([face, lazy]) == [
        "portal.page_cache.fragments:7 imports its own package face portal.page_cache"
    ]
