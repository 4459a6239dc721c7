//! Errors of the strict entry points.

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::span::Span;

/// Why [`parse_strict`](crate::parse_strict) or [`parse_bytes`](crate::parse_bytes) failed,
/// and where.
///
/// `Display` reads like `line 7, column 1: "Ten Achievements" declares 10 items, but 9 were
/// found`: the position first, then what was expected and what was found.
///
/// # Example
///
/// ```
/// let err = tifa::parse_bytes(b"ok\n\xff").unwrap_err();
/// assert_eq!((err.line(), err.column(), err.offset()), (2, 1, 3));
/// assert_eq!(err.to_string(), "line 2, column 1: invalid UTF-8: expected a valid sequence, but found byte 0xff at offset 3");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid UTF-8.
    ///
    /// When the bytes look like another encoding or like binary data, the message says so
    /// and how to convert them:
    ///
    /// ```
    /// let err = tifa::parse_bytes(b"We\x92re here.").unwrap_err();
    /// assert_eq!(err.to_string(), "line 1, column 3: invalid UTF-8: expected a valid sequence, but found byte 0x92 at offset 2; the bytes look like Windows-1252 (in which 0x92 is \u{2019}): convert the file to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`");
    /// ```
    #[error("line {line}, column {column}: invalid UTF-8: expected a valid sequence, but found byte {byte:#04x} at offset {offset}{}", hint(.looks_like))]
    #[non_exhaustive]
    InvalidUtf8 {
        /// Byte offset of the first bad sequence.
        offset: usize,
        /// The first byte of that sequence.
        byte: u8,
        /// 1-based line of the bad sequence.
        line: usize,
        /// 1-based column (in characters) of the bad sequence.
        column: usize,
        /// What the bytes look like, when they look like something other than UTF-8 text:
        /// `UTF-16 (little-endian, ...)`, `Windows-1252 (...)`, `binary data ...`. The
        /// message adds it with advice on converting the file.
        looks_like: Option<String>,
    },
    /// Parsing found an error-severity diagnostic.
    #[error("line {line}, column {column}: {message}")]
    #[non_exhaustive]
    Invalid {
        /// What kind of problem it is.
        kind: DiagnosticKind,
        /// Where it is.
        span: Span,
        /// 1-based line of `span.start`.
        line: usize,
        /// 1-based column of `span.start`.
        column: usize,
        /// What was expected and what was found.
        message: String,
    },
}

impl Error {
    /// 1-based line of the problem.
    pub fn line(&self) -> usize {
        match self {
            Error::InvalidUtf8 { line, .. } | Error::Invalid { line, .. } => *line,
        }
    }

    /// 1-based column (in characters) of the problem.
    pub fn column(&self) -> usize {
        match self {
            Error::InvalidUtf8 { column, .. } | Error::Invalid { column, .. } => *column,
        }
    }

    /// Byte offset of the problem.
    pub fn offset(&self) -> usize {
        match self {
            Error::InvalidUtf8 { offset, .. } => *offset,
            Error::Invalid { span, .. } => span.start,
        }
    }

    /// The span of the problem; for invalid UTF-8, the bad sequence.
    pub fn span(&self) -> Span {
        match self {
            Error::InvalidUtf8 { offset, .. } => Span::new(*offset, offset + 1),
            Error::Invalid { span, .. } => *span,
        }
    }

    pub(crate) fn from_diagnostic(d: &Diagnostic) -> Error {
        Error::Invalid {
            kind: d.kind,
            span: d.span,
            line: d.line,
            column: d.column,
            message: d.message.clone(),
        }
    }
}

fn hint(looks_like: &Option<String>) -> String {
    looks_like
        .as_deref()
        .map_or_else(String::new, |l| format!("; the bytes look like {l}"))
}

/// The characters Windows-1252 gives bytes 0x80 to 0x9F (`None` where it has none).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

/// What bytes that failed the UTF-8 check at `offset` look like, if anything: UTF-16 (a
/// byte order mark, or a NUL in every other byte), binary data (NULs and control bytes),
/// or Windows-1252 (a lone high byte in otherwise plain text).
pub(crate) fn guess_encoding(bytes: &[u8], offset: usize) -> Option<String> {
    const ICONV_UTF16: &str =
        "convert the file to UTF-8, for example with `iconv -f UTF-16 -t UTF-8`";
    match bytes {
        [0xff, 0xfe, ..] => {
            return Some(format!(
                "UTF-16 (little-endian: they open with the byte order mark FF FE, as Windows Notepad's \"Unicode\" saves them): {ICONV_UTF16}"
            ));
        }
        [0xfe, 0xff, ..] => {
            return Some(format!(
                "UTF-16 (big-endian: they open with the byte order mark FE FF): {ICONV_UTF16}"
            ));
        }
        _ => {}
    }
    let sample = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    let nul_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let nul_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let half = sample.len() / 2;
    if half > 0 && (nul_odd * 10 >= half * 7 || nul_even * 10 >= half * 7) {
        let order = if nul_odd > nul_even { "little" } else { "big" };
        return Some(format!(
            "UTF-16 ({order}-endian without a byte order mark: every other byte is NUL): {ICONV_UTF16}"
        ));
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    if control * 100 > sample.len() {
        return Some(format!(
            "binary data, not text ({control} NUL or control bytes in the first {} bytes)",
            sample.len()
        ));
    }
    let byte = *bytes.get(offset)?;
    // A lone high byte between plain characters (the next byte is ASCII), in a text that
    // was plain ASCII up to it: a UTF-8 text with one damaged sequence has other
    // non-ASCII characters before it.
    if byte < 0x80
        || !bytes.get(offset + 1).is_some_and(u8::is_ascii)
        || !bytes.get(..offset).is_some_and(<[u8]>::is_ascii)
    {
        return None;
    }
    let c = match byte {
        0x80..=0x9f => CP1252_HIGH
            .get(usize::from(byte - 0x80))
            .copied()
            .flatten()?,
        _ => char::from(byte),
    };
    Some(format!(
        "Windows-1252 (in which {byte:#04x} is {c}): convert the file to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`"
    ))
}

#[cfg(test)]
mod tests {
    use super::guess_encoding;

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let text: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Hi".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let err = crate::parse_bytes(&text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1, column 1: invalid UTF-8: expected a valid sequence, but found byte 0xff at offset 0; the bytes look like UTF-16 (little-endian: they open with the byte order mark FF FE, as Windows Notepad's \"Unicode\" saves them): convert the file to UTF-8, for example with `iconv -f UTF-16 -t UTF-8`"
        );
        let be: Vec<u8> = [0xfe, 0xff, 0, b'H'].to_vec();
        assert!(
            guess_encoding(&be, 0)
                .unwrap()
                .starts_with("UTF-16 (big-endian")
        );
    }

    #[test]
    fn utf16_without_a_byte_order_mark() {
        let mut text: Vec<u8> = "Caf\u{e9} is open."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        text.push(0xd8); // a lone surrogate half keeps it from being UTF-8
        let guess = guess_encoding(&text, text.len() - 1).unwrap();
        assert!(
            guess.starts_with("UTF-16 (little-endian without"),
            "{guess}"
        );
    }

    #[test]
    fn binary_data() {
        let mut bytes =
            b"\x7fELF\x02\x01\x01\x03\x04\x05\x06\x07\x08 text \x0e\x0f\x10\x11".to_vec();
        let bad = bytes.len();
        bytes.extend_from_slice(b"\xd0\x12\x13 more");
        let guess = guess_encoding(&bytes, bad).unwrap();
        assert!(
            guess.starts_with("binary data, not text (15 NUL or control bytes in the first "),
            "{guess}"
        );
    }

    #[test]
    fn windows_1252() {
        assert_eq!(
            guess_encoding(b"It\x92s", 2).unwrap(),
            "Windows-1252 (in which 0x92 is \u{2019}): convert the file to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`"
        );
        assert!(
            guess_encoding(b"caf\xe9 ok", 3)
                .unwrap()
                .contains("0xe9 is \u{e9}")
        );
        // A byte Windows-1252 leaves undefined, and a broken UTF-8 sequence, get no guess.
        assert_eq!(guess_encoding(b"a\x81b", 1), None);
        assert_eq!(guess_encoding(b"a\xe2\x80", 1), None);
        // Plain invalid UTF-8 keeps the short message, and so does a UTF-8 text with one
        // damaged sequence (it has other non-ASCII characters before the bad byte).
        let err = crate::parse_bytes(b"ok\n\xe2\x80").unwrap_err();
        assert!(!err.to_string().contains("look like"));
        assert_eq!(guess_encoding("\u{201c}ab\u{201d} x".as_bytes(), 1), None);
        let mut damaged = "\u{201c}Six musts\u{201d}\nab".as_bytes().to_vec();
        let at = damaged.len();
        damaged.extend_from_slice(b"\xc3cd");
        assert_eq!(guess_encoding(&damaged, at), None);
    }
}
