#!/usr/bin/env python3
"""Check set5: every JSON parses, has the corpus keys, and every expected string
(title, first_words, musts_first_words, initiatives, concepts, credit values, photo
credits, headings, enumeration headings) occurs verbatim in its .txt.
Also re-derives each first_words string from its occurrence: it must be the first
six whitespace-separated tokens from that point (or fewer, flagged for review).
Usage: python3 verify_set5.py [DIR]"""
import glob, json, os, re, sys

KEYS = ["file", "source_url", "original_source", "title", "publisher", "date", "genre", "complete",
        "length_chars", "headings", "enumerations", "musts", "musts_first_words", "initiatives",
        "concepts", "credits", "notes"]
ENUM_KEYS = ["heading", "declared_count", "items", "marker_style", "strength", "first_words"]

def six_tokens_from(text, pos):
    """The exact substring covering the first six whitespace-separated tokens from pos."""
    m = re.compile(r"\S+").finditer(text, pos)
    spans = []
    for t in m:
        spans.append(t)
        if len(spans) == 6:
            break
    return text[pos:spans[-1].end()] if spans else ""

def check(d):
    bad, review = 0, []
    for gtp in sorted(glob.glob(os.path.join(d, "*.json"))):
        name = os.path.basename(gtp)
        try:
            gt = json.load(open(gtp, encoding="utf-8"))
        except ValueError as e:
            print(f"FAIL {name}: JSON does not parse: {e}"); bad += 1; continue
        txtp = gtp[:-5] + ".txt"
        text = open(txtp, encoding="utf-8").read()
        errs = []
        for k in KEYS:
            if k not in gt:
                errs.append(f"missing key {k}")
        if gt.get("file") != os.path.basename(txtp):
            errs.append("file key does not name the .txt")
        n = len(text[:-1] if text.endswith("\n") else text)
        if gt.get("length_chars") != n:
            errs.append(f"length_chars {gt.get('length_chars')} != {n}")
        if gt.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gt["date"]):
            errs.append("date not ISO")
        def must_occur(s, what):
            if s is not None and s not in text:
                errs.append(f"{what} not verbatim: {s!r}")
        must_occur(gt.get("title"), "title")
        for h in gt.get("headings", []):
            must_occur(h, "heading")
        for e in gt.get("enumerations", []):
            for k in ENUM_KEYS:
                if k not in e:
                    errs.append(f"enumeration missing {k}")
            must_occur(e.get("heading"), "enumeration heading")
            fw = e.get("first_words", [])
            if e.get("strength") != "declared-only" and len(fw) != e.get("items"):
                errs.append(f"items {e.get('items')} != len(first_words) {len(fw)} for {e.get('heading')!r}")
            if e.get("strength") not in ("explicit", "soft", "implicit-parallel", "declared-only"):
                errs.append(f"bad strength {e.get('strength')}")
            for w in fw:
                must_occur(w, "first_words")
                if w in text:
                    cjk = any("\u4e00" <= ch <= "\u9fff" for ch in w)
                    if cjk:
                        if len(w) != 6:
                            review.append(f"{name}: CJK first_words not 6 chars: {w!r}")
                        continue
                    ntok = len(w.split())
                    if ntok > 6:
                        errs.append(f"first_words has {ntok} tokens: {w!r}")
                    # the string must be a token-aligned prefix of the six tokens at some occurrence
                    ok = False
                    for m in re.finditer(re.escape(w), text):
                        st = m.start()
                        if st > 0 and not text[st - 1].isspace():
                            continue
                        six = six_tokens_from(text, st)
                        if ntok == 6 and six == w:
                            ok = True
                        elif ntok < 6 and six.startswith(w):
                            ok = True
                            review.append(f"{name}: short item ({ntok} tokens) {w!r} -> text continues {six!r}")
                        if ok:
                            break
                    if not ok:
                        errs.append(f"first_words not token-aligned at any occurrence: {w!r}")
        if gt.get("musts") != len(gt.get("musts_first_words", [])):
            errs.append("musts != len(musts_first_words)")
        for w in gt.get("musts_first_words", []):
            must_occur(w, "musts_first_words")
            if w in text and len(w.split()) != 6:
                review.append(f"{name}: must with {len(w.split())} tokens {w!r}")
        for k in ("initiatives", "concepts", "photo_credits"):
            for s in gt.get(k, []) or []:
                must_occur(s, k)
        for role, v in (gt.get("credits") or {}).items():
            must_occur(v, f"credit {role}")
        if errs:
            bad += 1
            print(f"FAIL {name}")
            for x in errs:
                print("   ", x)
        else:
            print(f"ok   {name}  ({n} chars, {len(gt.get('enumerations', []))} lists, musts {gt.get('musts')})")
    for r in review:
        print("review:", r)
    print(f"{bad} file(s) with errors")
    return bad

if __name__ == "__main__":
    sys.exit(1 if check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))) else 0)
