"""Parse English summaries of official Chinese meetings into a typed document model.

tifa reads work-conference summaries, plenary communiqués and readouts and returns their
title and meeting, sections, numbered lists (achievements, principles, tasks ...),
obligations, named initiatives and fixed political concepts (*tifa*), credits and
diagnostics. The parser is the Rust crate ``tifa``; this package is a thin layer over its
serde model, so every field of the Rust model is here under the same name.

Every span is given in Python string indices (code points), so ``text[s.start:s.end]``
is the element's text; the UTF-8 byte offsets are there too (``s.start_byte``,
``s.end_byte``).

>>> import tifa
>>> doc = tifa.parse(tifa.REFERENCE_DOCUMENT)
>>> len(doc.achievements), len(doc.principles)
(10, 6)
>>> doc.achievements[2].marker
'The third is to'
>>> bri = next(i for i in doc.initiatives if i.acronym == "BRI")
>>> bri.name, len(bri.mentions)
('Belt and Road Initiative', 2)
>>> m = bri.mentions[0]
>>> doc.source[m.start:m.end]
'Belt and Road'
"""

from __future__ import annotations

import bisect
import copy
import json
import re
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from . import _tifa
from ._tifa import JSON_SCHEMA, REFERENCE_DOCUMENT, ParseError, __version__

__all__ = [
    "Comparison",
    "Document",
    "ITEM_COLUMNS",
    "JSON_SCHEMA",
    "NAME_COLUMNS",
    "ParseError",
    "REFERENCE_DOCUMENT",
    "Record",
    "Span",
    "compare",
    "explain",
    "parse",
    "parse_bytes",
    "parse_many",
    "parse_strict",
]


def _wrap(value: Any) -> Any:
    """A value of the model tree as the user sees it: dicts become records."""
    if isinstance(value, dict):
        if "start_byte" in value and "start" in value and "end" in value:
            return Span(value)
        return Record(value)
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    return value


class Record:
    """One object of the model (a section, an item, an initiative ...), read by attribute.

    The attributes are the keys of the crate's JSON for that object, so a field added to
    the Rust model is an attribute here at once. ``record["key"]`` works too, ``"key" in
    record`` tells whether the object has that field, and ``to_dict()`` gives a plain
    copy.

    >>> doc = parse(REFERENCE_DOCUMENT)
    >>> first = doc.achievements[0]
    >>> first.ordinal, first.marker
    (1, 'First,')
    >>> sorted(first.to_dict())
    ['marker', 'ordinal', 'span', 'text']
    """

    __slots__ = ("_data", "_cache")

    def __init__(self, data: Dict[str, Any]) -> None:
        object.__setattr__(self, "_data", data)
        object.__setattr__(self, "_cache", {})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # model keys never start with "_"
            raise AttributeError(name)
        cache = self._cache
        if name in cache:
            return cache[name]
        try:
            raw = self._data[name]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__} has no attribute {name!r}; "
                f"its fields are {', '.join(self._data)}"
            ) from None
        value = cache[name] = _wrap(raw)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __getitem__(self, key: str) -> Any:
        return self.__getattr__(key) if key in self._data else _wrap(self._data[key])

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self._data))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Record):
            return self._data == other._data
        return NotImplemented

    def __hash__(self) -> int:  # records are mutable views on dicts
        raise TypeError(f"unhashable type: {type(self).__name__!r}")

    def __repr__(self) -> str:
        shown = []
        for key, value in self._data.items():
            if isinstance(value, (dict, list)):
                continue
            text = repr(value)
            if len(text) > 60:
                text = text[:57] + "..."
            shown.append(f"{key}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> Dict[str, Any]:
        """The object as plain dicts and lists (a deep copy)."""
        return copy.deepcopy(self._data)

    def __reduce__(self) -> tuple:
        return (type(self), (self._data,))


class Span(Record):
    """Where an element is in the text: ``start``/``end`` in code points (Python string
    indices), ``start_byte``/``end_byte`` in UTF-8 bytes. Half-open.

    >>> text = "“Two musts”.\\n\\nWe must unite.\\n\\nWe must work hard.\\n"
    >>> doc = parse(text)
    >>> s = doc.principles[0].span
    >>> text[s.start:s.end]
    'We must unite.'
    >>> (s.start, s.start_byte)
    (14, 18)
    """

    __slots__ = ()

    @property
    def start(self) -> int:
        """First character (a Python string index)."""
        return self._data["start"]

    @property
    def end(self) -> int:
        """One past the last character (a Python string index)."""
        return self._data["end"]

    @property
    def start_byte(self) -> int:
        """Offset of the first byte in the UTF-8 text."""
        return self._data["start_byte"]

    @property
    def end_byte(self) -> int:
        """Offset one past the last byte in the UTF-8 text."""
        return self._data["end_byte"]

    def slice(self) -> slice:
        """The span as a ``slice`` of the Python string: ``text[span.slice()]``."""
        return slice(self.start, self.end)

    def __repr__(self) -> str:
        return f"Span(start={self.start}, end={self.end}, start_byte={self.start_byte}, end_byte={self.end_byte})"


# ---------------------------------------------------------------------------------------
# Columns of the flat records, read from the JSON Schema so that a key added to the model
# (and to its schema) becomes a column without a change here.

_SCHEMA = json.loads(JSON_SCHEMA)


def _json_type(node: Dict[str, Any]) -> Optional[str]:
    """The scalar JSON type of a schema node ("string", "integer", "boolean", "number"),
    or None for objects and arrays."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return _json_type(_SCHEMA.get("$defs", {}).get(name, {}))
    if "enum" in node:
        return "string"
    for key in ("anyOf", "oneOf"):
        if key in node:
            kinds = {_json_type(n) for n in node[key] if n.get("type") != "null"}
            kinds.discard(None) if len(kinds) > 1 else None
            return kinds.pop() if len(kinds) == 1 else None
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if kind in ("string", "integer", "boolean", "number") else None


def _scalar_fields(definition: str) -> Dict[str, str]:
    props = _SCHEMA.get("$defs", {}).get(definition, {}).get("properties", {})
    out = {}
    for key, node in props.items():
        kind = _json_type(node)
        if kind is not None:
            out[key] = kind
    return out


_SPAN_COLUMNS = {
    "start": "integer",
    "end": "integer",
    "start_byte": "integer",
    "end_byte": "integer",
    "line": "integer",
    "column": "integer",
}


_LIST_COLUMNS = {"document": "string", "list": "integer", "heading": "string"}
_LIST_COLUMNS.update(_scalar_fields("enumeration"))


def _item_column(key: str) -> str:
    """The column of an item's field: its name, or ``item_`` + its name when the list
    has a field of that name."""
    return "item_" + key if key in _LIST_COLUMNS else key


def _item_columns() -> Dict[str, str]:
    cols = dict(_LIST_COLUMNS)
    for key, kind in _scalar_fields("item").items():
        cols[_item_column(key)] = kind
    cols.update(_SPAN_COLUMNS)
    return cols


def _name_columns() -> Dict[str, str]:
    cols: Dict[str, str] = {"document": "string", "category": "string"}
    for definition in ("initiative", "concept"):
        for key, kind in _scalar_fields(definition).items():
            cols.setdefault(key, kind)
    cols["mention"] = "integer"
    cols["text"] = "string"
    cols.update(_SPAN_COLUMNS)
    return cols


#: Columns of :meth:`Document.items`, in order, with their JSON types.
ITEM_COLUMNS: Dict[str, str] = _item_columns()
#: Columns of :meth:`Document.names`, in order, with their JSON types.
NAME_COLUMNS: Dict[str, str] = _name_columns()

_SCALARS = (str, int, float, bool, type(None))


class Document(Record):
    """A parsed meeting summary.

    The attributes are the crate's JSON keys: ``title``, ``kicker``, ``publisher``,
    ``author``, ``date``, ``meeting``, ``front_matter``, ``sections``, ``back_matter``,
    ``enumerations``, ``achievements``, ``principles``, ``obligations``, ``initiatives``,
    ``concepts``, ``credits``, ``diagnostics`` (and any key a later version adds).
    ``source`` is the parsed text and ``name`` the label given to :func:`parse`.

    >>> doc = parse(REFERENCE_DOCUMENT, name="cfawc")
    >>> doc.meeting.name, doc.meeting.start
    ('Foreign Affairs Work Conference', '2023-12-27')
    >>> doc.concepts[0].name
    'major-country diplomacy with Chinese characteristics'
    >>> doc.items()[0]["marker"], doc.names()[0]["document"]
    ('First,', 'cfawc')
    """

    __slots__ = ("_native", "_name", "_lines")

    def __init__(self, native: Any, tree: Dict[str, Any], name: Optional[str] = None) -> None:
        super().__init__(tree)
        object.__setattr__(self, "_native", native)
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_lines", None)

    @property
    def source(self) -> str:
        """The text the document was parsed from."""
        return self._native.source

    @property
    def name(self) -> Optional[str]:
        """The label given to :func:`parse` (a file name, say), or None."""
        return self._name

    def text(self, span: Union[Span, Dict[str, int]]) -> str:
        """The source text of a span: ``doc.text(doc.achievements[0].span)``."""
        return self.source[span["start"] : span["end"]]

    def line_col(self, position: int) -> tuple:
        """The 1-based line and column (in characters) of a position (a string index).

        >>> doc = parse(REFERENCE_DOCUMENT)
        >>> doc.line_col(doc.achievements[0].span.start)
        (13, 1)
        """
        lines = self._lines
        if lines is None:
            lines = [m.end() for m in re.finditer("\n", self.source)]
            object.__setattr__(self, "_lines", lines)
        index = bisect.bisect_right(lines, position)
        line_start = lines[index - 1] if index else 0
        return index + 1, position - line_start + 1

    def has_errors(self) -> bool:
        """Whether any diagnostic has error severity (what makes :func:`parse_strict` fail)."""
        return any(d.get("severity") == "error" for d in self._data.get("diagnostics", []))

    def to_dict(self, offsets: str = "chars") -> Dict[str, Any]:
        """The document as plain dicts and lists, keyed like the crate's JSON.

        With ``offsets="chars"`` (the default) each span is ``{"start", "end",
        "start_byte", "end_byte"}`` with ``start``/``end`` in code points. With
        ``offsets="bytes"`` the result is exactly the crate's JSON (spans in bytes), that
        is ``json.loads(doc.to_json())``.
        """
        if offsets == "chars":
            return copy.deepcopy(self._data)
        if offsets == "bytes":
            return json.loads(self._native.to_json())
        raise ValueError(f"offsets must be 'chars' or 'bytes', not {offsets!r}")

    def to_json(self, pretty: bool = False) -> str:
        """The crate's JSON, as serde_json writes it: the shape of ``JSON_SCHEMA``, with
        spans in UTF-8 byte offsets (for Rust, DuckDB on bytes, and the schema's users).

        >>> doc = parse("“Two musts”.\\n\\nWe must unite.\\n\\nWe must work hard.\\n")
        >>> json.loads(doc.to_json())["enumerations"][0]["items"][0]["span"]
        {'start': 18, 'end': 32}
        >>> doc.principles[0].span.start, doc.principles[0].span.start_byte
        (14, 18)
        """
        return self._native.to_json(pretty)

    def _span_fields(self, span: Dict[str, int]) -> Dict[str, int]:
        line, column = self.line_col(span["start"])
        return {
            "start": span["start"],
            "end": span["end"],
            "start_byte": span["start_byte"],
            "end_byte": span["end_byte"],
            "line": line,
            "column": column,
        }

    def items(self) -> List[Dict[str, Any]]:
        """One flat dict per item of every list, for ``pandas.DataFrame(doc.items())`` or
        ``polars.DataFrame(doc.items())``.

        Keys (see ``ITEM_COLUMNS``): ``document`` (the name given to :func:`parse`),
        ``list`` (the list's index in the document), ``heading`` (the list's heading
        text), the list's scalar fields (``kind``, ``strength``, ``declared_count``), the
        item's (``ordinal``, ``marker``, ``marker_kind``, ``text``), and the item's span:
        ``start``, ``end`` (string indices), ``start_byte``, ``end_byte``, ``line``,
        ``column``. Every row has every key.

        >>> rows = parse(REFERENCE_DOCUMENT).items()
        >>> [(r["kind"], r["ordinal"], r["marker"]) for r in rows[:2]]
        [('achievements', 1, 'First,'), ('achievements', 2, 'Second,')]
        """
        rows = []
        for index, enumeration in enumerate(self._data.get("enumerations", [])):
            heading = enumeration.get("heading")
            base = dict.fromkeys(ITEM_COLUMNS)
            base.update(document=self._name, list=index, heading=heading and heading.get("text"))
            for key, value in enumeration.items():
                if isinstance(value, _SCALARS) and key not in ("document", "list", "heading"):
                    base[key] = value
            for item in enumeration.get("items", []):
                row = dict(base)
                for key, value in item.items():
                    if isinstance(value, _SCALARS):
                        row[_item_column(key)] = value
                row.update(self._span_fields(item["span"]))
                rows.append(row)
        return rows

    def names(self) -> List[Dict[str, Any]]:
        """One flat dict per mention of every initiative and concept, for data frames.

        Keys (see ``NAME_COLUMNS``): ``document``, ``category`` (``"initiative"`` or
        ``"concept"``), the name's scalar fields (``name``, ``acronym``, ``known`` and any
        the model adds), ``mention`` (its index among the name's mentions), ``text`` (the
        words as printed) and the mention's span: ``start``, ``end`` (string indices),
        ``start_byte``, ``end_byte``, ``line``, ``column``. Every row has every key.

        >>> rows = parse(REFERENCE_DOCUMENT).names()
        >>> rows[0]["category"], rows[0]["name"], rows[0]["text"]
        ('initiative', 'Central Conference on Work Relating to Foreign Affairs', 'Central Foreign Affairs Work Conference')
        """
        rows = []
        source = self.source
        for category, key in (("initiative", "initiatives"), ("concept", "concepts")):
            for entry in self._data.get(key, []):
                base = dict.fromkeys(NAME_COLUMNS)
                base.update(document=self._name, category=category)
                for field, value in entry.items():
                    if isinstance(value, _SCALARS) and field not in ("document", "category"):
                        base[field] = value
                for index, span in enumerate(entry.get("mentions", [])):
                    row = dict(base)
                    row["mention"] = index
                    row["text"] = source[span["start"] : span["end"]]
                    row.update(self._span_fields(span))
                    rows.append(row)
        return rows

    def __reduce__(self) -> tuple:
        # Pickled as its text; unpickling parses again (for multiprocessing and Dask).
        return (_rebuild, (self.source, self._name))

    def __repr__(self) -> str:
        title = self._data.get("title")
        if title is not None and len(title) > 50:
            title = title[:47] + "..."
        return (
            f"Document(name={self._name!r}, title={title!r}, "
            f"enumerations={len(self._data.get('enumerations', []))}, "
            f"initiatives={len(self._data.get('initiatives', []))}, "
            f"concepts={len(self._data.get('concepts', []))}, "
            f"diagnostics={len(self._data.get('diagnostics', []))})"
        )


# Names of the model's objects, for annotations (`tifa.Achievement` ...); at run time each
# is a Record whose attributes are the crate's JSON keys (see __init__.pyi for the shapes).
Heading = Meeting = Block = Section = Item = Enumeration = Achievement = Principle = Record
Obligation = Initiative = Concept = Credit = Diagnostic = Record


def _rebuild(source: str, name: Optional[str]) -> Document:
    return parse(source, name=name)


class Comparison(Record):
    """What changed between two documents: ``metadata``, ``initiatives`` and ``concepts``
    (``added``, ``dropped``, ``kept``), ``enumerations`` matched with their counts, and
    ``items`` (``added``, ``dropped``, ``reworded`` with a ``score``, ``kept``). Spans
    under ``a`` are positions in the first document's text, under ``b`` in the second's.

    >>> c = compare(REFERENCE_DOCUMENT, REFERENCE_DOCUMENT.replace("Seventh, ", ""))
    >>> c.is_unchanged()
    False
    """

    __slots__ = ("_unchanged",)

    def __init__(self, tree: Dict[str, Any], unchanged: bool) -> None:
        super().__init__(tree)
        object.__setattr__(self, "_unchanged", unchanged)

    def is_unchanged(self) -> bool:
        """Whether the comparison found no difference at all."""
        return self._unchanged

    def __reduce__(self) -> tuple:
        return (Comparison, (self._data, self._unchanged))


def parse(text: str, *, name: Optional[str] = None) -> Document:
    """Parse a meeting summary. Never fails: odd input becomes a diagnostic.

    ``name`` labels the document (a file name, say); it is the ``document`` column of
    :meth:`Document.items` and :meth:`Document.names`. The GIL is released while parsing.

    >>> doc = parse("“Two musts”.\\n\\nWe must unite.\\n\\nIt is necessary to work hard.\\n")
    >>> [p.modality for p in doc.principles]
    ['must', 'necessary']
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}; use parse_bytes for bytes")
    native, tree = _tifa.parse(text)
    return Document(native, tree, name)


def parse_strict(text: str, *, name: Optional[str] = None) -> Document:
    """Parse like :func:`parse`, but raise :class:`ParseError` on the first
    error-severity diagnostic.

    >>> try:
    ...     parse_strict("“Three musts”.\\n\\nWe must unite.\\n\\nWe must work hard.\\n")
    ... except ParseError as e:
    ...     print(e.line, e.column, e.reason)
    1 1 "Three musts" declares 3 items, but 2 were found
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_strict() takes a str, not {type(text).__name__}")
    native, tree = _tifa.parse_strict(text)
    return Document(native, tree, name)


def parse_bytes(data: Union[bytes, bytearray, memoryview], *, name: Optional[str] = None) -> Document:
    """Check that ``data`` is UTF-8 and parse it; :class:`ParseError` names the line,
    column and byte offset of the first bad sequence.

    >>> try:
    ...     parse_bytes(b"ok\\n\\xff")
    ... except ParseError as e:
    ...     print(e.line, e.column, e.offset, e.reason)
    2 1 3 invalid UTF-8: expected a valid sequence, but found byte 0xff at offset 3
    """
    native, tree = _tifa.parse_bytes(bytes(data))
    return Document(native, tree, name)


def parse_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    names: Optional[Sequence[Optional[str]]] = None,
) -> List[Document]:
    """Parse many texts in parallel (a rayon thread pool, the GIL released); the result
    is in the order of ``texts`` and equal to ``[parse(t) for t in texts]``.

    ``threads`` is the number of threads (``None``: one per core). ``names``, when given,
    labels the documents in order.

    >>> docs = parse_many([REFERENCE_DOCUMENT, "First, open up.\\n\\nSecond, reform.\\n"], threads=2)
    >>> [len(d.enumerations) for d in docs]
    [3, 1]
    """
    texts = list(texts)
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"parse_many() takes str texts, not {type(t).__name__}")
    if names is None:
        names = [None] * len(texts)
    else:
        names = list(names)
        if len(names) != len(texts):
            raise ValueError(f"{len(names)} names for {len(texts)} texts")
    if threads is not None and threads < 1:
        raise ValueError("threads must be at least 1")
    return [Document(native, tree, label) for (native, tree), label in zip(_tifa.parse_many(texts, threads), names)]


def compare(a: Union[Document, str], b: Union[Document, str]) -> Comparison:
    """Compare two documents (or texts): initiatives and concepts added, dropped and
    kept, lists matched with their counts, items kept, reworded or added and dropped.

    >>> c = compare(REFERENCE_DOCUMENT, REFERENCE_DOCUMENT)
    >>> c.is_unchanged(), len(c.items.kept)
    (True, 27)
    """
    docs = [parse(x) if isinstance(x, str) else x for x in (a, b)]
    for d in docs:
        if not isinstance(d, Document):
            raise TypeError(f"compare() takes Documents or str, not {type(d).__name__}")
    tree, unchanged = _tifa.compare(docs[0]._native, docs[1]._native)
    return Comparison(tree, unchanged)


def explain(text: str) -> List[Dict[str, Any]]:
    """Why the parser read ``text`` as it did: every decision its rules made, in the order
    they were made, as dicts with ``rule`` (its name), ``verdict`` (as the crate's JSON has
    it) and ``shown`` (in words), the rule's ``summary``, and the place of the text decided
    about: ``start`` and ``end`` (string indices), ``start_byte``, ``end_byte``, ``line``
    and ``column``.

    >>> rows = explain("“Two musts”.\\n\\nWe must unite.\\n\\nWe must work hard.\\n")
    >>> [(r["line"], r["rule"], r["shown"]) for r in rows if r["line"] == 3]
    [(3, 'obligation_block', 'obligation'), (3, 'obligation_run', 'list of 2 items')]
    >>> r = rows[0]; "“Two musts”.\\n"[r["start"]:r["end"]]
    '“Two musts”.'
    """
    if not isinstance(text, str):
        raise TypeError(f"explain() takes a str, not {type(text).__name__}")
    return _tifa.explain(text)
