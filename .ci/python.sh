#!/usr/bin/env bash
# The Python package (python/): build and install it with pip in a fresh virtual
# environment, as a user would, then run its test suite, the README's one-line check and
# the benchmark script on a small input. Needs python3 (with venv) and cargo; fetches
# maturin, pytest, pandas, polars, dask and pyarrow from PyPI.
# Called by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if ! python3 -m venv --help >/dev/null 2>&1; then
    apt-get update && apt-get install -y python3-venv
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1
python3 -m venv "$work/v"
py="$work/v/bin/python"

echo "python: pip install ./python"
"$py" -m pip install -q --upgrade pip
"$py" -m pip install ./python
"$py" -m pip install -q pytest pandas polars "dask[dataframe]" pyarrow

echo "python: the one-line check on the reference document"
got=$(cd "$work" && "$py" -c "import tifa; print(len(tifa.parse(open('$root/data/conference-summary.txt').read()).achievements))")
if [ "$got" != "10" ]; then
    echo "expected 10 achievements, got: $got" >&2
    exit 1
fi

echo "python: the crate's parse example, to compare to_dict() with the Rust JSON"
cargo build --quiet --example parse
export TIFA_PARSE_EXAMPLE="${CARGO_TARGET_DIR:-$root/target}/debug/examples/parse"
test -x "$TIFA_PARSE_EXAMPLE"

echo "python: pytest"
set +e
(cd python && "$py" -m pytest -q -p no:cacheprovider tests)
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
    # Exit code 5 (no tests collected) fails too.
    echo "pytest failed with exit code $rc" >&2
    exit 1
fi

echo "python: benchmark script, small input"
"$py" python/benchmarks/bench.py --copies 2 --repeat 1 >/dev/null
echo "python: all checks passed"
