"""Derived facts' formulas: arithmetic over other facts' ids, parsed, never eval'd.

Grammar:  expr := term (('+'|'-') term)* ;  term := factor (('*'|'/') factor)* ;
factor := NUMBER | '{' fact-id '}' | '(' expr ')' | '-' factor
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext

MAX_LENGTH = 500
MAX_DEPTH = 20

_TOKEN = re.compile(r"\s*(?:(\{[a-z0-9]+(?:-[a-z0-9]+)*\})|(\d+(?:\.\d+)?)|([-+*/()]))")


class FormulaError(ValueError):
    pass


def tokenize(formula: str) -> list[str]:
    if len(formula) > MAX_LENGTH:
        raise FormulaError(f"formula longer than {MAX_LENGTH} characters")
    tokens, pos = [], 0
    stripped = formula.rstrip()
    while pos < len(stripped):
        match = _TOKEN.match(stripped, pos)
        if match is None:
            raise FormulaError(f"unexpected {stripped[pos : pos + 10].strip()!r} in formula")
        tokens.append(match.group().strip())
        pos = match.end()
    if not tokens:
        raise FormulaError("formula is empty")
    return tokens


def inputs_of(formula: str) -> tuple[str, ...]:
    """The fact ids a formula uses, in order of first use."""
    seen: dict[str, None] = {}
    for token in tokenize(formula):
        if token.startswith("{"):
            seen[token[1:-1]] = None
    return tuple(seen)


def evaluate(formula: str, value_of: Callable[[str], Decimal]) -> Decimal:
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

    def expr(depth: int) -> Decimal:
        if depth > MAX_DEPTH:
            raise FormulaError(f"formula nests deeper than {MAX_DEPTH} levels")
        result = term(depth)
        while peek() in ("+", "-"):
            result = result + term(depth) if take() == "+" else result - term(depth)
        return result

    def term(depth: int) -> Decimal:
        result = factor(depth)
        while peek() in ("*", "/"):
            if take() == "*":
                result *= factor(depth)
            else:
                divisor = factor(depth)
                if divisor == 0:
                    raise FormulaError("formula divides by zero")
                result /= divisor
        return result

    def factor(depth: int) -> Decimal:
        token = take()
        if token == "(":
            result = expr(depth + 1)
            if take() != ")":
                raise FormulaError("unbalanced parentheses in formula")
            return result
        if token == "-":
            if depth > MAX_DEPTH:
                raise FormulaError(f"formula nests deeper than {MAX_DEPTH} levels")
            return -factor(depth + 1)
        if token.startswith("{"):
            return value_of(token[1:-1])
        if token[0].isdigit():
            return Decimal(token)
        raise FormulaError(f"unexpected {token!r} in formula")

    with localcontext() as ctx:
        ctx.prec = 28
        try:
            result = expr(0)
        except (InvalidOperation, DivisionByZero) as exc:
            raise FormulaError(f"formula cannot be computed: {exc}") from None
    if pos != len(tokens):
        raise FormulaError(f"unexpected {tokens[pos]!r} in formula")
    return result


def round_to(value: Decimal, decimals: int) -> str:
    """The computed value as text, rounded half-up to `decimals` places."""
    quantum = Decimal(1).scaleb(-decimals)
    return format(value.quantize(quantum, rounding="ROUND_HALF_UP"), "f")  # never 0E-10
