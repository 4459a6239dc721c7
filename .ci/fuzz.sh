#!/usr/bin/env bash
# Fuzzing, called by .ci/run: installs cargo-fuzz, builds every fuzz target without a
# sanitizer (debug assertions on; the crate has no `unsafe`) and runs each from the
# checked-in seeds (fuzz/seeds) with the genre dictionary (fuzz/tifa.dict). Fails on any
# crash, timeout or out-of-memory, naming the input.
#
# In CI each target runs a fixed number of inputs from a fixed seed, so that a run is
# repeatable: what passed here passes there, and a failure can be replayed. The long,
# open-ended campaign runs by time and from the corpus kept between runs:
#
#   bash .ci/fuzz.sh                                    # what CI runs
#   FUZZ_RUNS=200000 bash .ci/fuzz.sh                   # more inputs per target
#   FUZZ_SECONDS=3600 FUZZ_TARGETS=parse nice -n 19 bash .ci/fuzz.sh   # the campaign
#
# A finding becomes a file in tests/regressions/ (its valid UTF-8 prefix: the targets
# take `&str`), which the test suite replays.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds="${FUZZ_SECONDS:-}"
runs="${FUZZ_RUNS:-20000}"
# `variants` and `outline` (which checks the variants too) do not explore in CI: they are
# the targets that find things (one whitespace-dependent limit per one to two million
# inputs in the campaign of 2026-11-30, after ten fixed), and a coverage-guided search
# built by another toolchain takes other paths, so a CI run could fail on code its commit
# did not touch. In CI they replay instead (every seed and every file of
# tests/regressions/ once, no mutation: deterministic), and they explore in the campaign
# (FUZZ_TARGETS="variants outline"); the test suite checks the same property on seeded
# random texts and on every regression file.
targets="${FUZZ_TARGETS:-parse parse_bytes parse_strict roundtrip slow scan}"
replay="${FUZZ_REPLAY-variants outline}"
export RUSTC_BOOTSTRAP=1 # cargo-fuzz passes unstable flags; no nightly toolchain needed

if ! command -v c++ >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq g++ >/dev/null
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# Without comparison tracing: on these machines it cost more than the parser itself
# (parse 1,146 -> 3,644 and variants 328 -> 1,465 executions per second in 30 s runs from
# the same corpus); the dictionary supplies the genre's tokens that tracing would find.
flags=(--sanitizer none --debug-assertions --no-trace-compares)
cargo fuzz build "${flags[@]}"

# Per-target libFuzzer options: input length from the genre (documents mostly under
# 16 kB; the outline target reads bytes that choose pieces; the slow-input hunt uses long
# inputs), and a timeout per input.
options() {
    case "$1" in
        outline) echo "-max_len=4096 -timeout=10" ;;
        # Two parses and two JSON trees per input: 8 kB holds a header, several sections
        # and their lists, at 2,213 inputs per second against 1,869 with 16 kB.
        variants) echo "-max_len=8192 -timeout=10 -dict=tifa.dict" ;;
        slow) echo "-max_len=131072 -timeout=10" ;;
        *) echo "-max_len=16384 -timeout=10 -dict=tifa.dict" ;;
    esac
}

for t in $targets; do
    log="ci-$t.log"
    if [ -n "$seconds" ]; then
        # The campaign: by time, growing the corpus kept in fuzz/corpus/TARGET.
        mkdir -p "corpus/$t"
        dirs=("corpus/$t" seeds)
        limit=(-max_total_time="$seconds")
        echo "fuzz: $t for ${seconds} s"
    else
        # CI: a fixed number of inputs from a fixed seed, starting from the seeds only.
        rm -rf "ci-corpus/$t"
        mkdir -p "ci-corpus/$t"
        dirs=("ci-corpus/$t" seeds)
        limit=(-runs="$runs" -seed=20261129)
        echo "fuzz: $t, $runs inputs"
    fi
    start=$SECONDS
    # shellcheck disable=SC2046
    if ! cargo fuzz run "${flags[@]}" "$t" "${dirs[@]}" -- \
        $(options "$t") "${limit[@]}" -rss_limit_mb=2048 -print_final_stats=1 \
        >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        echo "fuzz: $t failed (the input is in fuzz/artifacts/$t)" >&2
        exit 1
    fi
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec)" "$log" || true
    echo "fuzz: $t took $((SECONDS - start)) s"
done
if [ -z "$seconds" ]; then
    for t in $replay; do
        log="replay-$t.log"
        echo "fuzz: $t, replaying the seeds and tests/regressions/"
        # shellcheck disable=SC2046
        if ! cargo fuzz run "${flags[@]}" "$t" seeds ../tests/regressions -- \
            $(options "$t") -runs=0 -rss_limit_mb=2048 >"$log" 2>&1; then
            tail -n 60 "$log" >&2
            echo "fuzz: $t failed on a replayed input (in fuzz/artifacts/$t)" >&2
            exit 1
        fi
        grep -E "INITED|DONE" "$log" | tail -n 1 || true
    done
fi
echo "fuzz: all targets ran clean"
