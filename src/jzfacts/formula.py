"""Derived facts' formulas: arithmetic over other facts' ids, parsed, never eval'd.

Grammar:  expr := term (('+'|'-') term)* ;  term := factor (('*'|'/') factor)* ;
factor := NUMBER | '{' fact-id '}' | '(' expr ')' | '-' factor
NUMBER is a decimal numeral in ASCII digits (0-9, an optional fraction): ٣, ３ and 𝟗
are digits to Python's regular expressions but not numbers a curator meant to type.

A formula is parsed once into a small tree (`parse`), which is then evaluated
(`evaluate`) and checked for units (`unit_of`): money ÷ money × 100 is a percentage,
money − money is money in the inputs' scale, % − % is percentage points, and a count
÷ (a percentage ÷ 100) is a count. See "Units in formulas" in docs/fact-base.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext
from typing import Literal, NamedTuple

from jzfacts.units import PERCENT, POINTS, UNITS, Unit

MAX_LENGTH = 500
MAX_DEPTH = 20

_TOKEN = re.compile(r"\s*(?:(\{[a-z0-9]+(?:-[a-z0-9]+)*\})|([0-9]+(?:\.[0-9]+)?)|([-+*/()]))")
_FOREIGN_DIGIT = re.compile(r"\d")  # any Unicode digit; ASCII ones were matched before


class FormulaError(ValueError):
    pass


# --- the tree ------------------------------------------------------------------------------


class Num(NamedTuple):
    text: str  # as written: 100, 0.5


class Ref(NamedTuple):
    id: str  # a fact id, without its braces


class Neg(NamedTuple):
    operand: Node


class Bin(NamedTuple):
    op: Literal["+", "-", "*", "/"]
    left: Node
    right: Node


Node = Num | Ref | Neg | Bin


def tokenize(formula: str) -> list[str]:
    if len(formula) > MAX_LENGTH:
        raise FormulaError(f"formula longer than {MAX_LENGTH} characters")
    tokens, pos = [], 0
    stripped = formula.rstrip()
    while pos < len(stripped):
        match = _TOKEN.match(stripped, pos)
        if match is None:
            rest = stripped[pos:].lstrip()
            if rest and _FOREIGN_DIGIT.match(rest):
                raise FormulaError(
                    f"{rest[0]!r} (U+{ord(rest[0]):04X}) is not an ASCII digit; "
                    "write numbers in a formula with 0-9"
                )
            raise FormulaError(f"unexpected {stripped[pos : pos + 10].strip()!r} in formula")
        tokens.append(match.group().strip())
        pos = match.end()
    if not tokens:
        raise FormulaError("formula is empty")
    return tokens


def parse(formula: str) -> Node:
    """The formula's tree, or FormulaError saying what is wrong with it."""
    tokens = tokenize(formula)
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        if pos >= len(tokens):
            raise FormulaError("formula ends too early")
        pos += 1
        return tokens[pos - 1]

    def expr(depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise FormulaError(f"formula nests deeper than {MAX_DEPTH} levels")
        node = term(depth)
        while peek() in ("+", "-"):
            op: Literal["+", "-"] = "+" if take() == "+" else "-"
            node = Bin(op, node, term(depth))
        return node

    def term(depth: int) -> Node:
        node = factor(depth)
        while peek() in ("*", "/"):
            op: Literal["*", "/"] = "*" if take() == "*" else "/"
            node = Bin(op, node, factor(depth))
        return node

    def factor(depth: int) -> Node:
        token = take()
        if token == "(":
            node = expr(depth + 1)
            if peek() is None:
                raise FormulaError("unbalanced parentheses in formula")
            if take() != ")":
                raise FormulaError("unbalanced parentheses in formula")
            return node
        if token == "-":
            if depth > MAX_DEPTH:
                raise FormulaError(f"formula nests deeper than {MAX_DEPTH} levels")
            return Neg(factor(depth + 1))
        if token.startswith("{"):
            return Ref(token[1:-1])
        if "0" <= token[0] <= "9":
            return Num(token)
        raise FormulaError(f"unexpected {token!r} in formula")

    node = expr(0)
    if pos != len(tokens):
        raise FormulaError(f"unexpected {tokens[pos]!r} in formula")
    return node


def inputs_of(formula: str) -> tuple[str, ...]:
    """The fact ids a formula uses, in order of first use (FormulaError if malformed)."""
    parse(formula)  # a formula that does not parse has no inputs worth listing
    seen: dict[str, None] = {}
    for token in tokenize(formula):
        if token.startswith("{"):
            seen[token[1:-1]] = None
    return tuple(seen)


def is_sum(formula: str) -> bool:
    """Is the formula a plain sum of facts ({a} + {b} + …), as a total is?"""

    def summed(node: Node) -> bool:
        if isinstance(node, Bin):
            return node.op == "+" and summed(node.left) and summed(node.right)
        return isinstance(node, Ref)

    return summed(parse(formula))


def is_whole(formula: str) -> bool:
    """Does the formula make a whole of its inputs: a sum of them ({a} + {b}), or a fact
    divided by something ({part} / ({share} / 100), the only such formulas the base has:
    a part over its share)? A difference ({a} - {b}) is not: GDP growth inferred from a
    rate and a gap is a figure of its own."""
    node = parse(formula)
    return is_sum(formula) or (
        isinstance(node, Bin) and node.op == "/" and isinstance(node.left, Ref)
    )


# --- values --------------------------------------------------------------------------------


def evaluate(formula: str | Node, value_of: Callable[[str], Decimal]) -> Decimal:
    """The formula's exact value (28 significant digits), inputs from `value_of`."""
    node = parse(formula) if isinstance(formula, str) else formula

    def walk(node: Node) -> Decimal:
        if isinstance(node, Num):
            return Decimal(node.text)
        if isinstance(node, Ref):
            return value_of(node.id)
        if isinstance(node, Neg):
            return -walk(node.operand)
        left, right = walk(node.left), walk(node.right)
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        if right == 0:
            raise FormulaError("formula divides by zero")
        return left / right

    with localcontext() as ctx:
        ctx.prec = 28
        try:
            return walk(node)
        except (InvalidOperation, DivisionByZero) as exc:
            raise FormulaError(f"formula cannot be computed: {exc}") from None


def round_to(value: Decimal, decimals: int) -> str:
    """The computed value as text, rounded half-up to `decimals` places; never "-0.00"
    (a value that rounds to zero from below is zero, not a negative number)."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = value.quantize(quantum, rounding="ROUND_HALF_UP")
    if rounded.is_zero():
        rounded = rounded.copy_abs()
    return format(rounded, "f")  # "f": never 0E-10


# --- units ---------------------------------------------------------------------------------

# A quantity's unit during the check: its dimensions with their powers (money^1,
# money^1 enterprises^-1 …, none for a pure number), the power of ten its numbers are
# counted in (亿元: 8; %: -2), and whether a dimensionless number at scale -2 is a
# percentage ("%") or a difference of percentages ("pp"): 70.7% - 60.7 points = 10.0%.
Percentish = Literal["", "%", "pp"]


class Dim(NamedTuple):
    dims: tuple[tuple[str, int], ...]
    scale: int
    percent: Percentish = ""
    constant: Decimal | None = None  # a plain number written in the formula


def dim_of_unit(unit: Unit) -> Dim:
    if unit.dimension == PERCENT:
        return Dim((), -2, "%")
    if unit.dimension == POINTS:
        return Dim((), -2, "pp")
    return Dim(((unit.dimension, 1),), unit.exponent)


def _power_of_ten(value: Decimal) -> int | None:
    """k when value is 10^k (100 -> 2, 0.01 -> -2, 1 -> 0), else None."""
    if value <= 0:
        return None
    normal = value.normalize()
    digits = normal.as_tuple().digits
    if digits != (1,):
        return None
    exponent = normal.as_tuple().exponent
    return exponent if isinstance(exponent, int) else None


def _combine(
    a: tuple[tuple[str, int], ...], b: tuple[tuple[str, int], ...], sign: int
) -> tuple[tuple[str, int], ...]:
    powers = dict(a)
    for name, power in b:
        powers[name] = powers.get(name, 0) + sign * power
    return tuple(sorted((n, p) for n, p in powers.items() if p))


class UnitMismatch(FormulaError):
    """A formula combines units that do not go together, or gives another unit than
    the fact's; the message names both."""


def unit_of(formula: str | Node, unit_of_input: Callable[[str], Unit]) -> Dim:
    """The unit a formula's result is counted in, or UnitMismatch.

    Plain numbers: in a sum or difference a number takes the other side's unit
    (`100 + {growth}`); as a factor, a power of ten converts the scale (× 100 turns a
    ratio into %, ÷ 100 a percentage into a ratio, × 10000 亿元 into 万元) and any other
    number is a plain multiplier (an average's ÷ 3).
    """
    node = parse(formula) if isinstance(formula, str) else formula

    def walk(node: Node) -> Dim:
        if isinstance(node, Num):
            return Dim((), 0, "", Decimal(node.text))
        if isinstance(node, Ref):
            return dim_of_unit(unit_of_input(node.id))
        if isinstance(node, Neg):
            inner = walk(node.operand)
            return inner._replace(constant=None if inner.constant is None else -inner.constant)
        left, right = walk(node.left), walk(node.right)
        if node.op in ("+", "-"):
            return _add(node.op, left, right)
        return _multiply(node.op, left, right)

    with localcontext() as ctx:
        ctx.prec = 28
        try:
            return walk(node)
        except (InvalidOperation, DivisionByZero):
            return Dim((), 0)  # a constant sub-expression that cannot be computed: evaluate says so


def _add(op: str, left: Dim, right: Dim) -> Dim:
    if left.constant is not None and right.constant is not None:
        value = left.constant + right.constant if op == "+" else left.constant - right.constant
        return Dim((), 0, "", value)
    if left.constant is not None:
        return right._replace(constant=None)
    if right.constant is not None:
        return left._replace(constant=None)
    verb = "adds" if op == "+" else "subtracts"
    pair = (
        f"{describe(left)} and {describe(right)}"
        if op == "+"
        else f"{describe(right)} from {describe(left)}"
    )
    if left.dims != right.dims:
        raise UnitMismatch(f"the formula {verb} {pair}, which measure different things")
    if left.scale != right.scale:
        raise UnitMismatch(
            f"the formula {verb} {pair}, which are counted in different scales "
            f"(10^{left.scale} and 10^{right.scale}); convert one first"
        )
    if left.percent == "pp" and right.percent == "%" and op == "-":
        raise UnitMismatch(f"the formula {verb} {pair}; a percentage is not a point difference")
    if left.percent and right.percent:
        if op == "-" and left.percent == right.percent == "%":
            return Dim((), left.scale, "pp")  # 70.7% - 10.0% = 60.7 percentage points
        percent: Percentish = "%" if "%" in (left.percent, right.percent) else "pp"
        return Dim((), left.scale, percent)
    return Dim(left.dims, left.scale, left.percent or right.percent)


def _multiply(op: str, left: Dim, right: Dim) -> Dim:
    sign = 1 if op == "*" else -1
    if left.constant is not None and right.constant is not None:
        if op == "/" and right.constant == 0:
            return Dim((), 0, "", None)
        value = left.constant * right.constant if op == "*" else left.constant / right.constant
        return Dim((), 0, "", value)
    if right.constant is not None:
        shift = _power_of_ten(right.constant)
        if shift is None:  # a plain multiplier: the unit stays
            return left._replace(constant=None)
        return _tidy(left.dims, left.scale - sign * shift)
    if left.constant is not None:
        shift = _power_of_ten(left.constant)
        if op == "*":
            if shift is None:
                return right._replace(constant=None)
            return _tidy(right.dims, right.scale - shift)
        inverse = tuple((name, -power) for name, power in right.dims)
        return _tidy(inverse, -right.scale - (shift or 0))
    return _tidy(_combine(left.dims, right.dims, sign), left.scale + sign * right.scale)


def _tidy(dims: tuple[tuple[str, int], ...], scale: int) -> Dim:
    # A dimensionless number at scale -2 reads as a percentage (a ratio × 100).
    return Dim(dims, scale, "%" if not dims and scale == -2 else "")


def describe(dim: Dim) -> str:
    """A unit for a message: a known unit's symbol (亿元, %, 个百分点) where one fits,
    else its parts (亿元/户, a ratio)."""
    if dim.constant is not None:
        return "a plain number"
    if not dim.dims:
        if dim.percent == "pp":
            return "个百分点"
        if dim.percent == "%" or dim.scale == -2:
            return "%"
        if dim.scale == 0:
            return "a ratio (no unit)"
        return f"a ratio in 10^{dim.scale}"
    # The scale goes with the first dimension on top: 亿元/户, not 10^8 元/户.
    scaled = next((name for name, power in dim.dims if power > 0), None)
    parts = [(_symbol(name, dim.scale if name == scaled else 0), p) for name, p in dim.dims]
    top = "·".join(s for s, p in parts if p > 0) or "1"
    bottom = "·".join(s for s, p in parts if p < 0)
    text = f"{top}/{bottom}" if bottom else top
    if any(abs(p) > 1 for _, p in parts):
        text += " (squared)"
    if scaled is None and dim.scale:
        text = f"10^{dim.scale} {text}"
    return text


def _symbol(dimension: str, scale: int) -> str:
    # The units' own order: 亿元 before 亿, 户 before 家.
    for unit in UNITS.values():
        if unit.dimension == dimension and unit.exponent == scale:
            return unit.symbol
    base = next((u.base for u in UNITS.values() if u.dimension == dimension), dimension)
    return f"10^{scale} {base}" if scale else base


def same_unit(result: Dim, unit: Unit) -> bool:
    """Does the formula's result come out in the fact's unit? A plain number fits any."""
    if result.constant is not None:
        return True
    wanted = dim_of_unit(unit)
    if (result.dims, result.scale) != (wanted.dims, wanted.scale):
        return False
    return not wanted.percent or result.percent == wanted.percent
