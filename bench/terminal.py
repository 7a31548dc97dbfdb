"""A command run on a pseudo-terminal, and the width of text on a terminal.

Shared by the benchmark (goal 3 times the rich card on a terminal) and the tests (a real
terminal gets a table and colour), so that both measure the same thing the same way.
The standard library only: bench/run.py needs nothing beyond the environment under test.
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import termios
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


def display_width(text: str) -> int:
    """Terminal cells: East Asian Wide/Fullwidth count 2, combining and format marks 0,
    others 1 (ambiguous-width punctuation such as “ ” … counts 1, as rich counts it)."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


@dataclass(frozen=True)
class TerminalRun:
    returncode: int
    stdout: bytes  # what the terminal received, its \r\n turned back into \n
    stderr: bytes  # b"" when stderr was the terminal too
    seconds: float  # from spawn to reaped
    rss_kb: int  # the child's peak RSS as os.wait4 reports it


def run_on_terminal(
    cmd: Sequence[str],
    env: Mapping[str, str],
    *,
    rows: int = 40,
    cols: int = 120,
    stderr_to_terminal: bool = True,
    timeout: float | None = None,
) -> TerminalRun:
    """Run cmd with stdin and stdout on a new pseudo-terminal of rows x cols; stderr goes
    there too, or to a pipe of its own. The output is read as it comes (a child writing
    more than the terminal buffers would otherwise block). With a timeout, a child still
    running then is killed and reaped, and whatever it wrote is returned."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    chunks: list[bytes] = []
    start = time.perf_counter()
    try:
        proc = subprocess.Popen(
            list(cmd),
            stdin=slave,
            stdout=slave,
            stderr=slave if stderr_to_terminal else subprocess.PIPE,
            env=dict(env),
        )
    finally:
        os.close(slave)
    deadline = None if timeout is None else start + timeout
    try:
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.perf_counter())
            ready, _, _ = select.select([master], [], [], wait)
            if not ready:  # the deadline passed with nothing to read
                proc.kill()
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every holder of the terminal's other side has closed it
                break
            if not chunk:
                break
            chunks.append(chunk)
        stderr = proc.stderr.read() if proc.stderr is not None else b""
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    finally:
        os.close(master)
        if proc.stderr is not None:
            proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    output = b"".join(chunks).replace(b"\r\n", b"\n")
    return TerminalRun(proc.returncode, output, stderr, seconds, usage.ru_maxrss)
