//! A fixed table of short words, each with a value, looked up by the
//! word's bytes packed into two integers: a lookup is a multiply and an
//! integer compare, where a general hash map hashes the string byte by
//! byte and calls `memcmp`. The word lists read once per word of a text
//! (function words, the quotes stage's lexicon) are looked up through it.

/// Longest word the table holds, in bytes; a caller keeps longer words
/// elsewhere.
pub const MAX_WORD_BYTES: usize = 16;

/// A word packed into two integers with its length. Together with the
/// length, the two integers give back every byte of the word: words of 1
/// to 3 bytes keep their first, middle and last byte, of 4 to 7 their
/// first four and last four, of 8 to 16 their first eight and last eight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed {
    lo: u64,
    hi: u64,
    len: u8,
}

impl Packed {
    /// `word` packed; `None` when empty or over [`MAX_WORD_BYTES`].
    #[inline]
    fn of(word: &[u8]) -> Option<Packed> {
        let len = word.len();
        // Each a single load: the lengths below keep `at` in range.
        let four = |at: usize| word[at..at + 4].try_into().map_or(0, |b| u64::from(u32::from_le_bytes(b)));
        let eight = |at: usize| word[at..at + 8].try_into().map_or(0, u64::from_le_bytes);
        let (lo, hi) = match len {
            0 => return None,
            1..=3 => (u64::from(word[0]) | u64::from(word[len / 2]) << 8 | u64::from(word[len - 1]) << 16, 0),
            4..=7 => (four(0) | four(len - 4) << 32, 0),
            8..=MAX_WORD_BYTES => (eight(0), eight(len - 8)),
            _ => return None,
        };
        Some(Packed { lo, hi, len: len as u8 })
    }

    /// A well-mixed hash: the folded 128-bit product of the two halves.
    #[inline]
    fn hash(self) -> u64 {
        let product = u128::from(self.lo ^ 0x9e37_79b9_7f4a_7c15) * u128::from(self.hi ^ u64::from(self.len) ^ 0xe703_7ed1_a0b4_28db);
        product as u64 ^ (product >> 64) as u64
    }
}

/// One slot of the table: empty when `key.len` is 0.
#[derive(Debug, Clone, Copy)]
struct Slot<V> {
    key: Packed,
    value: V,
}

/// Words of up to [`MAX_WORD_BYTES`] bytes, each with a value; open
/// addressing, at most half full.
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    slots: Vec<Slot<V>>,
    mask: usize,
}

impl<V: Copy + Default> Default for WordTable<V> {
    fn default() -> Self {
        Self::new(std::iter::empty())
    }
}

impl<V: Copy + Default> WordTable<V> {
    /// The table of `entries`; a word given twice keeps its last value,
    /// and words empty or over [`MAX_WORD_BYTES`] are left out.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>) -> Self {
        let entries: Vec<(Packed, V)> = entries.into_iter().filter_map(|(w, v)| Packed::of(w.as_bytes()).map(|p| (p, v))).collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let empty = Slot { key: Packed { lo: 0, hi: 0, len: 0 }, value: V::default() };
        let mut table = WordTable { slots: vec![empty; size], mask: size - 1 };
        for (key, value) in entries {
            let at = table.find(key);
            table.slots[at] = Slot { key, value };
        }
        table
    }

    /// The slot holding `key`, or the empty slot where it would go.
    #[inline]
    fn find(&self, key: Packed) -> usize {
        let mut at = key.hash() as usize & self.mask;
        loop {
            let slot = &self.slots[at];
            if slot.key.len == 0 || slot.key == key {
                return at;
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The value of `word`, when the table holds it.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        let key = Packed::of(word.as_bytes())?;
        let slot = &self.slots[self.find(key)];
        (slot.key.len != 0).then_some(slot.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_words_it_holds() {
        let words = [
            "a", "of", "the", "that", "their", "would", "también", "für", "é", "über", "nosotros", "worden", "ab", "ba", "aba", "abc",
            "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "déclaré", "l’homme",
        ];
        let table = WordTable::new(words.iter().enumerate().map(|(i, w)| (*w, i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(i), "{w}");
        }
        // Words sharing the packed bytes' positions with held ones, prefixes,
        // extensions and a word over the limit are not held.
        for w in ["", "b", "aa", "acb", "abd", "abcdefgi", "abcdefghj", "abcdefghijklmnoq", "abcdefghijklmnopq", "th", "thee", "tambien", "de"] {
            assert_eq!(table.get(w), None, "{w}");
        }
    }

    #[test]
    fn a_full_table_still_finds_every_word() {
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}x")).collect();
        let table = WordTable::new(words.iter().map(|w| (w.as_str(), w.len())));
        assert!(words.iter().all(|w| table.get(w) == Some(w.len())));
        assert_eq!(table.get("w3000x"), None);
    }
}
