"""Coverage-guided fuzzing of the input path with atheris (libFuzzer), when it is installed.

    python3 scripts/fuzz_atheris.py -runs=20000 -max_len=4096

Each input is raw bytes as a user might hand them to ``rasd process``: they are
decoded (BOM, declared charset, UTF-8, detector), sniffed (JSON, HTML, text),
read and repaired (the pipeline without analysis layers). Allowed outcomes: a
record whose ``text`` is its title and paragraphs joined, or an
:class:`~rasd.errors.InputError`. Anything else is a finding (libFuzzer stops
and writes the crashing input). ``pip install atheris`` (Linux wheels).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["rasd"]):
    from rasd.errors import InputError
    from rasd.pipeline import process_item
    from rasd.read.formats import _HTML_START, _json_item, html_item, sniff_json
    from rasd.read.guards import decode_detect
    from rasd.read.items import RawItem
    from rasd.repair import repair as _repair  # noqa: F401 - imported here so that it is instrumented


def one_input(data: bytes) -> None:
    try:
        text, _how = decode_detect(data, "in")
        kind = sniff_json(text)
        if kind == "json":
            item = _json_item(text, "in", None)
        elif _HTML_START.match(text[:500]):
            item = html_item(text, "in")
        else:
            item = RawItem("in", text=text)
        art = process_item(item, layers=())
    except InputError:
        return
    assert art.text == "\n\n".join(([art.title] if art.title else []) + art.paragraphs)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
