"""Prompt template rendering with strict variable checking.

This module renders prompt templates that use ``{{ name }}`` placeholders and
reports unused or missing variables. It deliberately avoids a full template
engine: only simple substitution, optional default values and filters are
supported.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Callable, Iterable, Mapping

_PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>[A-Za-z_][A-Za-z0-9_.]*)\s*(?:\|\s*(?P<filters>[^}]*))?\}\}")

Filter = Callable[[Any, list[str]], Any]


class TemplateError(ValueError):
    """Raised when a template cannot be rendered."""


@dataclasses.dataclass(frozen=True)
class RenderResult:
    text: str
    used: frozenset[str]
    missing: frozenset[str]
    unused: frozenset[str]

    @property
    def ok(self) -> bool:
        return not self.missing


def _lookup(variables: Mapping[str, Any], dotted: str) -> Any:
    current: Any = variables
    for part in dotted.split("."):
        if isinstance(current, Mapping) and part in current:
            current = current[part]
        elif hasattr(current, part):
            current = getattr(current, part)
        else:
            raise KeyError(dotted)
    return current


def _parse_filters(spec: str | None) -> list[tuple[str, list[str]]]:
    if not spec:
        return []
    result = []
    for raw in spec.split("|"):
        raw = raw.strip()
        if not raw:
            continue
        name, _, arg_text = raw.partition("(")
        args = [a.strip().strip("'\"") for a in arg_text.rstrip(")").split(",") if a.strip()]
        result.append((name.strip(), args))
    return result


DEFAULT_FILTERS: dict[str, Filter] = {
    "upper": lambda v, _: str(v).upper(),
    "lower": lambda v, _: str(v).lower(),
    "strip": lambda v, _: str(v).strip(),
    "default": lambda v, args: v if v not in (None, "") else (args[0] if args else ""),
    "truncate": lambda v, args: str(v)[: int(args[0])] if args else str(v),
    "join": lambda v, args: (args[0] if args else ", ").join(str(x) for x in v),
}


def render(
    template: str,
    variables: Mapping[str, Any],
    *,
    filters: Mapping[str, Filter] | None = None,
    strict: bool = True,
) -> RenderResult:
    """Render ``template`` with ``variables``.

    When ``strict`` is true, a missing variable without a ``default`` filter
    raises :class:`TemplateError`; otherwise it renders as an empty string and
    is reported in :attr:`RenderResult.missing`.
    """
    all_filters = {**DEFAULT_FILTERS, **(filters or {})}
    used: set[str] = set()
    missing: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        chain = _parse_filters(match.group("filters"))
        try:
            value = _lookup(variables, name)
            used.add(name.split(".")[0])
        except KeyError:
            if any(f == "default" for f, _ in chain):
                value = None
            elif strict:
                raise TemplateError(f"missing variable {name!r} at offset {match.start()}") from None
            else:
                missing.add(name)
                return ""
        for filter_name, args in chain:
            try:
                fn = all_filters[filter_name]
            except KeyError:
                raise TemplateError(f"unknown filter {filter_name!r}") from None
            value = fn(value, args)
        return "" if value is None else str(value)

    text = _PLACEHOLDER.sub(replace, template)
    unused = frozenset(k for k in variables if k not in used)
    return RenderResult(text, frozenset(used), frozenset(missing), unused)


def placeholders(template: str) -> list[str]:
    """Return the placeholder names in order of first appearance."""
    seen: dict[str, None] = {}
    for match in _PLACEHOLDER.finditer(template):
        seen.setdefault(match.group("name"), None)
    return list(seen)


def check_all(templates: Iterable[tuple[str, str]], variables: Mapping[str, Any]) -> dict[str, RenderResult]:
    return {name: render(text, variables, strict=False) for name, text in templates}


if __name__ == "__main__":
    demo = "Hello {{ user.name | default('friend') }}! You have {{ count }} new {{ kind | upper }} messages."
    print(render(demo, {"user": {"name": "Ada"}, "count": 3, "kind": "urgent"}).text)
    print(placeholders(demo))
