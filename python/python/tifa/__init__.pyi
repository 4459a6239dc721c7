# Type stub of the `tifa` package, for editors and type checkers.
#
# At run time every model object is a `Record` (a `Span` for spans) whose attributes are
# the keys of the crate's JSON, so a key added to the Rust model is there before this file
# lists it. The classes below name the shape of version 0.1 of the model; the names other
# than Record, Span, Document and Comparison are aliases of Record at run time.

from typing import Any, Dict, Iterable, Iterator, List, Literal, Optional, Sequence, Tuple, Union

__version__: str
REFERENCE_DOCUMENT: str
JSON_SCHEMA: str
ITEM_COLUMNS: Dict[str, str]
NAME_COLUMNS: Dict[str, str]

class ParseError(ValueError):
    line: int
    column: int
    reason: str
    kind: str
    offset: int
    position: Optional[int]

class Record:
    def __getattr__(self, name: str) -> Any: ...
    def __getitem__(self, key: str) -> Any: ...
    def __contains__(self, key: object) -> bool: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Span(Record):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def start_byte(self) -> int: ...
    @property
    def end_byte(self) -> int: ...
    def slice(self) -> slice: ...

class Heading(Record):
    text: str
    span: Span

class Meeting(Record):
    name: Optional[str]
    place: Optional[str]
    start: Optional[str]
    end: Optional[str]
    year_inferred: bool
    span: Span

class Block(Record):
    kind: str
    text: str
    span: Span

class Section(Record):
    heading: Optional[Heading]
    subtitle: Optional[Heading]
    declared_count: Optional[int]
    announces: List[Heading]
    span: Span
    blocks: List[Block]
    sections: List["Section"]

class Item(Record):
    ordinal: int
    marker: Optional[str]
    marker_kind: str
    text: str
    span: Span

class Enumeration(Record):
    heading: Optional[Heading]
    kind: str
    strength: str
    declared_count: Optional[int]
    items: List[Item]
    span: Span

class Achievement(Record):
    ordinal: int
    marker: Optional[str]
    text: str
    span: Span

class Principle(Record):
    ordinal: int
    modality: Optional[str]
    text: str
    span: Span

class Obligation(Record):
    modality: str
    lead: str
    text: str
    span: Span

class Initiative(Record):
    name: str
    acronym: Optional[str]
    known: bool
    mentions: List[Span]

class Concept(Record):
    name: str
    known: bool
    mentions: List[Span]

class Credit(Record):
    role: str
    label: str
    name: str
    span: Span

class Diagnostic(Record):
    severity: Literal["error", "warning", "info"]
    kind: str
    message: str
    span: Span
    related: Optional[Span]
    line: int
    column: int

class Document(Record):
    title: Optional[str]
    kicker: Optional[str]
    publisher: Optional[str]
    author: Optional[str]
    date: Optional[str]
    meeting: Optional[Meeting]
    front_matter: List[Block]
    sections: List[Section]
    back_matter: List[Block]
    enumerations: List[Enumeration]
    achievements: List[Achievement]
    principles: List[Principle]
    obligations: List[Obligation]
    initiatives: List[Initiative]
    concepts: List[Concept]
    credits: List[Credit]
    diagnostics: List[Diagnostic]
    @property
    def source(self) -> str: ...
    @property
    def name(self) -> Optional[str]: ...
    def text(self, span: Union[Span, Dict[str, int]]) -> str: ...
    def line_col(self, position: int) -> Tuple[int, int]: ...
    def has_errors(self) -> bool: ...
    def to_dict(self, offsets: Literal["chars", "bytes"] = "chars") -> Dict[str, Any]: ...
    def to_json(self, pretty: bool = False) -> str: ...
    def items(self) -> List[Dict[str, Any]]: ...
    def names(self) -> List[Dict[str, Any]]: ...

class Comparison(Record):
    metadata: Record
    initiatives: Record
    concepts: Record
    enumerations: List[Record]
    items: Record
    def is_unchanged(self) -> bool: ...

def parse(text: str, *, name: Optional[str] = None) -> Document: ...
def parse_strict(text: str, *, name: Optional[str] = None) -> Document: ...
def parse_bytes(data: Union[bytes, bytearray, memoryview], *, name: Optional[str] = None) -> Document: ...
def parse_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    names: Optional[Sequence[Optional[str]]] = None,
) -> List[Document]: ...
def compare(a: Union[Document, str], b: Union[Document, str]) -> Comparison: ...

def explain(text: str) -> List[Dict[str, Any]]: ...
