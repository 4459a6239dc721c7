"""The Python package against the crate: facts of the reference document, offsets that
slice Python strings on every corpus document, errors, comparisons, the JSON, threads."""

import doctest
import json
import os
import pickle
import subprocess

import pytest

import tifa
from conftest import CORPUS_FILES, REFERENCE_FILE, read


# --- helpers -------------------------------------------------------------------------


def walk_spans(tree):
    """Every span object in a tree of dicts and lists (code-point form)."""
    if isinstance(tree, dict):
        if "start_byte" in tree:
            yield tree
            return
        for value in tree.values():
            yield from walk_spans(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from walk_spans(value)


def chars_from_bytes(tree, text):
    """The crate's JSON (byte spans) with every span rewritten the way the binding should
    give it, computed here independently from the UTF-8 encoding."""
    data = text.encode("utf-8")

    def position(byte):
        return len(data[:byte].decode("utf-8"))

    if isinstance(tree, dict):
        if set(tree) == {"start", "end"} and all(isinstance(v, int) for v in tree.values()):
            return {
                "start": position(tree["start"]),
                "end": position(tree["end"]),
                "start_byte": tree["start"],
                "end_byte": tree["end"],
            }
        return {k: chars_from_bytes(v, text) for k, v in tree.items()}
    if isinstance(tree, list):
        return [chars_from_bytes(v, text) for v in tree]
    return tree


def rust_json(path):
    """The crate's JSON for a file: from the crate's `parse` example when CI built it
    (TIFA_PARSE_EXAMPLE), else from the binding's serde_json output."""
    example = os.environ.get("TIFA_PARSE_EXAMPLE")
    if example:
        out = subprocess.run([example, str(path)], check=True, capture_output=True, text=True)
        return json.loads(out.stdout)
    return json.loads(tifa.parse(read(path)).to_json())


def squash(s):
    return " ".join(s.split())


# --- the reference document -----------------------------------------------------------


def test_reference_constant_is_the_shipped_file():
    assert tifa.REFERENCE_DOCUMENT == read(REFERENCE_FILE)
    assert len(tifa.REFERENCE_DOCUMENT) > 10_000


def test_reference_metadata(reference):
    assert reference.title.startswith("The main points")
    assert reference.publisher == "Mondo Social"
    assert reference.date == "2024-01-31"
    assert reference.meeting.name == "Foreign Affairs Work Conference"
    assert (reference.meeting.start, reference.meeting.end) == ("2023-12-27", "2023-12-28")
    assert reference.meeting.year_inferred is True
    assert reference.name == "reference"
    assert not reference.has_errors()


def test_reference_ten_achievements_with_markers(reference):
    got = [
        (a.ordinal, a.marker, reference.line_col(a.span.start)[0])
        for a in reference.achievements
    ]
    assert got == [
        (1, "First,", 13),
        (2, "Second,", 15),
        (3, "The third is to", 17),
        (4, "Fourth,", 19),
        (5, "Fifth,", 21),
        (6, "Sixth,", 23),
        (7, "Seventh,", 25),
        (8, "Eighth,", 27),
        (9, "Ninth,", 29),
        (10, "Ten is to", 31),
    ]
    assert reference.achievements[2].text.startswith("advocate the building of a community")
    first = reference.enumerations[0]
    assert (first.heading.text, first.kind, first.declared_count) == (
        "Ten Achievements",
        "achievements",
        10,
    )


def test_reference_six_principles(reference):
    got = [
        (p.ordinal, p.modality, reference.line_col(p.span.start)[0])
        for p in reference.principles
    ]
    assert got == [
        (1, "must", 41),
        (2, "must", 43),
        (3, "necessary", 45),
        (4, "must", 47),
        (5, "must", 49),
        (6, "necessary", 51),
    ]
    assert reference.principles[0].text.startswith("We must uphold principles")


def test_reference_initiatives_with_mention_counts(reference):
    got = [
        (i.name, i.acronym, i.known, [reference.line_col(m.start)[0] for m in i.mentions])
        for i in reference.initiatives
    ]
    # Every named thing, in order of first mention: meetings, organisations and agreements
    # as well as initiatives (their `kind` tells them apart).
    assert got == [
        ("Central Conference on Work Relating to Foreign Affairs", None, True, [1, 5]),
        ("Communist Party of China", "CPC", True, [5]),
        ("18th National Congress of the Communist Party of China", None, True, [11]),
        ("Belt and Road Initiative", "BRI", True, [25, 81]),
        ("Global Development Initiative", "GDI", True, [79]),
        ("Global Security Initiative", "GSI", True, [79]),
        ("Global Civilization Initiative", "GCI", True, [79]),
        ("Charter of the United Nations", None, True, [93]),
    ]
    assert [i.kind for i in reference.initiatives] == [
        "meeting",
        "organisation",
        "meeting",
        "initiative",
        "initiative",
        "initiative",
        "initiative",
        "agreement",
    ]
    text = reference.source
    bri = reference.initiatives[3]
    assert [text[m.start : m.end] for m in bri.mentions] == [
        "Belt and Road",
        "Belt and Road",
    ]


def test_reference_concepts(reference):
    counts = {c.name: len(c.mentions) for c in reference.concepts}
    assert counts["community with a shared future for mankind"] == 6
    assert counts["major-country diplomacy with Chinese characteristics"] == 11
    # Line 87's `equal and orderly multipolar world` is a formulation of its own (the
    # lexicon's), so `multipolar world` is found on lines 83, 89 and 91 only.
    assert counts["multipolar world"] == 3
    assert counts["equal and orderly multipolar world"] == 1
    assert counts["true multilateralism"] == 1


# --- offsets --------------------------------------------------------------------------


def test_span_offsets_count_code_points():
    text = "“Two musts”.\n\nWe must unite.\n\nWe must work hard.\n"
    doc = tifa.parse(text)
    s = doc.principles[0].span
    assert (s.start, s.end, s.start_byte, s.end_byte) == (14, 28, 18, 32)
    assert text[s.start : s.end] == "We must unite."
    assert text[s.slice()] == "We must unite."
    assert text.encode()[s.start_byte : s.end_byte].decode() == "We must unite."


def test_every_span_of_every_corpus_document_slices_the_python_string(corpus):
    checked = shifted = 0
    for name, text, doc in corpus:
        data = text.encode("utf-8")
        for s in walk_spans(doc.to_dict()):
            assert text[s["start"] : s["end"]] == data[s["start_byte"] : s["end_byte"]].decode(), (name, s)
            checked += 1
            shifted += s["start"] != s["start_byte"]
    assert checked > 1000
    # Several corpus documents have curly quotes or NBSP before their spans: the test
    # must see offsets where characters and bytes differ.
    assert shifted > 100


def test_every_mention_slices_to_its_name(corpus):
    mentions = 0
    for name, text, doc in corpus:
        for entry in list(doc.initiatives) + list(doc.concepts):
            for m in entry.mentions:
                printed = text[m.start : m.end]
                assert printed and printed == doc.text(m), (name, entry.name)
                assert printed == printed.strip()
                mentions += 1
        # The flat records carry the same text.
        for row in doc.names():
            assert text[row["start"] : row["end"]] == row["text"]
    assert mentions > 100


def test_every_item_slices_to_its_marker_and_text(corpus):
    items = 0
    for name, text, doc in corpus:
        for e in doc.enumerations:
            for item in e.items:
                printed = text[item.span.start : item.span.end]
                if item.marker is not None:
                    assert item.marker in printed, (name, item.ordinal)
                assert squash(item.text) in squash(printed), (name, item.ordinal)
                items += 1
        for a in doc.achievements:
            assert squash(a.text) in squash(text[a.span.start : a.span.end])
        for row in doc.items():
            assert squash(row["text"]) in squash(text[row["start"] : row["end"]])
            assert doc.line_col(row["start"]) == (row["line"], row["column"])
    assert items > 50


def test_line_col_agrees_with_the_crate_diagnostics(corpus):
    seen = 0
    for name, text, doc in corpus:
        for d in doc.diagnostics:
            assert doc.line_col(d.span.start) == (d.line, d.column), (name, d.message)
            seen += 1
    assert seen > 0


# --- errors ---------------------------------------------------------------------------


def test_parse_strict_raises_parse_error_with_fields():
    damaged = tifa.REFERENCE_DOCUMENT.replace("Seventh, ", "", 1)
    with pytest.raises(tifa.ParseError) as info:
        tifa.parse_strict(damaged)
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.line, e.column) == (7, 1)
    assert e.reason == '"Ten Achievements" declares 10 items, but 9 were found'
    assert str(e) == 'line 7, column 1: "Ten Achievements" declares 10 items, but 9 were found'
    assert e.kind == "count_mismatch"
    assert damaged[e.position :].startswith('"Ten Achievements"')
    assert damaged.encode()[e.offset :].startswith(b'"Ten Achievements"')
    # The lenient entry point returns the document with the diagnostic.
    doc = tifa.parse(damaged)
    assert doc.has_errors()
    errors = [d for d in doc.diagnostics if d.severity == "error"]
    assert [d.kind for d in errors] == ["count_mismatch"]
    assert len(doc.achievements) == 9


def test_parse_strict_accepts_the_reference():
    assert len(tifa.parse_strict(tifa.REFERENCE_DOCUMENT).achievements) == 10


def test_parse_bytes_on_invalid_utf8():
    with pytest.raises(tifa.ParseError) as info:
        tifa.parse_bytes("ok\n“é” then ".encode() + b"\xff rest")
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.line, e.column) == (2, 10)
    assert e.offset == len("ok\n“é” then ".encode())
    assert e.kind == "invalid_utf8"
    assert e.reason == f"invalid UTF-8: expected a valid sequence, but found byte 0xff at offset {e.offset}"
    assert e.position is None


def test_parse_bytes_on_valid_utf8_equals_parse():
    data = tifa.REFERENCE_DOCUMENT.encode()
    assert tifa.parse_bytes(data).to_dict() == tifa.parse(tifa.REFERENCE_DOCUMENT).to_dict()
    assert tifa.parse_bytes(bytearray(data), name="x").name == "x"


def test_parse_rejects_bytes_with_a_hint():
    with pytest.raises(TypeError, match="parse_bytes"):
        tifa.parse(b"First, open up.")


def test_parse_is_total_on_odd_input():
    for text in ["", "\n\n", "\x00", "“", "First," * 1000, "\r\n".join(["Second,"] * 50)]:
        doc = tifa.parse(text)
        for s in walk_spans(doc.to_dict()):
            assert 0 <= s["start"] <= s["end"] <= len(text)


# --- comparison -----------------------------------------------------------------------


def test_compare_a_document_with_itself():
    c = tifa.compare(tifa.REFERENCE_DOCUMENT, tifa.parse(tifa.REFERENCE_DOCUMENT))
    assert c.is_unchanged()
    assert len(c.items.kept) == 10 + 6 + 6 + 5
    assert not c.items.added and not c.items.dropped and not c.items.reworded


def test_compare_finds_the_dropped_and_the_reworded_item():
    b_text = tifa.REFERENCE_DOCUMENT.replace(
        "Seventh, we have promoted high-quality Belt and Road cooperation and built the world's "
        "broadest and largest platform for international cooperation.\n\n",
        "",
    ).replace(
        "We must carry forward the spirit of struggle,",
        "We must always carry forward the fighting spirit,",
    )
    a, b = tifa.parse(tifa.REFERENCE_DOCUMENT), tifa.parse(b_text)
    c = tifa.compare(a, b)
    assert not c.is_unchanged()
    assert not c.items.added
    [dropped] = c.items.dropped
    assert (dropped.a.enumeration, dropped.a.ordinal) == ("Ten Achievements", 7)
    assert a.line_col(dropped.a.span.start)[0] == 25
    [reworded] = c.items.reworded
    assert 0.8 < reworded.score < 1.0
    # Spans under `a` point into a's text, under `b` into b's.
    assert a.line_col(reworded.a.span.start)[0] == 49
    assert b.line_col(reworded.b.span.start)[0] == 47
    assert b_text[reworded.b.span.start : reworded.b.span.end].startswith("We must always carry forward")
    belt = next(n for n in c.initiatives.kept if n.name == "Belt and Road Initiative")
    assert (belt.mentions_a, belt.mentions_b) == (2, 1)
    assert [(e.kind, e.found.a, e.found.b) for e in c.enumerations] == [
        ("achievements", 10, 9),
        ("principles", 6, 6),
        ("other", 6, 6),
    ]


def test_compare_spans_slice_both_texts_on_the_corpus(corpus):
    (_, ta, a), (_, tb, b) = corpus[0], corpus[2]
    c = tifa.compare(a, b)
    sides = 0
    for change in c.to_dict()["items"].values():
        for pair in change:
            for key, text, doc in (("a", ta, a), ("b", tb, b)):
                side = pair[key]
                if side is not None:
                    s = side["span"]
                    assert text[s["start"] : s["end"]] == text.encode()[s["start_byte"] : s["end_byte"]].decode()
                    assert squash(side["text"]) in squash(text[s["start"] : s["end"]])
                    sides += 1
    assert sides > 0


# --- the model as Python objects and as JSON --------------------------------------------


def test_to_dict_equals_the_rust_json_on_every_corpus_document(corpus):
    for name, text, doc in corpus:
        path = REFERENCE_FILE if name == REFERENCE_FILE.name else CORPUS_FILES[0].parent / name
        expected = rust_json(path)
        assert doc.to_dict(offsets="bytes") == expected, name
        assert doc.to_dict() == chars_from_bytes(expected, text), name
        assert json.loads(doc.to_json(pretty=True)) == expected, name
        assert list(doc.to_dict()) == list(expected), name


def test_attributes_are_the_json_keys(reference):
    keys = list(json.loads(reference.to_json()))
    for key in keys:
        assert getattr(reference, key) is not None or reference.to_dict()[key] is None
    assert set(keys) <= set(dir(reference))
    assert reference.concepts[0].mentions[0].end > reference.concepts[0].mentions[0].start
    assert reference["title"] == reference.title
    assert "achievements" in reference
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        reference.nope
    with pytest.raises(AttributeError, match="read-only"):
        reference.title = "x"
    with pytest.raises(ValueError):
        reference.to_dict(offsets="words")


def test_to_dict_is_a_copy(reference):
    d = reference.to_dict()
    d["achievements"].clear()
    assert len(reference.achievements) == 10
    assert len(reference.to_dict()["achievements"]) == 10


def test_documents_pickle_as_their_text(reference):
    back = pickle.loads(pickle.dumps(reference))
    assert back.to_dict() == reference.to_dict()
    assert (back.name, back.source) == (reference.name, reference.source)


def test_docstring_examples_run():
    result = doctest.testmod(tifa, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted >= 20


# --- threads --------------------------------------------------------------------------


def test_parse_many_equals_a_loop(corpus):
    texts = [text for _, text, _ in corpus] * 3
    names = [f"{i}-{n}" for i, (n, _, _) in enumerate(corpus * 3)]
    looped = [tifa.parse(t, name=n) for t, n in zip(texts, names)]
    for threads in (None, 1, 2, 4):
        docs = tifa.parse_many(texts, threads=threads, names=names)
        assert len(docs) == len(texts)
        assert [d.to_dict() for d in docs] == [d.to_dict() for d in looped]
        assert [d.to_json() for d in docs] == [d.to_json() for d in looped]
        assert [d.name for d in docs] == names
        assert [d.items() for d in docs] == [d.items() for d in looped]


def test_parse_many_arguments():
    assert tifa.parse_many([]) == []
    assert len(tifa.parse_many(iter(["First, a.", "Second, b."]))) == 2
    with pytest.raises(ValueError, match="threads"):
        tifa.parse_many(["x"], threads=0)
    with pytest.raises(ValueError, match="names"):
        tifa.parse_many(["x"], names=["a", "b"])
    with pytest.raises(TypeError):
        tifa.parse_many([b"x"])


def test_parse_from_python_threads_equals_a_loop(corpus):
    from concurrent.futures import ThreadPoolExecutor

    texts = [text for _, text, _ in corpus] * 4
    with ThreadPoolExecutor(4) as pool:
        docs = list(pool.map(tifa.parse, texts))
    assert [d.to_json() for d in docs] == [tifa.parse(t).to_json() for t in texts]


# --- explain --------------------------------------------------------------------------


def test_explain_names_the_rules_with_places_that_slice_the_text(corpus):
    rows = tifa.explain(tifa.REFERENCE_DOCUMENT)
    line7 = [(r["rule"], r["shown"]) for r in rows if r["line"] == 7]
    assert line7 == [
        ("plain_heading", "heading"),
        ("declared_count", "declares 10"),
        ("section_rank", "rank 1"),
    ]
    assert [r["verdict"] for r in rows if r["line"] == 7] == [
        {"kind": "heading"},
        {"declares": 10},
        {"rank": 1},
    ]
    for _, text, _ in corpus:
        data = text.encode("utf-8")
        for r in tifa.explain(text):
            assert text[r["start"] : r["end"]] == data[r["start_byte"] : r["end_byte"]].decode("utf-8")
            assert r["summary"].endswith(".")
    with pytest.raises(TypeError):
        tifa.explain(b"bytes")
