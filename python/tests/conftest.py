"""Shared paths and fixtures: every input lives in the repository."""

from pathlib import Path

import pytest

import tifa

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
REFERENCE_FILE = REPO / "data" / "conference-summary.txt"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference():
    return tifa.parse(tifa.REFERENCE_DOCUMENT, name="reference")


@pytest.fixture(scope="session")
def corpus():
    """(file name, text, document) for every corpus document and the reference."""
    assert len(CORPUS_FILES) >= 9, CORPUS_FILES
    out = []
    for path in CORPUS_FILES + [REFERENCE_FILE]:
        text = read(path)
        out.append((path.name, text, tifa.parse(text, name=path.name)))
    return out
