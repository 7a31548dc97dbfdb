"""A strict YAML reader: safe-loading semantics, every position kept, every trap an error.

PyYAML's ``safe_load`` keeps the last of duplicate keys, follows aliases without limit,
recurses on deep nesting and re-types plain scalars (``no`` -> False, ``010`` -> 8). We
read the event stream instead (libyaml's parser when present) and build plain values
ourselves, iteratively, so each of those traps becomes a located error, and every
mapping and sequence remembers where its entries stand for the validator's messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from jzfacts.errors import Problem
from jzfacts.text import clip, kind_of

MAX_DEPTH = 64
# A document may reuse anchors, but what its aliases expand to is bounded: a "billion
# laughs" file of a few hundred bytes otherwise expands to 10^9 nodes. Text is bounded
# too: one long anchored string aliased a thousand times is the same bomb in one level.
MIN_EXPANSION_BUDGET = 200_000
MIN_TEXT_BUDGET = 1_000_000
# No number in a fact base is this long; longer ones cost quadratic time to convert
# (sexagesimal 1:2:3:...) or exceed Python's int/str limit of 4,300 digits.
MAX_NUMBER_LENGTH = 100

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


class _BadScalar(Exception):
    """A scalar YAML cannot turn into its type; the caller adds the position."""


class YamlProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class _PureSafeLoader(yaml.SafeLoader):
    """PyYAML's own parser, when libyaml is missing, with libyaml's guard on flow depth.

    Each '[' or '{' may start a simple key, and the pure-Python scanner re-walks every
    pending one per token: 10,000 '[' take seconds before a single event reaches us.
    """

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:
        if self.flow_level >= MAX_DEPTH:
            raise yaml.scanner.ScannerError(
                None, None, f"nesting deeper than {MAX_DEPTH} levels", self.get_mark()
            )
        super().fetch_flow_collection_start(TokenClass)


def _loader_class() -> type[Any]:
    return getattr(yaml, "CSafeLoader", _PureSafeLoader)


_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
_implicit = yaml.resolver.Resolver.yaml_implicit_resolvers


def _resolve_plain(value: str) -> Any:
    """What YAML 1.1 makes of a plain scalar; strings take the fast path."""
    if value and value[0] not in _implicit:
        return value
    tag: str = _resolver.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if tag == "tag:yaml.org,2002:str":
        return value
    if tag == "tag:yaml.org,2002:merge":
        raise _BadScalar("merge keys (<<) are not supported; write the keys out")
    if tag not in _constructor.yaml_constructors:
        return value  # '=' (the YAML 1.1 "value" key) has no safe meaning: plain text
    _check_length(tag, value)  # before the try: "too long" must not read as "not valid"
    try:
        return _construct(tag, value)
    except _BadScalar:
        # 2022-13-45 matches the timestamp pattern but is no date: say so, not crash.
        raise _BadScalar(
            f"{clip(value)} reads as {_KIND_NAMES.get(tag, tag)} but is not a valid one; "
            "quote it if you mean the text"
        ) from None


_KIND_NAMES = {
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a decimal number",
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "a date",
}
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def _check_length(tag: str, value: str) -> None:
    if tag in _NUMBER_TAGS and len(value) > MAX_NUMBER_LENGTH:
        raise _BadScalar(
            f"a number of {len(value):,} characters is too long; quote it if you mean the text"
        )


def _construct(tag: str, value: str) -> Any:
    """The scalar's value under an int/float/bool/null/timestamp tag, or _BadScalar."""
    _check_length(tag, value)
    node = yaml.ScalarNode(tag, value)
    try:
        return _constructor.yaml_constructors[tag](_constructor, node)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, yaml.YAMLError):
        # SafeConstructor trusts the tag: !!int "abc", !!bool "maybe", !!timestamp "x".
        short = tag.replace("tag:yaml.org,2002:", "!!")
        raise _BadScalar(f"{clip(value)!r} is not a valid {short}") from None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


class _Open:
    """A container being built, with what it needs to take its next child."""

    __slots__ = ("anchor", "chars", "container", "key", "key_pos", "size")

    def __init__(self, container: YMap | YSeq, anchor: str | None) -> None:
        self.container = container
        self.anchor = anchor
        self.key: str | None = None
        self.key_pos: Position = (0, 0)
        self.size = 1
        self.chars = 0  # characters of text inside, aliases expanded


# Called as each item of a top-level sequence is complete, with the (partial) root
# mapping, the sequence's key, the item's index, the item and its position; what it
# returns is kept instead of the item. The loader validates facts this way as they are
# read, so a large base never holds its whole YAML tree in memory.
ItemHook = Callable[[Any, str, int, Any, Position], Any]


def read_yaml(text: str, path: str, on_item: ItemHook | None = None) -> Any:
    """Parse one YAML document into YMap/YSeq/scalars, raising YamlProblem on any trap."""
    loader = _loader_class()(text)
    try:
        return _build(loader, path, len(text), on_item)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        raise YamlProblem(
            Problem(path, line, col, f"YAML syntax error: {message}", "yaml-syntax")
        ) from None
    except yaml.reader.ReaderError as exc:
        line, col = _line_col_of_offset(text, exc.position)
        raise YamlProblem(
            Problem(
                path,
                line,
                col,
                f"character U+{exc.character:04X} is not allowed in YAML",
                "yaml-character",
            )
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(Problem(path, 0, 0, f"YAML error: {exc}", "yaml-syntax")) from None
    finally:
        loader.dispose()


def _build(loader: Any, path: str, text_length: int, on_item: ItemHook | None = None) -> Any:
    budget = max(MIN_EXPANSION_BUDGET, 4 * text_length)
    text_budget = max(MIN_TEXT_BUDGET, 4 * text_length)
    expanded = 0
    expanded_chars = 0
    anchors: dict[str, tuple[Any, int, int]] = {}  # anchor -> (value, size, characters)
    open_anchors: set[str] = set()
    stack: list[_Open] = []
    documents = 0
    root: Any = None

    def fail(mark: Any, message: str, code: str = "yaml-unsafe") -> YamlProblem:
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        return YamlProblem(Problem(path, line, col, message, code))

    def add(value: Any, size: int, chars: int, pos: Position, raw: str | None, event: Any) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        top.size += size
        top.chars += chars
        container = top.container
        if isinstance(container, YSeq):
            if on_item is not None and len(stack) == 2 and isinstance(stack[0].container, YMap):
                value = on_item(stack[0].container, stack[0].key or "", len(container), value, pos)
            container.append(value)
            container.item_pos.append(pos)
            container.raw.append(raw)
            return
        if top.key is None:
            if not isinstance(value, str):
                shown = (
                    f", but {clip(raw)} reads as {kind_of(value)}; quote it if you mean the text"
                    if raw is not None
                    else ""
                )
                raise fail(event.start_mark, f"a mapping key must be text{shown}", "yaml-key")
            if value in container.key_pos:
                first = container.key_pos[value]
                raise fail(
                    event.start_mark,
                    f"duplicate key '{value}' (first at line {first[0]}, column {first[1]})",
                    "yaml-duplicate-key",
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
            text = event.value
            # Only non-ASCII text can hold a surrogate; most scalars (the keys) are ASCII.
            surrogate = None if text.isascii() else _SURROGATE.search(text)
            if surrogate:
                # Only an escape ("\ud800") makes one; it cannot be written out as UTF-8.
                code = ord(surrogate.group())
                raise fail(mark, f"\\u{code:04x} is a lone surrogate, not a character")
            raw: str | None
            try:
                if tag in (None, "!") and event.implicit[0]:
                    value, raw = _resolve_plain(text), text
                elif tag in (None, "!", "tag:yaml.org,2002:str"):
                    value, raw = text, None
                else:
                    value, raw = _construct(tag, text), text
            except _BadScalar as exc:
                # Name the key the scalar was for: "value: a number of 5,000 characters…".
                top = stack[-1] if stack else None
                key = top.key if top is not None and isinstance(top.container, YMap) else None
                message = f"{key}: {exc}" if key is not None else str(exc)
                raise fail(mark, message, "yaml-scalar") from None
            expanded += 1
            expanded_chars += len(text)
            if event.anchor:
                anchors[event.anchor] = (value, 1, len(text))
            top = stack[-1] if stack else None
            if top is not None and type(top.container) is YMap:
                # The common case, inline (a third of the time of a 10^5-fact base): a
                # mapping's key that is new text, or its value. Anything else, add() says.
                mapping = top.container
                if top.key is not None:
                    top.size += 1
                    top.chars += len(text)
                    key = top.key
                    mapping[key] = value
                    mapping.key_pos[key] = top.key_pos
                    mapping.value_pos[key] = pos
                    mapping.raw[key] = raw
                    top.key = None
                elif type(value) is str and value not in mapping.key_pos:
                    top.size += 1
                    top.chars += len(text)
                    top.key, top.key_pos = value, pos
                else:
                    add(value, 1, len(text), pos, raw, event)
            else:
                add(value, 1, len(text), pos, raw, event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.tag is not None and event.tag not in _SAFE_TAGS:
                raise fail(mark, f"the tag {event.tag} is not allowed (only plain YAML data is)")
            if len(stack) >= MAX_DEPTH:
                raise fail(mark, f"nesting deeper than {MAX_DEPTH} levels")
            if stack and isinstance(stack[-1].container, YMap) and stack[-1].key is None:
                raise fail(mark, "a mapping key must be a plain string", "yaml-key")
            container: YMap | YSeq = YMap(pos) if kind is yaml.MappingStartEvent else YSeq(pos)
            if event.anchor:
                open_anchors.add(event.anchor)
            stack.append(_Open(container, event.anchor))
            expanded += 1
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            done = stack.pop()
            if done.anchor:
                open_anchors.discard(done.anchor)
                anchors[done.anchor] = (done.container, done.size, done.chars)
            add(done.container, done.size, done.chars, done.container.pos, None, event)
        elif kind is yaml.AliasEvent:
            name = event.anchor
            if name in open_anchors:
                raise fail(mark, f"the alias *{name} refers to a node that contains it")
            if name not in anchors:
                raise fail(mark, f"the alias *{name} names no anchor")
            value, size, chars = anchors[name]
            expanded += size
            expanded_chars += chars
            if expanded > budget:
                raise fail(
                    mark,
                    f"aliases expand to more than {budget:,} nodes (an alias bomb?)",
                )
            if expanded_chars > text_budget:
                raise fail(
                    mark,
                    f"aliases repeat more than {text_budget:,} characters of text (an alias bomb?)",
                )
            add(value, size, chars, pos, None, event)
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
            Problem(
                path,
                line,
                col,
                f"not valid UTF-8 (byte 0x{bad}); save the file as UTF-8",
                "encoding",
            )
        ) from None
    found = _FORBIDDEN_CONTROLS.search(text)
    if found:
        line, col = _line_col_of_offset(text, found.start())
        raise YamlProblem(
            Problem(
                path,
                line,
                col,
                f"control character U+{ord(found.group()):04X} in the file",
                "control-character",
            )
        )
    return text


def _line_col_of_offset(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _line_col_of_bytes(data: bytes, offset: int) -> Position:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    # Columns count characters; the bytes before the error on its line are valid UTF-8.
    col = len(data[start:offset].decode("utf-8", "replace")) + 1
    return line, col
