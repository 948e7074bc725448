"""Finds the views that can authenticate, sign someone in, or set or reset a password.

Read from the code, not listed by hand: starting from a view (a function, a class-based view's
class, a routable page's route method), the byte code is followed through every function and
class it names, in the project and in the dependencies that add views (Django's auth, Wagtail,
wagtail-localize, django-otp, django-axes), and a view is flagged when something it reaches
calls one of the credential operations:

* `authenticate` or `login` of `django.contrib.auth` (checks a password, creates a session),
* `check_password`, `set_password`, `set_unusable_password` (on a user, by attribute name).

Method calls on objects are followed by name within the classes already reached (a form's
`clean` is reached through the view's `form_class` or a function returning the form class).
"""

from __future__ import annotations

import importlib
import inspect
import types
from collections import deque
from collections.abc import Iterable

import django.contrib.auth as django_auth
from django.db.models import Model

FOLLOWED_PACKAGES = (
    "filings",
    "portal",
    "faq",
    "manuals",
    "wagtail",
    "wagtail_localize",
    "django_otp",
    "axes",
    "django.contrib.auth",
    "django.contrib.admin",
)
SENSITIVE_FUNCTIONS = {
    django_auth.authenticate: "authenticate",
    django_auth.login: "login",
}
SENSITIVE_ATTRIBUTES = {"check_password", "set_password", "set_unusable_password", "authenticate"}
MAX_DEPTH = 8


def _followed(obj) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return any(module == p or module.startswith(p + ".") for p in FOLLOWED_PACKAGES)


def _code_objects(code: types.CodeType) -> Iterable[types.CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_objects(const)


def _unwrap(obj):
    while True:
        # A class-based view first: Django's `as_view` also sets `__wrapped__` (to `dispatch`).
        inner = getattr(obj, "view_class", None) or getattr(obj, "__wrapped__", None)
        if inner is None or inner is obj:
            return obj
        obj = inner


class Scanner:
    """Reachability over a graph built lazily: each function or class once, then a walk from
    each view (a cycle in the graph cannot hide an edge, as a memo of partial answers would)."""

    def __init__(self):
        self._edges: dict[int, tuple[frozenset[str], tuple]] = {}
        self._keep: list = []  # keeps scanned objects alive, so their ids stay theirs

    def scan(self, root) -> frozenset[str]:
        """The credential operations `root` (a view function or class) can reach."""
        found: set[str] = set()
        seen: set[int] = set()
        # Breadth first, so each node is expanded at its least depth.
        frontier = deque([(_normalise(root), 0)])
        # A class-based view made by `as_view(form_class=...)` (Wagtail's viewsets) carries
        # its form and other classes in its init arguments.
        for value in (getattr(root, "view_initkwargs", None) or {}).values():
            if _scannable(value):
                frontier.append((_normalise(value), 1))
        while frontier:
            obj, depth = frontier.popleft()
            if id(obj) in seen or depth > MAX_DEPTH:
                continue
            seen.add(id(obj))
            labels, children = self._node(obj)
            found |= labels
            frontier.extend((child, depth + 1) for child in children)
        return frozenset(found)

    def _node(self, obj) -> tuple[frozenset[str], tuple]:
        key = id(obj)
        if key not in self._edges:
            self._keep.append(obj)
            self._edges[key] = self._build(obj)
        return self._edges[key]

    def _build(self, obj) -> tuple[frozenset[str], tuple]:
        for function, label in SENSITIVE_FUNCTIONS.items():
            if obj is function:
                return frozenset({label}), ()
        if inspect.isclass(obj):
            if issubclass(obj, Model):
                # A model is data: naming `User` sets no password. Calls of its methods are
                # caught where they are made (by name, SENSITIVE_ATTRIBUTES).
                return frozenset(), ()
            return frozenset(), tuple(self._class_members(obj))
        function = getattr(obj, "__func__", obj)
        code = getattr(function, "__code__", None)
        if code is None or not _followed(function):
            return frozenset(), ()
        names: set[str] = set()
        for sub in _code_objects(code):
            names.update(sub.co_names)
        scope = dict(getattr(function, "__globals__", {}))
        for cell_name, cell in zip(code.co_freevars, function.__closure__ or (), strict=False):
            try:
                scope[cell_name] = cell.cell_contents
            except ValueError:
                continue
        children = []
        # Imports inside the function (a routable page's lazy import of its views) bind local
        # names; the modules they name are read from sys.modules. A helper that imports and
        # returns a module (`_views().login_view`) lends its modules to its caller.
        for module in _imported_modules(code):
            scope.setdefault(f"<import {module.__name__}>", module)
        for name in names:
            helper = scope.get(name)
            if inspect.isfunction(helper) and _followed(helper):
                for module in _imported_modules(helper.__code__):
                    scope.setdefault(f"<import {module.__name__}>", module)
        for name in [*names, *(k for k in scope if k.startswith("<import "))]:
            target = scope.get(name)
            if isinstance(target, types.ModuleType):
                children.extend(
                    _normalise(getattr(target, attr))
                    for attr in names
                    if _scannable(getattr(target, attr, None))
                )
            elif _scannable(target):
                children.append(_normalise(target))
        return frozenset(names & SENSITIVE_ATTRIBUTES), tuple(children)

    def _class_members(self, cls):
        for klass in cls.__mro__:
            if klass is object or not _followed(klass):
                continue
            for name, member in vars(klass).items():
                if name.startswith("__") and name not in ("__init__", "__call__"):
                    continue
                if isinstance(member, property):
                    member = member.fget
                if _scannable(member):
                    yield _normalise(member)


def _imported_modules(code: types.CodeType) -> list[types.ModuleType]:
    """Modules a function imports inside itself (imported here if not yet: a lazy import
    may not have run before the scan)."""
    names: set[str] = set()
    for sub in _code_objects(code):
        names.update(sub.co_names)
    found = []
    for name in names:
        if not any(name == p or name.startswith(p + ".") for p in FOLLOWED_PACKAGES):
            continue
        for candidate in (name, *(f"{name}.{attr}" for attr in names)):
            try:
                found.append(importlib.import_module(candidate))
            except ImportError:
                continue
    return found


def _normalise(obj):
    obj = _unwrap(obj)
    if isinstance(obj, (staticmethod, classmethod)):
        obj = obj.__func__
    if isinstance(obj, functools_partial_types()):
        obj = obj.func
    return getattr(obj, "__func__", obj)


def _scannable(obj) -> bool:
    return (
        inspect.isfunction(obj)
        or inspect.ismethod(obj)
        or inspect.isclass(obj)
        or isinstance(obj, (staticmethod, classmethod, *functools_partial_types()))
    )


def functools_partial_types():
    import functools

    return (functools.partial,)
