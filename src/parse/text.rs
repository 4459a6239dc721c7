//! Small helpers over borrowed text: trimming to spans, words, sentence ends.

use crate::span::Span;

/// Result of the crate's nom parsers: `&str` in, no error payload (callers only need to
/// know whether a rule matched).
pub(crate) type PResult<'a, O> = nom::IResult<&'a str, O, ()>;

/// Recognises `tag` at the start of the input, ignoring ASCII case.
///
/// nom's `tag_no_case` lowercases every character with full Unicode rules; the tags of
/// this crate are ASCII, so a byte comparison does the same job far faster.
pub(crate) fn tag_ci(tag: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    move |i: &str| {
        let n = tag.len();
        match (i.as_bytes().get(..n), i.get(..n), i.get(n..)) {
            (Some(head), Some(matched), Some(rest))
                if head.eq_ignore_ascii_case(tag.as_bytes()) =>
            {
                Ok((rest, matched))
            }
            _ => Err(nom::Err::Error(())),
        }
    }
}

/// Recognises a phrase of ASCII words, ignoring case, with any run of spaces (NBSP and
/// line breaks included) where the phrase has one space: `phrase_ci("editor in chief")`.
pub(crate) fn phrase_ci(phrase: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    move |i: &str| {
        let mut rest = i;
        for (k, word) in phrase.split(' ').enumerate() {
            if k > 0 {
                rest = sp1(rest)?.0;
            }
            if !word.is_empty() {
                rest = tag_ci(word)(rest)?.0;
            }
        }
        Ok((rest, i.get(..i.len() - rest.len()).unwrap_or("")))
    }
}

/// Zero or more spaces of any kind (NBSP and line breaks included).
pub(crate) fn sp0(i: &str) -> PResult<'_, &str> {
    let rest = i.trim_start_matches(is_space);
    Ok((rest, i.get(..i.len() - rest.len()).unwrap_or("")))
}

/// One or more spaces of any kind (NBSP and line breaks included).
pub(crate) fn sp1(i: &str) -> PResult<'_, &str> {
    match sp0(i) {
        Ok((_, "")) => Err(nom::Err::Error(())),
        other => other,
    }
}

/// Runs a parser built inline, fixing its error type to `()`.
pub(crate) fn run<'a, O, P>(mut parser: P, input: &'a str) -> PResult<'a, O>
where
    P: nom::Parser<&'a str, Output = O, Error = ()>,
{
    parser.parse(input)
}

/// A person's name alone on a line: two or three capitalised words of letters (an
/// initial may end with a full stop): `Helen Marsh`, `N. Okafor`.
pub(crate) fn personal_name(line: &str) -> bool {
    let mut n = 0;
    let all = line.split(is_space).filter(|w| !w.is_empty()).all(|w| {
        n += 1;
        let initial = w.len() == 2 && w.ends_with('.');
        n <= 3
            && w.starts_with(char::is_uppercase)
            && w.trim_end_matches('.').chars().all(char::is_alphabetic)
            && (initial || w.chars().skip(1).any(char::is_lowercase))
    });
    all && n >= 2
}

/// A person's name after any title (`Dr. N. Okafor`, `Prof. Anna Berg`, `Helen Marsh`):
/// see [`personal_name`].
pub(crate) fn titled_name(line: &str) -> bool {
    let name = line
        .split_once(' ')
        .filter(|(t, _)| {
            ["dr.", "dr", "prof.", "professor", "mr.", "mrs.", "ms."]
                .iter()
                .any(|w| t.eq_ignore_ascii_case(w))
        })
        .map_or(line, |(_, rest)| rest);
    personal_name(name)
}

/// `s` after `prefix`, matched ignoring ASCII case (`Subject:`, `Ends/`, `Slide `).
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|h| h.eq_ignore_ascii_case(prefix))
        .and_then(|_| s.get(prefix.len()..))
}

/// Whitespace as people see it: ASCII spaces, NBSP, the other Unicode spaces, and control
/// characters other than line breaks (treated as spaces so that they never glue words).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || (c.is_control() && c != '\n' && c != '\r')
}

/// The span of `src[span]` without leading and trailing whitespace.
pub(crate) fn trim(src: &str, span: Span) -> Span {
    // Most lines open and close with printable ASCII: nothing to trim, and both ends are
    // char boundaries.
    let printable = |b: Option<&u8>| b.is_some_and(|b| (0x21..0x7f).contains(b));
    let b = src.as_bytes();
    if span.start < span.end && printable(b.get(span.start)) && printable(b.get(span.end - 1)) {
        return span;
    }
    let Some(s) = src.get(span.range()) else {
        return Span::new(span.start, span.start);
    };
    let b = s.as_bytes();
    // Bytes are checked directly; a character is decoded only at a multi-byte edge.
    let mut start = 0;
    while let Some(&c) = b.get(start) {
        let n = if c < 0x80 {
            usize::from(c <= b' ' || c == 0x7f)
        } else {
            space_len(b, start)
        };
        if n == 0 {
            break;
        }
        start += n;
    }
    let mut end = b.len();
    while end > start {
        let Some(&c) = b.get(end - 1) else { break };
        if c < 0x80 {
            if c <= b' ' || c == 0x7f {
                end -= 1;
                continue;
            }
            break;
        }
        match s.get(start..end).and_then(|t| t.chars().next_back()) {
            Some(ch) if is_space(ch) => end -= ch.len_utf8(),
            _ => break,
        }
    }
    Span::new(span.start + start, span.start + end.max(start))
}

/// The text of a span, or `""` when the span does not fit the text.
pub(crate) fn slice(src: &str, span: Span) -> &str {
    src.get(span.range()).unwrap_or("")
}

/// Offset of `inner` within `outer`; `inner` must be a sub-slice of `outer`.
pub(crate) fn offset_in(outer: &str, inner: &str) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

/// An English ordinal suffix after digits: `st`, `nd`, `rd`, `th` (`14th`, `21st`).
pub(crate) fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th")
}

/// Whether `inner` lies inside `outer` (as a sub-slice of it), rather than elsewhere in
/// memory, like a constant.
pub(crate) fn is_within(outer: &str, inner: &str) -> bool {
    let (o, i) = (outer.as_ptr() as usize, inner.as_ptr() as usize);
    i >= o && i + inner.len() <= o + outer.len()
}

/// The span of a sub-slice `inner` of `src[base..]`.
pub(crate) fn span_of(src: &str, inner: &str) -> Span {
    let start = offset_in(src, inner);
    Span::new(start, start + inner.len())
}

/// Whitespace-separated words with their byte offsets within `s`.
///
/// ASCII bytes are classified directly; a character is decoded only where a multi-byte
/// sequence starts (to catch NBSP and the other Unicode spaces).
pub(crate) fn words(s: &str) -> Words<'_> {
    Words { s, pos: 0 }
}

/// Iterator of [`words`].
pub(crate) struct Words<'a> {
    s: &'a str,
    pos: usize,
}

/// Length of the whitespace character starting at byte `i` (ASCII spaces and controls,
/// NEL, NBSP, the Unicode spaces U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000), or 0.
/// Offset of the first control character other than tab, line feed and carriage return.
pub(crate) fn first_control(bytes: &[u8]) -> Option<usize> {
    let bad = |b: u8| b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r' || b == 0x7f;
    for (n, chunk) in bytes.chunks(64).enumerate() {
        let mut hit = false;
        for &b in chunk {
            hit |= bad(b);
        }
        if hit {
            return chunk.iter().position(|&b| bad(b)).map(|p| n * 64 + p);
        }
    }
    None
}

/// A searcher for two spaces in a row, built once (building one per search cost more
/// than the search on the texts of single blocks).
pub(crate) static DOUBLE_SPACE: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b"  "));

/// Whether `s` is longer than `n` bytes with every run of whitespace counted as one: what
/// the parser's length limits measure, so that line ends (LF or CRLF) and spaces at the
/// ends of the lines inside a block do not move it across a limit. Constant time when
/// `s` is no longer than `n` bytes at all; otherwise it reads at most until the count
/// passes `n`.
pub(crate) fn longer_than(s: &str, n: usize) -> bool {
    if s.len() <= n {
        return false;
    }
    // A text with no whitespace but single spaces counts every byte: the usual paragraph,
    // told by three fast searches rather than a count.
    let b = s.as_bytes();
    if memchr::memchr3(b'\n', b'\r', b'\t', b).is_none()
        && memchr::memchr(0x0C, b).is_none()
        && DOUBLE_SPACE.find(b).is_none()
    {
        return true;
    }
    let mut count = 0;
    let mut in_space = false;
    for b in s.bytes() {
        let space = b.is_ascii_whitespace();
        if !(space && in_space) {
            count += 1;
            if count > n {
                return true;
            }
        }
        in_space = space;
    }
    false
}

pub(crate) fn space_len(b: &[u8], i: usize) -> usize {
    let Some(&first) = b.get(i) else {
        return 0;
    };
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match first {
        0x00..=0x20 | 0x7f => 1,
        0x21..=0x7e => 0,
        // C1 controls (NEL among them) and NBSP.
        0xC2 if matches!(at(1), 0x80..=0xA0) => 2,
        0xE1 if at(1) == 0x9A && at(2) == 0x80 => 3,
        0xE2 if at(1) == 0x80 && matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => 3,
        0xE2 if at(1) == 0x81 && at(2) == 0x9F => 3,
        0xE3 if at(1) == 0x80 && at(2) == 0x80 => 3,
        _ => 0,
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let bytes = self.s.as_bytes();
        let mut pos = self.pos;
        // Past the spaces.
        loop {
            let n = space_len(bytes, pos);
            if n == 0 {
                break;
            }
            pos += n;
        }
        if pos >= bytes.len() {
            self.pos = pos;
            return None;
        }
        let start = pos;
        // To the next byte that may start a space (at or below 0x20, or at or above 0x7F);
        // most words hold none but their last.
        loop {
            let rest = bytes.get(pos..).unwrap_or_default();
            match rest.iter().position(|&b| b <= 0x20 || b >= 0x7f) {
                Some(k) => {
                    pos += k;
                    if space_len(bytes, pos) > 0 {
                        break;
                    }
                    pos += 1;
                }
                None => {
                    pos = bytes.len();
                    break;
                }
            }
        }
        self.pos = pos;
        // The loop stops on a space or the end, both char boundaries.
        Some((start, self.s.get(start..pos)?))
    }
}

/// Quote characters that may open or close a heading or quotation.
pub(crate) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '「' | '」' | '『' | '』'
    )
}

/// `s` without surrounding quotes, bold markers, heading marks and whitespace.
pub(crate) fn strip_decoration(s: &str) -> &str {
    s.trim_matches(|c: char| is_space(c) || is_quote(c) || c == '*')
        .trim_start_matches(|c: char| c == '#' || is_space(c))
        .trim_start_matches(is_quote)
}

/// The first place in `s` where `pat` occurs with every space of `pat` standing for a run
/// of whitespace (line ends included): `find_spaced(s, " refer to ")` finds ` refer to `
/// and `\nrefer\r\nto `. Returns the start and end of the match in `s`. So the
/// phrases the rules look for are found whatever a text's line ends are.
pub(crate) fn find_spaced(s: &str, pat: &str) -> Option<(usize, usize)> {
    // The parts after the first word: words, and an empty part for a final space.
    let mut parts = pat.split(' ');
    let mut first = 0;
    let lead = parts.by_ref().find(|p| {
        first += 1;
        !p.is_empty()
    })?;
    let first = first - 1;
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(at) = s.get(from..).and_then(|r| r.find(lead)).map(|i| i + from) {
        // Past the match's first character (a char boundary whatever the pattern).
        from = at + lead.chars().next().map_or(1, char::len_utf8);
        // Whitespace before the first word, when the pattern opens with a space.
        let start = if first > 0 {
            let ws = s
                .get(..at)
                .map_or(0, |h| h.len() - h.trim_end_matches(is_space).len());
            if ws == 0 {
                continue;
            }
            at - ws
        } else {
            at
        };
        let mut pos = at + lead.len();
        let mut ok = true;
        for part in parts.clone() {
            // Each further part follows a run of whitespace.
            let rest = s.get(pos..).unwrap_or("");
            let ws = rest.len() - rest.trim_start_matches(is_space).len();
            if ws == 0 {
                ok = false;
                break;
            }
            pos += ws;
            if !b.get(pos..).is_some_and(|t| t.starts_with(part.as_bytes())) {
                ok = false;
                break;
            }
            pos += part.len();
        }
        if ok {
            return Some((start, pos));
        }
    }
    None
}

/// At most the first `n` bytes of `s` (a run of whitespace counting as one, so that line
/// ends and trailing spaces do not move the cut), cut on a character boundary: so that a rule
/// that looks only at a block's first bytes looks at the same words whatever the line ends.
pub(crate) fn head(s: &str, n: usize) -> &str {
    let bytes = s.as_bytes();
    if bytes.len() <= n {
        return s;
    }
    // The usual case: no whitespace but single spaces up to the cut (and across it), so
    // every byte counts and the cut is at `n`.
    let pre = bytes.get(..=n).unwrap_or(bytes);
    if memchr::memchr3(b'\n', b'\r', b'\t', pre).is_none()
        && memchr::memchr(0x0C, pre).is_none()
        && DOUBLE_SPACE.find(pre).is_none()
    {
        let mut end = n;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        return s.get(..end).unwrap_or("");
    }
    // Bytes that do not count: whitespace right after whitespace, in `..end`.
    let extra = |end: usize| {
        bytes
            .get(..end)
            .unwrap_or_default()
            .windows(2)
            .filter(|w| w.iter().all(u8::is_ascii_whitespace))
            .count()
    };
    // The shortest prefix that counts `n` bytes: each round adds what is still missing.
    let mut end = n;
    loop {
        let counted = end - extra(end);
        if counted >= n || end >= bytes.len() {
            break;
        }
        end = (end + (n - counted)).min(bytes.len());
    }
    // Whitespace that does not count stays with the prefix.
    while end > 0
        && end < bytes.len()
        && bytes.get(end).is_some_and(u8::is_ascii_whitespace)
        && bytes.get(end - 1).is_some_and(u8::is_ascii_whitespace)
    {
        end += 1;
    }
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Whether a period is followed by whitespace somewhere in `s`: a sentence ends inside it.
/// A line end counts as a space, so that the answer does not depend on whether a block's
/// lines end in LF, CRLF or trailing spaces.
pub(crate) fn period_then_space(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'.', b).any(|i| b.get(i + 1).is_some_and(u8::is_ascii_whitespace))
}

/// The last character that is not whitespace or a closing quote or bracket.
pub(crate) fn final_char(s: &str) -> Option<char> {
    s.trim_end_matches(|c: char| is_space(c) || is_quote(c) || c == ')' || c == '）' || c == '*')
        .chars()
        .next_back()
}

/// Whether the text ends like a finished sentence or clause (`.`, `!`, `?`, `;`, `:`,
/// ideographic stops).
pub(crate) fn ends_terminal(s: &str) -> bool {
    matches!(
        final_char(s),
        Some('.' | '!' | '?' | ';' | ':' | '。' | '！' | '？' | '；' | '：' | '…')
    )
}

/// Whether the text ends with a full stop, question or exclamation mark.
pub(crate) fn ends_sentence(s: &str) -> bool {
    matches!(
        final_char(s),
        Some('.' | '!' | '?' | '。' | '！' | '？' | '…')
    )
}

/// Whether the text opens with a lowercase letter (after quotes and spaces).
pub(crate) fn starts_lower(s: &str) -> bool {
    s.trim_start_matches(|c: char| is_space(c) || is_quote(c))
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Number of whitespace-separated words.
pub(crate) fn word_count(s: &str) -> usize {
    words(s).count()
}

/// Whether `s` has more than `n` words, reading no further than needed.
///
/// Words are counted 64 bytes at a time from a mask of the bytes that are spaces: a word
/// starts at a byte that is not a space after one that is (or at the start). In a chunk of
/// ASCII bytes the mask is one comparison per byte; where a byte at or above 0x80 may
/// start a multi-byte space (see `space_len`), that chunk's mask is built byte by byte.
pub(crate) fn more_words_than(s: &str, n: usize) -> bool {
    let bytes = s.as_bytes();
    let mut seen = 0;
    // Whether the byte before the chunk is a space (the start counts as one).
    let mut after_space = true;
    // Bytes of a multi-byte space that began in the chunk before.
    let mut pending = 0;
    for (c, chunk) in bytes.chunks(64).enumerate() {
        let mut space = 0u64;
        let mut high = false;
        for (j, part) in chunk.chunks(8).enumerate() {
            let t = super::wordscan::load8(part, 0);
            space |= u64::from(ascii_spaces8(t)) << (8 * j);
            high |= t & 0x8080_8080_8080_8080 != 0;
        }
        if high || pending > 0 {
            space = 0;
            let mut k = 0;
            while k < chunk.len() {
                let len = if pending > 0 {
                    let p = pending.min(chunk.len() - k);
                    pending -= p;
                    p
                } else {
                    let l = space_len(bytes, c * 64 + k);
                    pending = (k + l).saturating_sub(chunk.len());
                    l - pending.min(l)
                };
                if len == 0 {
                    k += 1;
                    continue;
                }
                for j in k..k + len {
                    space |= 1 << j;
                }
                k += len;
            }
        }
        let word = !space & low_bits(chunk.len());
        let starts = word & ((space << 1) | u64::from(after_space));
        seen += starts.count_ones() as usize;
        if seen > n {
            return true;
        }
        after_space = chunk.len() == 64 && space >> 63 != 0;
    }
    false
}

/// Whether `s` is set in capitals: letters that have case, none of them lower case (CJK
/// has no case, so text in Chinese is not).
pub(crate) fn in_capitals(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Bit `k` set when byte `k` of `t` is an ASCII space or control (at or below 0x20, or
/// 0x7F), without a branch per byte. Bytes at or above 0x80 are never set.
#[inline(always)]
fn ascii_spaces8(t: u64) -> u8 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // With the top bit cleared no sum carries into the next byte: `x + 0x5F` has its top
    // bit set when `x >= 0x21`, `x + 0x01` when `x == 0x7F`.
    let x = t & LOW7;
    let printable = (x + 0x5F * ONES) & !(x + ONES);
    let bits = !printable & !t & HIGH;
    ((bits >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// A mask of the low `len` bits (`len` at most 64).
fn low_bits(len: usize) -> u64 {
    if len >= 64 {
        u64::MAX
    } else {
        (1u64 << len) - 1
    }
}

/// Lowercases an ASCII word into `buf`; `None` when it does not fit or is not ASCII.
pub(crate) fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    core::str::from_utf8(out).ok()
}

use std::hash::{Hash, Hasher};

/// A text compared without regard to ASCII case.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Caseless<'a>(pub(crate) &'a str);

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        same_words(self.0, other.0)
    }
}

impl Eq for Caseless<'_> {}

impl Hash for Caseless<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The words' lowercased bytes folded into one number (FNV-1a), handed to the
        // hasher once: a hasher's cost per call is far above a multiplication's.
        let mut h: u64 = 0xCBF2_9CE4_8422_2325;
        let mut add = |b: u8| h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
        for (_, w) in words(self.0) {
            w.bytes().for_each(|b| add(b.to_ascii_lowercase()));
            add(b' ');
        }
        state.write_u64(h);
    }
}

/// Whether two texts have the same words, ignoring ASCII case and the kind and length of
/// the spaces between them.
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    // Most pairs differ in their first letter.
    let first = |s: &str| {
        s.bytes()
            .find(|c| !c.is_ascii_whitespace())
            .map(|c| c.to_ascii_lowercase())
    };
    if first(a) != first(b) {
        return false;
    }
    if a.len() == b.len() && a.is_ascii() && b.is_ascii() && a.eq_ignore_ascii_case(b) {
        return true;
    }
    let (mut x, mut y) = (words(a), words(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some((_, p)), Some((_, q))) if p.eq_ignore_ascii_case(q) => {}
            _ => return false,
        }
    }
}

/// Abbreviations whose final period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr",
    "mrs", "ms", "dr", "prof", "st", "no", "nos", "vol", "vs", "jr", "sr", "co", "inc", "ltd",
    "gen", "gov", "sen", "rep", "lt", "col", "fig", "approx", "dept", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m", "art", "para", "pp",
];

/// Whether the word that ends just before a period at `dot` is an abbreviation or an
/// initial.
pub(crate) fn is_abbreviation_before(s: &str, dot: usize) -> bool {
    // Abbreviations are short: look back at most 12 bytes, so that a long run of letters
    // and dots is not read again for each of its dots.
    let mut from = dot.saturating_sub(12);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    let head = s.get(from..dot).unwrap_or("");
    let word = head
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A single capital letter is an initial (`Xi J. Ping`); a single digit is not.
        return c.is_uppercase();
    }
    let mut buf = [0u8; 32];
    ascii_lower(word, &mut buf).is_some_and(|w| ABBREVIATIONS.contains(&w))
}

/// Ends of sentences in `s`: offsets just past each sentence's final punctuation (and any
/// closing quotes or brackets). A sentence ends at `.`, `!` or `?` followed by whitespace
/// and an opening capital, digit, quote, bracket or dash, unless the period ends an
/// abbreviation. A note's number glued to the end of a sentence, as PDF copies print a
/// footnote reference (`on a pilot basis.3 Third, ...`, `basis.³ Third`), belongs to the
/// sentence it ends: see [`note_reference`]. The end of `s` is not reported.
pub(crate) fn sentence_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', bytes).filter_map(move |i| {
        if bytes.get(i) == Some(&b'.') && is_abbreviation_before(s, i) {
            return None;
        }
        let after = s.get(i + 1..)?;
        let closing = after.len()
            - after
                .trim_start_matches(|c: char| is_quote(c) || c == ')' || c == '）')
                .len();
        let mut end = i + 1 + closing;
        if bytes.get(i) == Some(&b'.') {
            end += note_reference(s, i, end);
        }
        let rest = s.get(end..)?;
        let next = rest.trim_start_matches(is_space);
        if next.len() == rest.len() || next.is_empty() {
            return None;
        }
        let c = next.chars().next()?;
        let opens = c.is_uppercase()
            || c.is_ascii_digit()
            || is_quote(c)
            || matches!(c, '(' | '（' | '-' | '—' | '–' | '•')
            || !c.is_ascii() && !c.is_lowercase() && c.is_alphabetic();
        opens.then_some(end)
    })
}

/// The length of a note's number glued after the period at `dot` (its closing quotes
/// end at `end`): one or two digits, plain or superscript, right after a word's last
/// letter or a closing quote and its period, with a space after them (`basis.3 Third`,
/// `“adjusted”.12 The`). A number after a digit's period is a decimal or a section
/// (`2.3 Results`), so it is none; 0 when there is none.
fn note_reference(s: &str, dot: usize, end: usize) -> usize {
    // Most periods have no digit after them: told by one byte.
    if !s
        .as_bytes()
        .get(end)
        .is_some_and(|b| b.is_ascii_digit() || *b == 0xC2 || *b == 0xE2)
    {
        return 0;
    }
    let before = s.get(..dot).and_then(|h| h.chars().next_back());
    if !before.is_some_and(|c| c.is_alphabetic() || is_quote(c) || c == ')') {
        return 0;
    }
    // A section in roman numerals (`Part II.3 The council`) is numbered, not noted; the
    // look back stops at the word's start or after eight bytes.
    let head = s
        .as_bytes()
        .get(dot.saturating_sub(8)..dot)
        .unwrap_or_default();
    let word = head
        .rsplit(|b| b.is_ascii_whitespace())
        .next()
        .unwrap_or_default();
    if !word.is_empty()
        && word.len() < 8
        && word
            .iter()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
    {
        return 0;
    }
    let rest = s.get(end..).unwrap_or("");
    let digits = rest
        .char_indices()
        .take(3)
        .take_while(|&(_, c)| c.is_ascii_digit() || matches!(c, '¹' | '²' | '³' | '⁰'..='⁹'))
        .map(|(k, c)| k + c.len_utf8())
        .last();
    match digits {
        Some(len) if rest[..len].chars().count() <= 2 && rest[len..].starts_with(is_space) => len,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn prefixes_ignoring_case() {
        assert_eq!(
            strip_prefix_ci("SUBJECT: Ports", "subject:"),
            Some(" Ports")
        );
        assert_eq!(strip_prefix_ci("Ends/May 3", "ends/"), Some("May 3"));
        assert_eq!(strip_prefix_ci("Subj", "subject:"), None);
        // A prefix's length that falls inside a character is no match.
        assert_eq!(strip_prefix_ci("Subjec\u{e9}t", "subject:"), None);
    }

    #[test]
    fn a_notes_number_glued_to_a_sentence_ends_it() {
        let ends = |s: &'static str| sentence_ends(s).collect::<Vec<_>>();
        assert_eq!(ends("On a pilot basis.3 Third, local."), vec![18]);
        assert_eq!(ends("It is “adjusted”.12 The rest."), vec![23]);
        assert_eq!(ends("On a pilot basis.³ Third, local."), vec![19]);
        // A decimal, a section number, a longer figure: no note, no end there.
        assert_eq!(ends("It grew 2.3 Second quarter."), Vec::<usize>::new());
        assert_eq!(ends("See basis.123 Third."), Vec::<usize>::new());
        assert_eq!(ends("See basis.3rd Third."), Vec::<usize>::new());
        assert_eq!(ends("See Part II.3 The council."), Vec::<usize>::new());
    }

    #[test]
    fn spaced_phrases_match_any_whitespace() {
        assert_eq!(find_spaced("x refer to y", " refer to "), Some((1, 11)));
        assert_eq!(
            find_spaced("x\nrefer\r\nto  y", " refer to "),
            Some((1, 13))
        );
        assert_eq!(find_spaced("a, and\nb", ", and "), Some((1, 7)));
        // The spaces must be there: no match inside a word or without a space.
        assert_eq!(find_spaced("xrefer to y", " refer to "), None);
        assert_eq!(find_spaced("x referto y", " refer to "), None);
        assert_eq!(find_spaced("a, andb", ", and "), None);
        assert_eq!(find_spaced("", " refer "), None);
    }
    use super::*;

    #[test]
    fn ascii_spaces_of_eight_bytes_agree_with_one_byte_at_a_time() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut bytes = *b"ab c\x7fd\te";
                bytes[k] = b;
                let expected = bytes
                    .iter()
                    .enumerate()
                    .fold(0u8, |m, (j, &c)| m | u8::from(c <= 0x20 || c == 0x7f) << j);
                assert_eq!(
                    ascii_spaces8(u64::from_le_bytes(bytes)),
                    expected,
                    "{bytes:?}"
                );
            }
        }
    }

    #[test]
    fn more_words_than_agrees_with_counting() {
        let texts = [
            "",
            "one",
            "one two",
            "a\u{7f}b\u{7f}c",
            "a\u{a0}b\u{3000}c\td",
            "  spaced   out  words  ",
            "Ten Achievements",
            "x\u{7f}\u{7f}\u{7f}y",
        ];
        // A multi-byte space across the boundary of two 64-byte chunks, at every offset.
        let straddling: Vec<String> = (56..70)
            .flat_map(|k| {
                ["\u{3000}", "\u{a0}", "\u{85}", " "]
                    .map(|space| format!("{}{space}b c", "a".repeat(k)))
            })
            .collect();
        for s in &straddling {
            let count = word_count(s);
            for n in 0..count + 2 {
                assert_eq!(more_words_than(s, n), count > n, "{s:?} {n}");
            }
        }
        for t in texts {
            let long = t.repeat(40);
            for s in [t, long.as_str()] {
                let count = word_count(s);
                for n in 0..count + 3 {
                    assert_eq!(more_words_than(s, n), count > n, "{s:?} {n}");
                }
            }
        }
    }

    #[test]
    fn space_lengths() {
        let b = "a \u{a0}\u{3000}\u{2009}".as_bytes();
        assert_eq!(space_len(b, 0), 0);
        assert_eq!(space_len(b, 1), 1);
        assert_eq!(space_len(b, 2), 2);
        assert_eq!(space_len(b, 4), 3);
        assert_eq!(space_len(b, 7), 3);
        // Past the end there is no space.
        assert_eq!(space_len(b, 10), 0);
        assert_eq!(space_len(b, 99), 0);
    }

    #[test]
    fn trim_matches_trimming_the_str() {
        let src = "  a b \u{a0}\tx.\r\n\u{3000}Title\u{3000}\nend";
        for start in 0..=src.len() {
            for end in start..=src.len() {
                if !src.is_char_boundary(start) || !src.is_char_boundary(end) {
                    continue;
                }
                let t = trim(src, Span::new(start, end));
                let want = src[start..end].trim_matches(is_space);
                assert_eq!(&src[t.range()], want, "{start}..{end}");
            }
        }
    }

    #[test]
    fn trims_unicode_spaces() {
        let s = "\u{a0} ab c \u{a0}\t";
        let t = trim(s, Span::new(0, s.len()));
        assert_eq!(slice(s, t), "ab c");
        assert_eq!(trim(s, Span::new(0, 99)), Span::new(0, 0));
    }

    #[test]
    fn strips_quotes_and_bold() {
        assert_eq!(strip_decoration("\"Ten Achievements\""), "Ten Achievements");
        assert_eq!(strip_decoration("**“Six musts”**"), "Six musts");
        assert_eq!(strip_decoration("## Heading"), "Heading");
        assert_eq!(strip_decoration("\"\""), "");
    }

    #[test]
    fn finds_sentence_ends() {
        let s = "It grew 5.2%. BEIJING, Oct. 29 (Xinhua) -- He said \"yes.\" The U.S. side agreed. Then";
        let ends: Vec<&str> = sentence_ends(s).map(|e| s.get(..e).unwrap_or("")).collect();
        assert_eq!(
            ends,
            vec![
                "It grew 5.2%.",
                "It grew 5.2%. BEIJING, Oct. 29 (Xinhua) -- He said \"yes.\"",
                "It grew 5.2%. BEIJING, Oct. 29 (Xinhua) -- He said \"yes.\" The U.S. side agreed.",
            ]
        );
        // Lowercase after a period does not end a sentence; nor does the end of the text.
        assert_eq!(sentence_ends("a. b. c.").count(), 0);
    }

    #[test]
    fn terminal_punctuation() {
        assert!(ends_terminal("is ok;"));
        assert!(ends_terminal("said.\""));
        assert!(ends_terminal("tasks:"));
        assert!(!ends_terminal("in the new era"));
        assert!(ends_sentence("world.”"));
        assert!(!ends_sentence("world;"));
    }
}

#[cfg(test)]
mod length_limits {
    use super::longer_than;

    #[test]
    fn whitespace_runs_count_once() {
        assert!(!longer_than("abc", 3));
        assert!(longer_than("abcd", 3));
        assert!(!longer_than("a  b", 3));
        assert!(longer_than("a  bc", 3));
        assert!(!longer_than("ab\r\n\r\nc", 4));
        assert!(longer_than("ab\r\n\r\nc", 3));
        assert!(!longer_than("ab \t\nc", 4));
        assert!(!longer_than("a\x0c\x0c b", 3));
        let line = "word ".repeat(50);
        assert!(longer_than(&line, 249));
        assert!(!longer_than(&line, 250));
        let wrapped = line.replace(' ', "  \t\n");
        assert!(longer_than(&wrapped, 249));
        assert!(!longer_than(&wrapped, 250));
    }
}
