//! A site's furniture learnt across a batch of text exports: a line that
//! one site prints, word for word, on several of its pages (a menu, a
//! newsletter box, an "About us" paragraph, a legal notice) is its
//! furniture, however much it reads like prose. A batch run first shows
//! every page to [`SiteFurniture::learn`], then extracts each page with the
//! table in [`crate::Options::furniture`]; a single page needs no table.
//!
//! Memory is bounded: the table holds at most `max_entries` lines (a 64-bit
//! hash of site and line, and a page count) and `max_entries` page keys,
//! about [`BYTES_PER_ENTRY`] bytes each. When the line table fills, lines
//! seen on one page only (the stories) are dropped; if it is still three
//! quarters full, new lines are no longer added while known ones go on
//! being counted.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use super::layout;
use crate::options::Options;

/// Fewest pages of one site a line must be printed on to be its furniture.
pub const MIN_PAGES: u32 = 3;

/// Bytes one entry of the table costs, hash table overhead included (an
/// upper bound, for the documented memory bound).
pub const BYTES_PER_ENTRY: usize = 32;

/// Entries of the default table: about 32 MB at most.
pub const DEFAULT_MAX_ENTRIES: usize = 1 << 20;

/// Lines of a site printed on several of its pages, learnt from a batch.
#[derive(Clone)]
pub struct SiteFurniture {
    /// Pages seen per (site, line) hash.
    counts: FxHashMap<u64, u32>,
    /// The pages learnt (by address, or by content without one): a page
    /// seen twice in a crawl counts once.
    pages: FxHashSet<u64>,
    max_entries: usize,
    /// No new lines are added.
    full: bool,
}

impl std::fmt::Debug for SiteFurniture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteFurniture")
            .field("pages", &self.pages.len())
            .field("lines", &self.counts.len())
            .field("max_entries", &self.max_entries)
            .finish()
    }
}

impl Default for SiteFurniture {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_ENTRIES)
    }
}

impl SiteFurniture {
    /// An empty table holding at most `max_entries` lines.
    pub fn new(max_entries: usize) -> Self {
        SiteFurniture { counts: FxHashMap::default(), pages: FxHashSet::default(), max_entries: max_entries.max(16), full: false }
    }

    /// Learn the lines of one page, given as extraction would get it: the
    /// bytes (gzip and charsets handled as [`crate::extract`] does) and the
    /// options carrying its address (`opts.url`). Pages that are markup are
    /// not learnt (the HTML path has the markup to tell furniture by).
    pub fn learn(&mut self, bytes: &[u8], opts: &Options) {
        let Ok(bytes) = crate::input::page_bytes(bytes, opts) else { return };
        let decoded = crate::decode::to_utf8(&bytes, opts);
        if crate::is_text_export(&decoded.text, opts) {
            self.learn_text(opts.url.as_deref(), &decoded.text);
        }
    }

    /// Learn the lines of one plain-text export from `url`.
    pub fn learn_text(&mut self, url: Option<&str>, text: &str) {
        let page = match url {
            Some(u) => hash_of(&(0u8, u)),
            None => hash_of(&(1u8, text)),
        };
        if self.pages.len() >= self.max_entries || !self.pages.insert(page) {
            return;
        }
        let site = site_key(url);
        let mut on_page: FxHashSet<u64> = FxHashSet::default();
        for line in layout::read_lines(text) {
            let key = hash_of(&(site, line.text.as_str()));
            if !on_page.insert(key) {
                continue;
            }
            if let Some(count) = self.counts.get_mut(&key) {
                *count = count.saturating_add(1);
                continue;
            }
            if self.counts.len() >= self.max_entries {
                self.prune();
            }
            if !self.full {
                self.counts.insert(key, 1);
            }
        }
    }

    /// Add the counts of a table learnt from other pages (parallel learning).
    // The order of `other`'s lines matters only once this table is full,
    // when which new lines are kept is arbitrary anyway.
    #[allow(clippy::iter_over_hash_type)]
    pub fn merge(&mut self, other: SiteFurniture) {
        self.pages.extend(other.pages);
        for (key, n) in other.counts {
            if let Some(count) = self.counts.get_mut(&key) {
                *count = count.saturating_add(n);
            } else if !self.full {
                if self.counts.len() >= self.max_entries {
                    self.prune();
                }
                if !self.full {
                    self.counts.insert(key, n);
                }
            }
        }
    }

    /// Drop the lines seen once; stop adding lines if that freed too little.
    fn prune(&mut self) {
        self.counts.retain(|_, n| *n >= 2);
        if self.counts.len() >= self.max_entries / 4 * 3 {
            self.full = true;
        }
    }

    /// Whether `line` (as [`layout::read_lines`] gives it) is furniture of
    /// the site of `site` ([`site_key`]).
    pub fn is_furniture(&self, site: u64, line: &str) -> bool {
        self.counts.get(&hash_of(&(site, line))).is_some_and(|n| *n >= MIN_PAGES)
    }

    /// Pages learnt.
    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    /// Lines held.
    pub fn lines(&self) -> usize {
        self.counts.len()
    }

    /// Lines that count as furniture (printed on [`MIN_PAGES`] pages or more).
    pub fn furniture_lines(&self) -> usize {
        self.counts.values().filter(|n| **n >= MIN_PAGES).count()
    }
}

fn hash_of(value: &impl Hash) -> u64 {
    let mut h = FxHasher::default();
    value.hash(&mut h);
    h.finish()
}

/// The site of a page's address, as a key: its host without `www.` or a
/// port, lower-cased. Pages without an address are one site.
pub fn site_key(url: Option<&str>) -> u64 {
    let host = url
        .map(|u| {
            let rest = u.split_once("://").map_or(u, |(_, r)| r);
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
            let host = host.split(':').next().unwrap_or("");
            host.strip_prefix("www.").unwrap_or(host).to_ascii_lowercase()
        })
        .unwrap_or_default();
    hash_of(&host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(story: &str) -> String {
        format!("Home\nNews\nAbout the Daily Example: we have covered the valley since 1921 and are owned by our readers.\n{story}\nSign up\n")
    }

    #[test]
    fn lines_on_three_pages_of_a_site_are_its_furniture() {
        let mut f = SiteFurniture::new(1000);
        for i in 0..3 {
            f.learn_text(Some(&format!("https://www.daily.example/news/{i}")), &page(&format!("Story number {i} of the day.")));
        }
        let site = site_key(Some("https://daily.example/other"));
        assert!(f.is_furniture(site, "About the Daily Example: we have covered the valley since 1921 and are owned by our readers."));
        assert!(!f.is_furniture(site, "Story number 1 of the day."));
        // Another site's pages do not share it.
        assert!(!f.is_furniture(site_key(Some("https://other.example/")), "Home"));
        // The same address twice is one page.
        let mut g = SiteFurniture::new(1000);
        for _ in 0..3 {
            g.learn_text(Some("https://daily.example/a"), &page("A story."));
        }
        assert_eq!(g.pages(), 1);
        assert!(!g.is_furniture(site, "Home"));
    }

    #[test]
    fn the_table_stays_within_its_bound() {
        let mut f = SiteFurniture::new(64);
        for i in 0..200 {
            f.learn_text(Some(&format!("https://daily.example/{i}")), &page(&format!("Story {i}.\nMore of story {i}.")));
            assert!(f.lines() <= 64, "{}", f.lines());
        }
        // The furniture seen from the start is still known.
        assert!(f.is_furniture(site_key(Some("https://daily.example/")), "Home"));
        // Merging tables adds their counts.
        let mut a = SiteFurniture::new(1000);
        let mut b = SiteFurniture::new(1000);
        a.learn_text(Some("https://s.example/1"), "Menu line\nStory one.");
        a.learn_text(Some("https://s.example/2"), "Menu line\nStory two.");
        b.learn_text(Some("https://s.example/3"), "Menu line\nStory three.");
        assert!(!a.is_furniture(site_key(Some("https://s.example/")), "Menu line"));
        a.merge(b);
        assert!(a.is_furniture(site_key(Some("https://s.example/")), "Menu line"));
        assert_eq!(a.pages(), 3);
    }
}
