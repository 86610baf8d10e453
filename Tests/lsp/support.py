"""Helpers shared by the language-server tests: where the binary is, a fresh copy of the
two-file test plan, UTF-16 positions, applying edits, and waiting for diagnostics."""

import asyncio
import os
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
PLAN = pathlib.Path(__file__).resolve().parent / "plan"


def kaskade() -> str:
    path = os.environ.get("KASKADE", str(ROOT / ".build" / "debug" / "kaskade"))
    if not os.access(path, os.X_OK):
        raise RuntimeError(f"{path} is not built (swift build), or set KASKADE")
    return path


def copy_plan(tmp: pathlib.Path) -> pathlib.Path:
    target = tmp / "plan"
    shutil.copytree(PLAN, target)
    return target


def utf16_column(line: str, prefix_end: int) -> int:
    """The UTF-16 column of character index `prefix_end` of `line`."""
    return len(line[:prefix_end].encode("utf-16-le")) // 2


def offset(text: str, line: int, character: int) -> int:
    """The index into `text` (a Python str) of an LSP position in UTF-16 units."""
    lines = text.split("\n")
    index = sum(len(l) + 1 for l in lines[:line])
    units = 0
    for ch in lines[line] if line < len(lines) else "":
        if units >= character:
            break
        units += len(ch.encode("utf-16-le")) // 2
        index += 1
    return index


def position_of(text: str, needle: str, nth: int = 0, delta: int = 0):
    """The UTF-16 (line, character) of the nth occurrence of `needle` (+ delta characters)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    start += delta
    line = text.count("\n", 0, start)
    line_start = text.rfind("\n", 0, start) + 1
    return line, utf16_column(text[line_start:], start - line_start)


def apply_edits(text: str, edits) -> str:
    spans = sorted(((offset(text, e.range.start.line, e.range.start.character),
                     offset(text, e.range.end.line, e.range.end.character), e.new_text) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


async def wait_diagnostics(client, uri: str, predicate, timeout: float = 20.0):
    """The diagnostics of `uri` once `predicate` holds for them (fails after `timeout`)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        current = client.diagnostics.get(uri)
        if current is not None and predicate(current):
            return current
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise AssertionError(f"diagnostics of {uri} never satisfied the condition; last: {current}")
        try:
            await asyncio.wait_for(client.wait_for_notification("textDocument/publishDiagnostics"), remaining)
        except asyncio.TimeoutError:
            pass


def codes(diagnostics):
    return sorted(d.code for d in diagnostics)
