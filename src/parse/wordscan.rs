//! The name scan's matcher: every place in a text where one of the scan's patterns (a
//! lexicon form, an acronym, a head noun, a quote mark) occurs at word boundaries, found
//! word by word.
//!
//! Every pattern but the quote marks starts with an ASCII letter or digit, and a match
//! counts only at a word boundary (see [`boundary_ok`]). So the matcher visits word
//! starts only: for each, it takes the word (a run of ASCII letters and digits), looks
//! its first eight bytes and its length up, through a 1 KiB bitmap that turns most words
//! away and then an open-addressed table of the patterns' first words, and compares the
//! few patterns listed there with the text (a first word that opens many patterns, as
//! `China` does, has a second table keyed on the four bytes after it). The result is exactly what an overlapping
//! Aho-Corasick search over the same patterns gives once matches off word boundaries are
//! dropped (a test holds the two equal), but the work grows with the words of the text and
//! the patterns that share a first word, not with the size of an automaton: the lexicon can
//! grow without the scan stalling on memory, and building the table at start-up takes a
//! fraction of a millisecond.
//!
//! Matching ignores ASCII case and reads a hyphen as a space, in the text and in the
//! patterns alike (`reform and opening-up` is `reform and opening up`), one byte for one, so
//! offsets in the text are the offsets found.
//!
//! Quote marks (`"`, `“`, `”`) are found with `memchr` and reported wherever they are.

/// A match: `(start, end, pattern)`.
pub(crate) type Hit = (usize, usize, usize);

/// Bits of the first-word bitmap (4 KiB).
const BITMAP_BITS: u32 = 15;

/// The byte the matcher compares for `b`: ASCII lowercase, and a hyphen as a space.
#[inline(always)]
fn fold(b: u8) -> u8 {
    if b == b'-' {
        b' '
    } else {
        b.to_ascii_lowercase()
    }
}

/// A first word as the table keys it: its first eight bytes, lowercased and packed, and
/// its length.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Key {
    head: u64,
    len: usize,
}

impl Key {
    /// The key of the word `len` bytes long (ASCII letters and digits) at `at` in `bytes`.
    #[inline(always)]
    fn at(bytes: &[u8], at: usize, len: usize) -> Key {
        let n = len.min(8);
        let mask = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        // Setting bit 5 lowercases ASCII letters and leaves digits as they are.
        Key {
            head: (load8(bytes, at) | LOWER) & mask,
            len,
        }
    }

    #[inline(always)]
    fn hash(self) -> u64 {
        (self.head ^ (self.len as u64).rotate_left(59)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// The first-word table's slot for hash `h`, before masking: bits 24 and up. A
/// multiplicative hash mixes its input into its high bits only (the low bits of the
/// product depend on the low bits of the key alone, here the word's first letters), and
/// the top [`BITMAP_BITS`] bits index the bitmap already.
#[inline(always)]
fn slot_of(h: u64) -> usize {
    (h >> 24) as usize
}

/// A pattern listed under its first word: its id, where its folded bytes lie in
/// [`WordMatcher::flat`], and how many leading bytes it shares with the pattern listed
/// before it.
///
/// The patterns of a group are listed in byte order (see [`WordMatcher::new`]), so that
/// the text is compared with each pattern at most from the byte where the one before it
/// stopped agreeing (`community with a shared future for mankind` and its nine siblings
/// cost one comparison of their common part, not ten), and the scan stops at the first
/// pattern that sorts after the text.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    id: u32,
    from: u32,
    len: u32,
    /// The bytes this pattern shares with the one before it in `ids` (0 for the first).
    shared: u32,
}

/// Lowercases ASCII letters in each of eight bytes (and leaves digits, spaces and hyphens).
const LOWER: u64 = 0x2020_2020_2020_2020;

/// Eight bytes of `bytes` from `at`, little-endian, zeros past the end.
#[inline(always)]
pub(crate) fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes
        .get(at..at + 8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
    {
        Some(b) => u64::from_le_bytes(b),
        None => {
            let mut buf = [0u8; 8];
            for (to, &from) in buf.iter_mut().zip(bytes.get(at..).unwrap_or_default()) {
                *to = from;
            }
            u64::from_le_bytes(buf)
        }
    }
}

/// [`fold`] on eight bytes at once; `None` when one of them is not ASCII (the caller
/// then compares byte by byte).
#[inline(always)]
fn fold8(t: u64) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    if t & HIGH != 0 {
        return None;
    }
    // Bytes from `A` (0x41) and bytes past `Z` (0x5A) get their top bit set by these sums;
    // no byte carries into the next, since every byte is below 0x80.
    let from_a = t + 0x3F3F_3F3F_3F3F_3F3F;
    let past_z = t + 0x2525_2525_2525_2525;
    let upper = from_a & !past_z & HIGH;
    let t = t | (upper >> 2);
    // Hyphens (0x2D) become spaces (0x20): find the bytes equal to 0x2D exactly.
    let z = t ^ 0x2D2D_2D2D_2D2D_2D2D;
    let nonzero = (((z & LOW7) + LOW7) | z) & HIGH;
    let hyphens = !nonzero & HIGH;
    Some(t ^ ((hyphens >> 7) * 0x0D))
}

/// How many leading bytes of `pattern` (folded) `text` agrees with once folded, given
/// that the first `from` do: at most the length of the shorter of the two.
#[inline(always)]
fn agreement(text: &[u8], pattern: &[u8], from: usize) -> usize {
    let end = text.len().min(pattern.len());
    let mut k = from;
    while k + 8 <= end {
        match fold8(load8(text, k)) {
            Some(t) => {
                let diff = t ^ load8(pattern, k);
                if diff != 0 {
                    return k + diff.trailing_zeros() as usize / 8;
                }
                k += 8;
            }
            None => break,
        }
    }
    while k < end && text.get(k).map(|&b| fold(b)) == pattern.get(k).copied() {
        k += 1;
    }
    k
}

/// One slot of the first-word table: a key and the range of its patterns in `ids`,
/// `from..to`. From `long` on, the group's patterns with at least [`TAIL`] bytes after
/// the first word, in order of those bytes; when there are more than [`LINEAR`] of them
/// they are found through the second table ([`WordMatcher::tails`]) rather than tried in
/// turn.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: Key,
    from: u32,
    long: u32,
    to: u32,
}

/// How many bytes after the first word key the second table: `new era` and `new
/// development philosophy`, two of the hundred patterns that start with `new`, are found
/// by ` era` and ` dev`.
const TAIL: usize = 4;

/// Groups with at most this many long patterns try them in turn (a probe of the second
/// table costs about as much as a few quick tests).
const LINEAR: usize = 8;

/// One slot of the second table: the patterns of the group in slot `group` of the first
/// table whose [`TAIL`] bytes after the first word are `tail` (folded), `from..to` in
/// `ids`. An empty slot has `to == 0`.
#[derive(Clone, Copy, Debug, Default)]
struct TailSlot {
    group: u32,
    tail: u32,
    from: u32,
    to: u32,
}

impl TailSlot {
    #[inline(always)]
    fn hash(group: u32, tail: u32) -> u64 {
        ((u64::from(group) << 32) | u64::from(tail)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// The folded [`TAIL`] bytes at `at` (see [`fold`]), `None` when one is not ASCII.
#[inline(always)]
fn tail_key(bytes: &[u8], at: usize) -> Option<u32> {
    fold8(load8(bytes, at) & 0xFFFF_FFFF).and_then(|t| u32::try_from(t).ok())
}

/// The patterns, and the tables that find them word by word.
#[derive(Debug)]
pub(crate) struct WordMatcher {
    /// Each pattern folded (see [`fold`]).
    pats: Vec<Box<[u8]>>,
    /// Bit `hash >> (64 - BITMAP_BITS)` is set for the key of every first word.
    bitmap: Vec<u64>,
    /// Open-addressed on the hash's bits from 24 ([`slot_of`]); an empty slot has `to == 0`.
    slots: Vec<Slot>,
    /// The second table, open-addressed on the high bits of [`TailSlot::hash`]; its length
    /// is a power of two.
    tails: Vec<TailSlot>,
    /// The patterns, grouped by first word; in a group the short patterns first, then the
    /// long ones by their tail, each part in byte order.
    ids: Vec<Candidate>,
    /// The folded bytes of the patterns in `ids`, one after another.
    flat: Vec<u8>,
    /// Patterns that do not start with an ASCII letter or digit (the quote marks).
    others: Vec<u32>,
}

impl WordMatcher {
    /// A matcher for `patterns`; a pattern's id is its index.
    pub(crate) fn new<S: AsRef<str>>(patterns: &[S]) -> WordMatcher {
        let pats: Vec<Box<[u8]>> = patterns
            .iter()
            .map(|p| p.as_ref().bytes().map(fold).collect())
            .collect();
        let mut firsts: Vec<(Key, bool, u32, &[u8], u32)> = Vec::with_capacity(pats.len());
        let mut others = Vec::new();
        for (id, p) in pats.iter().enumerate() {
            let Ok(id) = u32::try_from(id) else { break };
            let run = p.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            match p.get(..run) {
                Some(word) if run > 0 => {
                    let key = Key::at(word, 0, run);
                    // The pattern is folded already: its bytes after the word are its key.
                    let long = p.len() >= run + TAIL;
                    let tail = if long {
                        u32::try_from(load8(p, run) & 0xFFFF_FFFF).unwrap_or(0)
                    } else {
                        0
                    };
                    firsts.push((key, long, tail, p, id));
                }
                _ => others.push(id),
            }
        }
        // By first word; in a group the short patterns first, then the long ones by their
        // tail, each part in byte order (for a first word of at most eight bytes, which
        // all the group's patterns share, that is the byte order of the whole part: the
        // tail's bytes compared as a big-endian number are the bytes after the word).
        firsts.sort_unstable_by(|a, b| {
            (a.0.len, a.0.head, a.1, a.2.swap_bytes(), a.3, a.4).cmp(&(
                b.0.len,
                b.0.head,
                b.1,
                b.2.swap_bytes(),
                b.3,
                b.4,
            ))
        });
        let mut groups: Vec<Slot> = Vec::new();
        let mut ids = Vec::with_capacity(firsts.len());
        let mut flat: Vec<u8> = Vec::new();
        let mut tails_of: Vec<u32> = Vec::with_capacity(firsts.len());
        let mut before: &[u8] = &[];
        for (key, long, tail, p, id) in firsts {
            let shared = before.iter().zip(p).take_while(|(a, b)| a == b).count();
            before = p;
            let c = Candidate {
                id,
                from: u32::try_from(flat.len()).unwrap_or(u32::MAX),
                len: u32::try_from(p.len()).unwrap_or(u32::MAX),
                shared: u32::try_from(shared).unwrap_or(u32::MAX),
            };
            flat.extend_from_slice(p);
            let at = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            match groups.last_mut() {
                Some(g) if g.key == key => {
                    if !long {
                        g.long = at + 1;
                    }
                    g.to = at + 1;
                }
                _ => groups.push(Slot {
                    key,
                    from: at,
                    long: if long { at } else { at + 1 },
                    to: at + 1,
                }),
            }
            ids.push(c);
            tails_of.push(tail);
        }
        let size = (groups.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); size];
        let mut bitmap = vec![0u64; 1 << (BITMAP_BITS - 6)];
        let mut placed: Vec<(usize, Slot)> = Vec::with_capacity(groups.len());
        for group in groups {
            let h = group.key.hash();
            let bit = h >> (64 - BITMAP_BITS);
            if let Some(w) = bitmap.get_mut((bit >> 6) as usize) {
                *w |= 1 << (bit & 63);
            }
            let mut i = slot_of(h) & (size - 1);
            // The table is at most half full, so an empty slot is always found.
            while slots.get(i).is_some_and(|s| s.to != 0) {
                i = (i + 1) & (size - 1);
            }
            if let Some(s) = slots.get_mut(i) {
                *s = group;
            }
            placed.push((i, group));
        }
        let tails = tail_table(&placed, &tails_of);
        WordMatcher {
            pats,
            bitmap,
            slots,
            tails,
            ids,
            flat,
            others,
        }
    }

    /// The slot (and its index) of the patterns whose first word is the word `len` bytes
    /// long at `at` in `hay`.
    #[inline(always)]
    fn group(&self, hay: &[u8], at: usize, len: usize) -> Option<(usize, &Slot)> {
        let key = Key::at(hay, at, len);
        let h = key.hash();
        let bit = h >> (64 - BITMAP_BITS);
        let set = self
            .bitmap
            .get((bit >> 6) as usize)
            .is_some_and(|w| w & (1 << (bit & 63)) != 0);
        if !set {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = slot_of(h) & mask;
        while let Some(s) = self.slots.get(i) {
            if s.to == 0 {
                break;
            }
            if s.key == key {
                return Some((i, s));
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The patterns of `group` (in slot `index`) that can match where the bytes after the
    /// first word are `hay[i..]`: its short patterns, and those of its long ones whose
    /// [`TAIL`] bytes are the text's (all of them in a small group, or when the text's
    /// bytes are not ASCII).
    #[inline(always)]
    fn candidates(&self, index: usize, group: &Slot, hay: &[u8], i: usize) -> [&[Candidate]; 2] {
        let (from, long, to) = (group.from as usize, group.long as usize, group.to as usize);
        let short = self.ids.get(from..long).unwrap_or_default();
        let all = self.ids.get(long..to).unwrap_or_default();
        if to - long <= LINEAR {
            return [short, all];
        }
        let Some(tail) = tail_key(hay, i) else {
            return [short, all];
        };
        let Ok(g) = u32::try_from(index) else {
            return [short, all];
        };
        let mask = self.tails.len() - 1;
        let mut k = (TailSlot::hash(g, tail) >> 40) as usize & mask;
        while let Some(t) = self.tails.get(k) {
            if t.to == 0 {
                break;
            }
            if t.group == g && t.tail == tail {
                let run = self
                    .ids
                    .get(t.from as usize..t.to as usize)
                    .unwrap_or_default();
                return [short, run];
            }
            k = (k + 1) & mask;
        }
        [short, &[]]
    }

    /// The patterns that match at the word `run` bytes long at `start` in `hay`.
    #[inline(always)]
    fn match_word(&self, hay: &[u8], start: usize, run: usize, out: &mut Vec<Hit>) {
        if !starts_word(hay, start) {
            return;
        }
        let Some((index, group)) = self.group(hay, start, run) else {
            return;
        };
        let text = hay.get(start..).unwrap_or_default();
        // The key holds the word's first eight bytes (and its length): those are equal.
        let known = run.min(8);
        // A group whose first word is at most eight bytes long is one word, so its parts
        // are in byte order and the scan of a part may stop at the first pattern that
        // sorts after the text.
        let sorted = run <= 8;
        for part in self.candidates(index, group, hay, start + run) {
            self.match_part(text, known, sorted, part, |end, id| {
                if ends_word(hay, start + end) {
                    out.push((start, start + end, id as usize));
                }
            });
        }
    }

    /// Calls `found(len, id)` for every pattern of `part` that `text` starts with (folded),
    /// given that the first `known` bytes of every one of them are the text's.
    ///
    /// `agree` is how far the previous pattern agreed with the text; a pattern that
    /// shares more than that with the previous one disagrees where it did, one that
    /// shares less disagrees where the two part, and only one that shares exactly that
    /// much is compared, from there on.
    #[inline(always)]
    fn match_part(
        &self,
        text: &[u8],
        known: usize,
        sorted: bool,
        part: &[Candidate],
        mut found: impl FnMut(usize, u32),
    ) {
        let mut agree = 0;
        for (k, c) in part.iter().enumerate() {
            let shared = c.shared as usize;
            let at = c.from as usize;
            let Some(p) = self.flat.get(at..at + c.len as usize) else {
                continue;
            };
            let now = if k == 0 {
                agreement(text, p, known)
            } else if shared > agree {
                continue;
            } else if shared < agree {
                shared
            } else {
                agreement(text, p, shared)
            };
            if now == p.len() {
                found(now, c.id);
            } else if sorted && text.get(now).is_none_or(|&t| p.get(now) > Some(&fold(t))) {
                // This pattern sorts after the text, and so do all those after it.
                break;
            }
            agree = now;
        }
    }
    /// Every match in `hay`: patterns at word boundaries (in order of start), then the
    /// quote marks and any other pattern that does not start a word, wherever they are.
    pub(crate) fn find_all(&self, hay: &[u8], out: &mut Vec<Hit>) {
        for_each_word(hay, |start, run| self.match_word(hay, start, run, out));
        for &id in &self.others {
            let Some(p) = self.pats.get(id as usize) else {
                continue;
            };
            let Some(&first) = p.first() else { continue };
            for at in memchr::memchr_iter(first, hay) {
                let end = at + p.len();
                let same = hay
                    .get(at..end)
                    .is_some_and(|t| t.iter().zip(p.iter()).all(|(&a, &b)| fold(a) == b));
                if same {
                    out.push((at, end, id as usize));
                }
            }
        }
    }
}

/// The second table: for every group (`(slot index, slot)`) with more than [`LINEAR`]
/// long patterns, one slot per run of long patterns with the same tail (`tails_of` holds
/// each entry of `ids`'s tail), open-addressed, at most half full.
fn tail_table(groups: &[(usize, Slot)], tails_of: &[u32]) -> Vec<TailSlot> {
    let mut runs: Vec<TailSlot> = Vec::new();
    for &(index, g) in groups {
        let (long, to) = (g.long as usize, g.to as usize);
        if to - long <= LINEAR {
            continue;
        }
        let Ok(group) = u32::try_from(index) else {
            continue;
        };
        let mut k = long;
        while k < to {
            let tail = tails_of.get(k).copied().unwrap_or(0);
            let mut end = k + 1;
            while end < to && tails_of.get(end) == Some(&tail) {
                end += 1;
            }
            if let (Ok(from), Ok(to)) = (u32::try_from(k), u32::try_from(end)) {
                runs.push(TailSlot {
                    group,
                    tail,
                    from,
                    to,
                });
            }
            k = end;
        }
    }
    let size = (runs.len() * 2).next_power_of_two().max(16);
    let mut table = vec![TailSlot::default(); size];
    for r in runs {
        let mut k = (TailSlot::hash(r.group, r.tail) >> 40) as usize & (size - 1);
        // At most half full: an empty slot is always found.
        while table.get(k).is_some_and(|t| t.to != 0) {
            k = (k + 1) & (size - 1);
        }
        if let Some(t) = table.get_mut(k) {
            *t = r;
        }
    }
    table
}

/// Calls `f(start, len)` for every run of ASCII letters and digits in `hay`, in order.
///
/// The runs are found 64 bytes at a time from a mask of the bytes that are letters or
/// digits ([`alnum_mask`]): the starts of runs are the mask's bits whose bit below is
/// clear, and each run's length is counted from the mask, so that the loop branches once
/// per word rather than once per byte (a byte loop mispredicts at the end of every word).
#[inline(always)]
fn for_each_word(hay: &[u8], mut f: impl FnMut(usize, usize)) {
    let mut base = 0;
    // Whether the byte before `base` is a letter or a digit.
    let mut carry = false;
    while base < hay.len() {
        let chunk = hay
            .get(base..(base + 64).min(hay.len()))
            .unwrap_or_default();
        let m = alnum_mask(chunk);
        let mut starts = m & !((m << 1) | u64::from(carry));
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let ones = (m >> k).trailing_ones() as usize;
            // A run that reaches the end of the chunk goes on in the next one.
            let run = if k + ones < 64 {
                ones
            } else {
                let from = base + k;
                hay.get(from..).map_or(0, |rest| {
                    rest.iter()
                        .take_while(|b| b.is_ascii_alphanumeric())
                        .count()
                })
            };
            f(base + k, run);
        }
        carry = chunk.len() == 64 && m >> 63 != 0;
        base += 64;
    }
}

/// Bit `k` set when byte `k` of `chunk` (at most 64 bytes) is an ASCII letter or digit.
/// A flag byte per input byte first, in a loop over a fixed 64 bytes that the compiler
/// turns into vector instructions, then the flags gathered eight at a time.
#[inline(always)]
fn alnum_mask(chunk: &[u8]) -> u64 {
    let mut block = [0u8; 64];
    match <&[u8; 64]>::try_from(chunk) {
        Ok(full) => block = *full,
        Err(_) => {
            for (to, &from) in block.iter_mut().zip(chunk) {
                *to = from;
            }
        }
    }
    let mut flags = [0u8; 64];
    for (f, &b) in flags.iter_mut().zip(block.iter()) {
        let letter = (b | 0x20).wrapping_sub(b'a') < 26;
        let digit = b.wrapping_sub(b'0') < 10;
        *f = u8::from(letter | digit);
    }
    let mut m = 0;
    for (j, part) in flags.chunks_exact(8).enumerate() {
        // One flag (0 or 1) a byte: the product gathers byte `k`'s flag into bit 56 + k.
        let t = load8(part, 0);
        m |= (t.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * j);
    }
    m
}

/// Whether a word may start at `at`: the character before it is not a letter, a digit or
/// a hyphen (as [`boundary_ok`] asks).
#[inline(always)]
fn starts_word(hay: &[u8], at: usize) -> bool {
    match at.checked_sub(1).and_then(|p| hay.get(p)) {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric() && b != b'-',
        Some(_) => !char_before(hay, at).is_some_and(char::is_alphanumeric),
    }
}

/// Whether a match may end at `end`: the character after it is not a letter or a digit.
#[inline(always)]
fn ends_word(hay: &[u8], end: usize) -> bool {
    match hay.get(end) {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => !char_after(hay, end).is_some_and(char::is_alphanumeric),
    }
}

/// The character that ends just before `at`, if the bytes there are UTF-8.
fn char_before(hay: &[u8], at: usize) -> Option<char> {
    let from = at.saturating_sub(4);
    let bytes = hay.get(from..at)?;
    // The last character of the longest valid tail.
    (0..bytes.len())
        .filter_map(|k| core::str::from_utf8(bytes.get(k..)?).ok())
        .find_map(|s| s.chars().next_back())
}

/// The character that starts at `at`, if the bytes there are UTF-8.
fn char_after(hay: &[u8], at: usize) -> Option<char> {
    let bytes = hay.get(at..(at + 4).min(hay.len()))?;
    (1..=bytes.len())
        .rev()
        .filter_map(|k| core::str::from_utf8(bytes.get(..k)?).ok())
        .find_map(|s| s.chars().next())
}

/// Whether `start..end` of `h` lies on word boundaries: the character before is not a
/// letter, a digit or a hyphen (`anti-reform` does not hold `reform`), the one after not a
/// letter or a digit.
pub(crate) fn boundary_ok(h: &str, start: usize, end: usize) -> bool {
    let before = h.get(..start).and_then(|s| s.chars().next_back());
    let after = h.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
        && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the word matcher must equal: an overlapping Aho-Corasick search over the same
    /// patterns (hyphens read as spaces, ASCII case ignored), kept where `boundary_ok`
    /// holds, and every match of a pattern that does not start with a letter or digit.
    fn automaton(patterns: &[String]) -> aho_corasick::AhoCorasick {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(patterns.iter().map(|p| p.replace('-', " ")))
            .unwrap()
    }

    fn by_automaton(ac: &aho_corasick::AhoCorasick, patterns: &[String], text: &str) -> Vec<Hit> {
        let folded = |s: &str| s.replace('-', " ");
        let mut out: Vec<Hit> = ac
            .find_overlapping_iter(&folded(text))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .filter(|&(s, e, id)| {
                let word = patterns[id].starts_with(|c: char| c.is_ascii_alphanumeric());
                !word || boundary_ok(text, s, e)
            })
            .collect();
        out.sort_unstable();
        out
    }

    fn by_words(m: &WordMatcher, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        m.find_all(text.as_bytes(), &mut out);
        out.sort_unstable();
        out
    }

    /// A xorshift generator for the mutations below.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// `text` with case flips, spaces turned into hyphens or line breaks, letters into `x`,
    /// and words glued together, on character boundaries.
    fn mutate(text: &str, rng: &mut Rng, edits: usize) -> String {
        let mut chars: Vec<char> = text.chars().collect();
        for _ in 0..edits {
            if chars.is_empty() {
                break;
            }
            let i = rng.below(chars.len());
            let c = chars[i];
            chars[i] = match rng.below(5) {
                0 if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                0 => c.to_ascii_uppercase(),
                1 if c == ' ' => '-',
                2 if c == ' ' => '\n',
                3 if c.is_ascii_alphabetic() => 'x',
                4 if c == ' ' => 'é',
                _ => c,
            };
        }
        chars.into_iter().collect()
    }

    #[test]
    fn equals_an_automaton_search_on_the_scan_patterns() {
        let patterns = crate::parse::names::patterns();
        let m = WordMatcher::new(patterns);
        let doc = crate::REFERENCE_DOCUMENT;
        let mut texts: Vec<String> = vec![
            doc.to_owned(),
            doc.repeat(3),
            String::new(),
            "BRI".to_owned(),
            "law-based governance, law based governance, reform and opening-up".to_owned(),
            "anti-reform and opening up; éBelt and Road; Belt and Roadé; \"Two Musts\" “x”"
                .to_owned(),
            "GLOBAL DEVELOPMENT INITIATIVE global development initiativE".to_owned(),
            doc.get(..7).unwrap_or_default().to_owned(),
            doc.get(..101).unwrap_or_default().to_owned(),
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        assert!(files.len() >= 19, "{files:?}");
        for f in &files {
            texts.push(std::fs::read_to_string(f).unwrap());
        }
        let mut rng = Rng(0x5EED);
        for k in 0..200 {
            let base = &texts[k % (files.len() + 1)];
            let from = rng.below(base.len().max(1));
            let slice: String = base.chars().skip(from / 2).take(3000).collect();
            texts.push(mutate(&slice, &mut rng, 40));
        }
        let ac = automaton(patterns);
        let mut total = 0;
        for t in &texts {
            let want = by_automaton(&ac, patterns, t);
            assert_eq!(by_words(&m, t), want, "{:?}", t.get(..80));
            total += want.len();
        }
        assert!(total > 2000, "{total}");
        assert!(by_words(&m, doc).len() > 50);
    }

    #[test]
    fn words_are_found_whole_and_case_blind() {
        let m = WordMatcher::new(&["Belt and Road", "Road", "belt", "\"", "“"]);
        let hits = by_words(&m, "BELT-and-road Beltway road. \"Roads\" “Road”");
        assert_eq!(
            hits,
            vec![
                (0, 4, 2),
                (0, 13, 0),
                (22, 26, 1),
                (28, 29, 3),
                (34, 35, 3),
                (36, 39, 4),
                (39, 43, 1),
            ]
        );
        // A hyphen before a word joins it to the word in front; a letter after one, too.
        assert_eq!(by_words(&m, "anti-belt"), vec![]);
        assert_eq!(by_words(&m, "belts róad Roadé éRoad"), vec![]);
    }

    #[test]
    fn word_runs_from_masks_equal_a_byte_loop() {
        // Every byte value, 0x80 and above included, and runs across the 64-byte chunks.
        for at in [0, 3, 8, 63] {
            let mut b = [0u8; 64];
            for v in 0..=255u8 {
                b[at] = v;
                for chunk in [&b[..], &b[..at + 1]] {
                    let bits = alnum_mask(chunk);
                    assert_eq!(bits == 1 << at, v.is_ascii_alphanumeric(), "{v:#x} at {at}");
                }
            }
        }
        let mut rng = Rng(0x60D5);
        let alphabet = b"aZ09 -,.\n\xc3\xa9@[`{/:";
        for len in [0, 1, 63, 64, 65, 127, 128, 129, 300] {
            for _ in 0..200 {
                let hay: Vec<u8> = (0..len)
                    .map(|_| match rng.below(4) {
                        0 => alphabet[rng.below(alphabet.len())],
                        _ => b'a' + rng.below(26) as u8,
                    })
                    .collect();
                let mut got = Vec::new();
                for_each_word(&hay, |s, n| got.push((s, n)));
                let mut want = Vec::new();
                let mut i = 0;
                while i < hay.len() {
                    if hay[i].is_ascii_alphanumeric() {
                        let n = hay[i..]
                            .iter()
                            .take_while(|b| b.is_ascii_alphanumeric())
                            .count();
                        want.push((i, n));
                        i += n;
                    } else {
                        i += 1;
                    }
                }
                assert_eq!(got, want, "{:?}", String::from_utf8_lossy(&hay));
            }
        }
    }

    #[test]
    fn eight_bytes_fold_as_one_byte_does() {
        let mut rng = Rng(0xF01D);
        let interesting = b"@AZ[`az{-, 09\x00\x7f\x2c\x2e\x2d\x0d";
        for _ in 0..20_000 {
            let mut b = [0u8; 8];
            for x in &mut b {
                *x = if rng.below(2) == 0 {
                    interesting[rng.below(interesting.len())]
                } else {
                    rng.below(0x80) as u8
                };
            }
            let want = u64::from_le_bytes(b.map(fold));
            assert_eq!(fold8(u64::from_le_bytes(b)), Some(want), "{b:?}");
        }
        assert_eq!(fold8(u64::from_le_bytes(*b"Caf\xc3\xa9 ab")), None);
        assert_eq!(
            agreement(b"BELT-AND-ROAD INITIATIVE", b"belt and road initiative", 0),
            24
        );
        assert_eq!(
            agreement(b"BELT-AND-ROAD INITIATIVF", b"belt and road initiative", 4),
            23
        );
        assert_eq!(agreement(b"BELT-AND", b"belt and road", 0), 8);
        assert_eq!(agreement(b"BELT-AND-ROADS", b"belt and rope", 0), 11);
        assert_eq!(
            agreement("Côte-d'Ivoire".as_bytes(), "côte d'ivoire".as_bytes(), 0),
            14
        );
    }

    #[test]
    fn only_the_quote_marks_start_without_a_letter_or_digit() {
        let patterns = crate::parse::names::patterns();
        let m = WordMatcher::new(patterns);
        let others: Vec<&str> = m
            .others
            .iter()
            .map(|&i| patterns[i as usize].as_str())
            .collect();
        assert_eq!(others, ["\"", "“", "”"]);
    }
}
