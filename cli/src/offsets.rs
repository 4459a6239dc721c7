//! Span offsets in the unit the reader counts in.
//!
//! tifa's spans are byte offsets into the UTF-8 text (what Rust, Go and C slice by).
//! Python, DuckDB and JavaScript count characters (Unicode code points; JavaScript's
//! UTF-16 units differ only outside the Basic Multilingual Plane), so
//! `--offsets chars` rewrites every span for them.

use clap::ValueEnum;
use serde_json::Value;

/// What span offsets count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Offsets {
    /// Bytes of the UTF-8 text (the library's spans; slice the file's bytes).
    Bytes,
    /// Unicode code points (slice a Python `str`, DuckDB `substring`, most languages).
    Chars,
}

impl Offsets {
    /// The name written in records: `bytes` or `chars`.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Offsets::Bytes => "bytes",
            Offsets::Chars => "chars",
        }
    }
}

/// Turns byte offsets of one text into code point offsets: a sorted list of the text's
/// multi-byte characters with the extra bytes counted up to and including each, so plain
/// ASCII text costs nothing.
pub(crate) struct CharIndex {
    /// (byte offset of a multi-byte character, extra bytes up to and including it)
    wide: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`.
    pub(crate) fn new(text: &str) -> CharIndex {
        let mut wide = Vec::new();
        let mut extra = 0;
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra += n - 1;
                wide.push((i, extra));
            }
        }
        CharIndex { wide }
    }

    /// The code point offset of byte offset `byte` (which lies on a character boundary).
    pub(crate) fn char_offset(&self, byte: usize) -> usize {
        let before = self.wide.partition_point(|&(at, _)| at < byte);
        let extra = before
            .checked_sub(1)
            .and_then(|i| self.wide.get(i))
            .map_or(0, |&(_, e)| e);
        byte - extra
    }

    /// An offset in the chosen unit.
    pub(crate) fn convert(&self, offsets: Offsets, byte: usize) -> usize {
        match offsets {
            Offsets::Bytes => byte,
            Offsets::Chars => self.char_offset(byte),
        }
    }

    /// Rewrites every span in a document's JSON (`{"start": n, "end": n}` with numbers;
    /// the meeting's `start` and `end` are dates and stay) to code point offsets.
    pub(crate) fn rewrite(&self, v: &mut Value) {
        match v {
            Value::Object(map) => {
                let is_span = matches!(
                    (map.get("start"), map.get("end")),
                    (Some(Value::Number(_)), Some(Value::Number(_)))
                );
                if is_span {
                    for key in ["start", "end"] {
                        if let Some(x) = map.get_mut(key) {
                            if let Some(n) = x.as_u64().and_then(|n| usize::try_from(n).ok()) {
                                *x = Value::from(self.char_offset(n));
                            }
                        }
                    }
                }
                for (_, child) in map.iter_mut() {
                    self.rewrite(child);
                }
            }
            Value::Array(items) => {
                for child in items {
                    self.rewrite(child);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_each_character_once() {
        let text = "“Opening-Up” policy, 改革 and a😀b";
        let index = CharIndex::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(byte), chars, "byte {byte}");
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
        let plain = CharIndex::new("plain");
        assert_eq!(plain.char_offset(3), 3);
        assert!(plain.wide.is_empty());
    }

    #[test]
    fn rewrite_changes_spans_and_leaves_dates() {
        let text = "“A” b";
        let index = CharIndex::new(text);
        let mut v = serde_json::json!({
            "meeting": { "start": "2023-12-27", "end": "2023-12-28", "span": { "start": 4, "end": 8 } },
            "mentions": [ { "start": 8, "end": 9 } ]
        });
        index.rewrite(&mut v);
        assert_eq!(
            v,
            serde_json::json!({
                "meeting": { "start": "2023-12-27", "end": "2023-12-28", "span": { "start": 2, "end": 4 } },
                "mentions": [ { "start": 4, "end": 5 } ]
            })
        );
    }
}
