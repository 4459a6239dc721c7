#!/usr/bin/env bash
# CI for the `tifa` command (cli/) and the library's MSRV, called by .ci/run after the
# workspace's clippy and tests (which cover the command's code and its integration tests).
# Installs what it needs: DuckDB for Python, Chromium, the MSRV toolchain.
#
#   1. its CSV read by Python's csv module and by DuckDB, with the right row counts
#   2. its HTML page for the reference document loaded in headless Chromium: the expected
#      elements in the DOM, every outline link resolved by the page's own check, no console
#      errors, and a hostile document rendered as text
#   3. memory: `tifa corpus` over a generated corpus of at least 200 MB keeps its peak
#      resident set at or under 64 MB and writes its first record early
#   4. the library type-checks with the toolchain of its declared rust-version
#
# The command checked is the debug build `cargo test --workspace` has just made: a release
# build of it and its dependencies costs CI minutes and changes nothing these checks
# measure (the memory check is stricter on a slower build, if anything).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
WORK=$(mktemp -d /tmp/tifa-ci-cli.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
say() { echo "ci cli: [$SECONDS s] $*"; }
fail() { echo "ci cli: FAILED: $*" >&2; exit 1; }
# Downloads from the registries sometimes drop the connection: try a few times.
retry() { local n; for n in 1 2 3 4; do "$@" && return 0; echo "ci cli: retrying ($n): $*" >&2; sleep $((n * 5)); done; "$@"; }

say "the command"
TIFA=$TARGET/debug/tifa
# `cargo test --workspace` built it for the command's integration tests; building it again
# on its own would resolve features differently and compile the library a second time.
[ -x "$TIFA" ] || cargo build -p tifa-cli
[ -x "$TIFA" ] || fail "no binary at $TIFA"

# ---------------------------------------------------------------- CSV in Python and DuckDB
say "CSV read by Python's csv module and DuckDB"
command -v python3 >/dev/null || fail "python3 is needed for the CSV check"
if ! python3 -c "import duckdb" 2>/dev/null; then
    retry python3 -m pip install --quiet duckdb 2>/dev/null \
        || retry python3 -m pip install --quiet --break-system-packages duckdb
fi
"$TIFA" corpus -q --format csv -o "$WORK/tables" data/corpus
"$TIFA" corpus -q data/corpus -o "$WORK/corpus.jsonl"
python3 - "$WORK/tables" "$WORK/corpus.jsonl" <<'EOF'
import csv, json, sys
import duckdb

tables, jsonl = sys.argv[1], sys.argv[2]
records = [json.loads(line) for line in open(jsonl, encoding="utf-8")]
expected = {
    "documents": len(records),
    "items": sum(len(e["items"]) for r in records for e in r["enumerations"]),
    "names": sum(len(r["initiatives"]) + len(r["concepts"]) for r in records),
}
assert expected["documents"] >= 9 and expected["items"] > 30, expected
for name, rows in expected.items():
    path = f"{tables}/{name}.csv"
    with open(path, newline="", encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert len(got) == rows, (path, len(got), rows)
    n = duckdb.sql(f"SELECT count(*) FROM read_csv('{path}', header = true)").fetchall()[0][0]
    assert n == rows, (path, "duckdb", n, rows)
    print(f"  {name}.csv: {rows} rows (csv module and DuckDB agree)")
# Values survive the round trip: item texts as the JSON has them.
with open(f"{tables}/items.csv", newline="", encoding="utf-8") as f:
    items = list(csv.DictReader(f))
texts = [i["text"] for r in records for e in r["enumerations"] for i in e["items"]]
assert [i["text"] for i in items] == texts
duck = duckdb.sql(f"SELECT text FROM read_csv('{tables}/items.csv', header = true, all_varchar = true)").fetchall()
assert [t[0] for t in duck] == texts
EOF
# Code point offsets slice Python strings and DuckDB's substring.
"$TIFA" corpus -q --offsets chars data/corpus -o "$WORK/chars.jsonl"
python3 - "$WORK/chars.jsonl" <<'EOF'
import json, sys
import duckdb
checked = 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    text = open(r["file"], encoding="utf-8").read()
    b = text.encode("utf-8")
    for i in r["initiatives"]:
        for m in i["mentions"]:
            got = text[m["start"]:m["end"]]
            duck = duckdb.sql("SELECT substring(?, ?, ?)", params=[text, m["start"] + 1, m["end"] - m["start"]]).fetchall()[0][0]
            assert got == duck, (got, duck)
            assert got.strip(), got
            checked += 1
assert checked > 20, checked
print(f"  {checked} initiative mentions slice the same in Python and DuckDB with --offsets chars")
EOF

# ---------------------------------------------------------------- HTML in headless Chromium
say "HTML in headless Chromium"
if ! command -v chromium >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    retry apt-get update -qq
    retry apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
chrome() { # chrome PAGE OUT: the DOM after load in OUT, the browser's log in OUT.log
    local profile
    profile=$(mktemp -d "$WORK/profile.XXXXXX")
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
        --enable-logging=stderr --v=0 --virtual-time-budget=2000 \
        --dump-dom "file://$1" >"$2" 2>"$2.log" || { cat "$2.log" >&2; fail "chromium on $1"; }
}
"$TIFA" html --reference -o "$WORK/reference.html"
chrome "$WORK/reference.html" "$WORK/reference.dom"
python3 - "$WORK/reference.dom" "$WORK/reference.dom.log" <<'EOF'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
log = open(sys.argv[2], encoding="utf-8", errors="replace").read()
def count(pattern):
    return len(re.findall(pattern, dom))
checks = {
    "the page's own link check ran and found every target": 'data-links="ok"' in dom,
    "16 list items (10 achievements, 6 musts)": count(r'<span class="mark item"') >= 16,
    "ordinal badges 1 to 10": all(f'<span class="badge">{n}</span>' in dom for n in range(1, 11)),
    "the Ten Achievements list with its counts": "declares 10, found 10" in dom,
    "initiative mentions": count(r'<span class="mark initiative"') >= 5,
    "concept mentions": count(r'<span class="mark concept"') >= 3,
    "headings": count(r'<span class="mark heading"') >= 2,
    "greyed chrome or credits": count(r'<span class="mark (chrome|credit)') >= 1,
    "an inline diagnostic": count(r'<span class="note info" id="diagnostic-1"') == 1,
    "outline lists": all(f'id="outline-{x}"' in dom for x in ["sections", "lists", "initiatives", "concepts", "diagnostics"]),
}
bad = [k for k, ok in checks.items() if not ok]
assert not bad, bad
console = [l for l in log.splitlines() if "CONSOLE" in l or "Uncaught" in l or "Refused" in l]
assert not console, console
print("  reference page: " + "; ".join(checks))
EOF
printf '%s\n' "<script>document.title='pwned'</script> Work Conference" "" '"Two tasks".' "" \
    'First, "><img src=x onerror="document.body.setAttribute(\x27data-pwned\x27,1)"> open up.' "" \
    "Second, <svg onload=alert(1)> reform." >"$WORK/evil.txt"
"$TIFA" html "$WORK/evil.txt" -o "$WORK/evil.html"
chrome "$WORK/evil.html" "$WORK/evil.dom"
python3 - "$WORK/evil.dom" "$WORK/evil.dom.log" <<'EOF'
import sys
dom = open(sys.argv[1], encoding="utf-8").read()
log = open(sys.argv[2], encoding="utf-8", errors="replace").read()
assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0], "an injected handler ran"
assert "<img" not in dom and "<svg" not in dom, "markup from the document became elements"
assert dom.count("<script") == 1, "a script from the document became an element"
assert "&lt;script&gt;document.title=" in dom and "&lt;img src=x onerror=" in dom
assert "pwned</title>" not in dom
assert 'data-links="ok"' in dom
assert not [l for l in log.splitlines() if "CONSOLE" in l or "Uncaught" in l], log
print("  hostile document: rendered as text, nothing injected")
EOF

# ---------------------------------------------------------------- memory and streaming
say "memory on a generated corpus of 200 MB or more"
python3 - "$WORK/big" data/corpus data/conference-summary.txt <<'EOF'
import os, sys
out, corpus, reference = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out)
texts = [open(reference, encoding="utf-8").read()]
texts += [open(os.path.join(corpus, f), encoding="utf-8").read()
          for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
total, n = 0, 0
while total < 205_000_000:
    # Each file holds eight copies of one document, separated by blank lines (about 10-80 kB).
    t = "\n\n".join([texts[n % len(texts)]] * 8)
    with open(os.path.join(out, f"doc{n:06}.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    total += len(t.encode("utf-8"))
    n += 1
print(f"  {n} files, {total / 1e6:.1f} MB")
EOF
python3 - "$TIFA" "$WORK/big" "$WORK/time.txt" <<'EOF'
import re, subprocess, sys, time
tifa, big, timing = sys.argv[1:]
start = time.monotonic()
p = subprocess.Popen(["/usr/bin/time", "-v", "-o", timing, tifa, "corpus", big],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
first = None
lines = 0
for line in p.stdout:
    if first is None:
        first = time.monotonic() - start
    lines += 1
err = p.stderr.read().decode()
rc = p.wait()
total = time.monotonic() - start
assert rc == 0, (rc, err)
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(timing).read()).group(1))
print(f"  {lines} records; first after {first:.2f} s of {total:.1f} s ({100 * first / total:.1f} %); peak RSS {rss_kb / 1024:.1f} MB")
print("  " + err.strip().splitlines()[-1])
assert lines > 2000, lines
assert rss_kb <= 64 * 1024, f"peak RSS {rss_kb} kB is over 64 MB"
assert first < 0.10 * total, f"first record after {first:.2f} s of {total:.2f} s"
# Progress on a non-terminal: plain lines, no carriage returns.
assert "\r" not in err
EOF

# ---------------------------------------------------------------- MSRV
MSRV=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml | head -1)
say "the library on its declared MSRV, Rust $MSRV"
retry rustup toolchain install "$MSRV" --profile minimal >/dev/null
# A check (no code generation) finds what a build would: syntax, library APIs and
# language features newer than the declared version.
cargo "+$MSRV" check --locked -p tifa --lib
say "all checks passed"
