"""A strict YAML reader: safe-loading semantics, every position kept, every trap an error.

PyYAML's ``safe_load`` keeps the last of duplicate keys, follows aliases without limit,
recurses on deep nesting and re-types plain scalars (``no`` -> False, ``010`` -> 8). We
read the event stream instead (libyaml's parser when present) and build plain values
ourselves, iteratively, so each of those traps becomes a located error, and every
mapping and sequence remembers where its entries stand for the validator's messages.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from jzfacts.errors import Problem

MAX_DEPTH = 64
# A document may reuse anchors, but what its aliases expand to is bounded: a "billion
# laughs" file of a few hundred bytes otherwise expands to 10^9 nodes.
MIN_EXPANSION_BUDGET = 200_000

_SAFE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}

Position = tuple[int, int]  # 1-based line and column


class YMap(dict[str, Any]):
    """A mapping that remembers its own position and each key's and value's position."""

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[str, Position] = {}
        self.value_pos: dict[str, Position] = {}
        self.raw: dict[str, str | None] = {}  # source text of plain scalar values


class YSeq(list[Any]):
    """A sequence that remembers its position and each item's position and source text."""

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Position] = []
        self.raw: list[str | None] = []


class YamlProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _loader_class() -> type[Any]:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
_implicit = yaml.resolver.Resolver.yaml_implicit_resolvers


def _resolve_plain(value: str) -> Any:
    """What YAML 1.1 makes of a plain scalar; strings take the fast path."""
    if not value:
        tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))
    elif value[0] not in _implicit:
        return value
    else:
        tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))
    if tag == "tag:yaml.org,2002:str":
        return value
    return _construct(tag, value)


def _construct(tag: str, value: str) -> Any:
    node = yaml.ScalarNode(tag, value)
    return _constructor.yaml_constructors[tag](_constructor, node)


class _Open:
    """A container being built, with what it needs to take its next child."""

    __slots__ = ("anchor", "container", "key", "key_pos", "size")

    def __init__(self, container: YMap | YSeq, anchor: str | None) -> None:
        self.container = container
        self.anchor = anchor
        self.key: str | None = None
        self.key_pos: Position = (0, 0)
        self.size = 1


def read_yaml(text: str, path: str) -> Any:
    """Parse one YAML document into YMap/YSeq/scalars, raising YamlProblem on any trap."""
    loader = _loader_class()(text)
    try:
        return _build(loader, path, len(text))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        raise YamlProblem(Problem(path, line, col, f"YAML syntax error: {message}")) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(Problem(path, 0, 0, f"YAML error: {exc}")) from None
    finally:
        loader.dispose()


def _build(loader: Any, path: str, text_length: int) -> Any:
    budget = max(MIN_EXPANSION_BUDGET, 4 * text_length)
    expanded = 0
    anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, expanded size)
    open_anchors: set[str] = set()
    stack: list[_Open] = []
    documents = 0
    root: Any = None

    def fail(mark: Any, message: str) -> YamlProblem:
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        return YamlProblem(Problem(path, line, col, message))

    def add(value: Any, size: int, pos: Position, raw: str | None, event: Any) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        top.size += size
        container = top.container
        if isinstance(container, YSeq):
            container.append(value)
            container.item_pos.append(pos)
            container.raw.append(raw)
            return
        if top.key is None:
            if not isinstance(value, str):
                shown = f" ({raw} reads as {value!r})" if raw is not None else ""
                raise fail(event.start_mark, f"a mapping key must be a string{shown}")
            if value in container.key_pos:
                first = container.key_pos[value]
                raise fail(
                    event.start_mark,
                    f"duplicate key '{value}' (first at line {first[0]}, column {first[1]})",
                )
            top.key, top.key_pos = value, pos
            return
        key = top.key
        container[key] = value
        container.key_pos[key] = top.key_pos
        container.value_pos[key] = pos
        container.raw[key] = raw
        top.key = None

    while True:
        event = loader.get_event()
        if event is None:
            break
        kind = type(event)
        mark = event.start_mark
        pos = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        if kind is yaml.ScalarEvent:
            tag = event.tag
            if tag is not None and tag not in _SAFE_TAGS:
                raise fail(mark, f"the tag {tag} is not allowed (only plain YAML data is)")
            if tag in (None, "!") and event.implicit[0]:
                value = _resolve_plain(event.value)
                raw: str | None = event.value
            elif tag in (None, "!", "tag:yaml.org,2002:str"):
                value, raw = event.value, None
            else:
                value, raw = _construct(tag, event.value), event.value
            expanded += 1
            if event.anchor:
                anchors[event.anchor] = (value, 1)
            add(value, 1, pos, raw, event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.tag is not None and event.tag not in _SAFE_TAGS:
                raise fail(mark, f"the tag {event.tag} is not allowed (only plain YAML data is)")
            if len(stack) >= MAX_DEPTH:
                raise fail(mark, f"nesting deeper than {MAX_DEPTH} levels")
            if stack and isinstance(stack[-1].container, YMap) and stack[-1].key is None:
                raise fail(mark, "a mapping key must be a plain string")
            container: YMap | YSeq = YMap(pos) if kind is yaml.MappingStartEvent else YSeq(pos)
            if event.anchor:
                open_anchors.add(event.anchor)
            stack.append(_Open(container, event.anchor))
            expanded += 1
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            done = stack.pop()
            if done.anchor:
                open_anchors.discard(done.anchor)
                anchors[done.anchor] = (done.container, done.size)
            add(done.container, done.size, done.container.pos, None, event)
        elif kind is yaml.AliasEvent:
            name = event.anchor
            if name in open_anchors:
                raise fail(mark, f"the alias *{name} refers to a node that contains it")
            if name not in anchors:
                raise fail(mark, f"the alias *{name} names no anchor")
            value, size = anchors[name]
            expanded += size
            if expanded > budget:
                raise fail(
                    mark,
                    f"aliases expand to more than {budget:,} nodes (an alias bomb?)",
                )
            add(value, size, pos, None, event)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise fail(mark, "more than one YAML document in the file")
        if expanded > budget:
            raise fail(mark, f"the document expands to more than {budget:,} nodes")
    return root


_FORBIDDEN_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (a BOM accepted) with no raw control bytes, or a located Problem."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col_of_bytes(data, exc.start)
        bad = data[exc.start : exc.start + 1].hex()
        raise YamlProblem(
            Problem(path, line, col, f"not valid UTF-8 (byte 0x{bad}); save the file as UTF-8")
        ) from None
    found = _FORBIDDEN_CONTROLS.search(text)
    if found:
        offset = found.start()
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise YamlProblem(
            Problem(path, line, col, f"control character U+{ord(found.group()):04X} in the file")
        )
    return text


def _line_col_of_bytes(data: bytes, offset: int) -> Position:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    # Columns count characters; the bytes before the error on its line are valid UTF-8.
    col = len(data[start:offset].decode("utf-8", "replace")) + 1
    return line, col
