"""JSON Schema of the article record, derived from the dataclasses in :mod:`rasd.record`.

The committed file ``rasd/schema/article.schema.json`` is this function's
output (a test keeps them equal); regenerate it after changing the record:

    python -m rasd.record_schema > src/rasd/schema/article.schema.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from typing import Any

from rasd import record

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
_DOC_URL = "urn:rasd:schema:article:{version}"


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(a, defs) for a in typing.get_args(tp)]}
    if origin is list:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(typing.get_args(tp)[1], defs)}
    if dataclasses.is_dataclass(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _define(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ in defs:
        return defs[cls.__name__]
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    props = {f.name: _type_schema(hints[f.name], defs) for f in dataclasses.fields(cls)}
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    defs[cls.__name__] = {"type": "object", "description": doc, "properties": props,
                          "required": required, "additionalProperties": False}
    return defs[cls.__name__]


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`rasd.record.Article` as JSON."""
    defs: dict[str, Any] = {}
    top = dict(_define(record.Article, defs))
    del defs["Article"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _DOC_URL.format(version=record.SCHEMA_VERSION),
        "title": f"rasd article record, schema version {record.SCHEMA_VERSION}",
        **top,
        "$defs": dict(sorted(defs.items())),
    }


if __name__ == "__main__":
    json.dump(article_schema(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
