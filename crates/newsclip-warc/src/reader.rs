//! [`Reader`]: WARC records out of a stream, one item per record or per
//! damaged stretch, resuming at the next record header after damage.

use std::io::Read;

use crate::error::RecordError;
use crate::record::{self, find, Record};
use crate::source::{Compression, Fill, Source};

/// Longest header block accepted, in bytes. Real headers are under 2 KiB;
/// past this the "header" is not one.
pub const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Default largest block read, in bytes; larger records are skipped as
/// [`RecordError::TooLarge`] without being held in memory.
pub const DEFAULT_MAX_RECORD_BYTES: u64 = 64 * 1024 * 1024;

/// Unread bytes kept before the buffer is compacted.
const COMPACT_BYTES: usize = 256 * 1024;

/// What a record header starts with.
const HEADER_MAGIC: &[u8] = b"WARC/1.";

/// Reads WARC records from a plain, gzip or zstd stream (sniffed from the
/// first bytes). An iterator: one `Ok(Record)` per readable record and one
/// `Err(RecordError)` per damaged record or stretch of unreadable bytes;
/// after an error it resumes at the next record header (or gzip member)
/// where there is one. An empty input gives one [`RecordError::Empty`];
/// an I/O error ends the iteration after reporting it.
pub struct Reader<R: Read> {
    source: Option<Source<R>>,
    /// Uncompressed bytes read but not yet consumed, from `pos`.
    buf: Vec<u8>,
    pos: usize,
    /// Uncompressed offset of `buf[0]`.
    base: u64,
    /// Where, in `buf`, compressed data was lost, and why.
    cut: Option<(usize, String)>,
    eof: bool,
    done: bool,
    /// Items given so far.
    items: u64,
    /// Records read whole so far.
    records: u64,
    max_record_bytes: u64,
    pending_error: Option<RecordError>,
}

/// How many bytes are there from the current position, short of a cut.
enum Avail {
    /// At least as many as asked.
    Enough,
    /// Fewer: the stream ends.
    Eof,
    /// Fewer: compressed data was lost after them.
    Cut,
}

impl<R: Read> Reader<R> {
    /// Read records from `input`; the compression is sniffed.
    pub fn new(input: R) -> Self {
        let (source, pending_error) = match Source::new(input) {
            Ok(source) => (Some(source), None),
            Err(e) => (None, Some(RecordError::Io(e))),
        };
        Reader {
            source,
            buf: Vec::new(),
            pos: 0,
            base: 0,
            cut: None,
            eof: false,
            done: false,
            items: 0,
            records: 0,
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            pending_error,
        }
    }

    /// Skip records whose block is over `bytes` (default
    /// [`DEFAULT_MAX_RECORD_BYTES`]) instead of reading them into memory.
    pub fn with_max_record_bytes(mut self, bytes: u64) -> Self {
        self.max_record_bytes = bytes;
        self
    }

    /// The compression sniffed from the first bytes (`None` before the
    /// file could be read).
    pub fn compression(&self) -> Option<Compression> {
        self.source.as_ref().map(|s| s.compression)
    }

    /// Uncompressed bytes consumed so far.
    pub fn uncompressed_offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    fn avail(&self) -> &[u8] {
        let end = self.cut.as_ref().map_or(self.buf.len(), |(c, _)| *c);
        &self.buf[self.pos..end]
    }

    /// Make at least `n` bytes available from `pos`, short of a cut or EOF.
    fn need(&mut self, n: usize) -> Result<Avail, RecordError> {
        loop {
            if self.avail().len() >= n {
                return Ok(Avail::Enough);
            }
            if self.cut.is_some() {
                return Ok(Avail::Cut);
            }
            if self.eof {
                return Ok(Avail::Eof);
            }
            self.compact();
            let Some(source) = self.source.as_mut() else {
                self.eof = true;
                continue;
            };
            match source.fill(&mut self.buf)? {
                Fill::Data => {}
                Fill::End => self.eof = true,
                Fill::Break(reason) => self.cut = Some((self.buf.len(), reason)),
            }
        }
    }

    fn compact(&mut self) {
        if self.pos >= COMPACT_BYTES && self.pos * 2 >= self.buf.len() {
            self.buf.drain(..self.pos);
            self.base += self.pos as u64;
            if let Some((c, _)) = self.cut.as_mut() {
                *c -= self.pos;
            }
            self.pos = 0;
        }
    }

    fn consume(&mut self, n: usize) {
        self.pos += n.min(self.avail().len());
    }

    /// Consume up to and including the cut, returning its reason.
    fn take_cut(&mut self) -> Option<String> {
        let (at, reason) = self.cut.take()?;
        self.pos = at;
        Some(reason)
    }

    /// Skip to the next line that starts a record header, the next cut or
    /// the end; returns the bytes skipped and whether a header was found.
    fn resync(&mut self) -> Result<(u64, bool), RecordError> {
        let start = self.uncompressed_offset();
        loop {
            let avail = self.avail();
            // A header starts the stream after a cut, or follows a newline.
            let found = find_header_line(avail);
            match found {
                Some(i) => {
                    self.consume(i);
                    return Ok((self.uncompressed_offset() - start, true));
                }
                None => {
                    // Keep a tail that could be the start of a split header line.
                    let keep = HEADER_MAGIC.len().min(avail.len());
                    let skip = avail.len() - keep;
                    self.consume(skip);
                    let want = self.avail().len() + 1;
                    match self.need(want)? {
                        Avail::Enough => {}
                        Avail::Eof | Avail::Cut => {
                            let rest = self.avail().len();
                            self.consume(rest);
                            return Ok((self.uncompressed_offset() - start, false));
                        }
                    }
                }
            }
        }
    }

    fn next_item(&mut self) -> Option<Result<Record, RecordError>> {
        if let Some(err) = self.pending_error.take() {
            self.done = true;
            return Some(Err(err));
        }
        // Line breaks between records.
        loop {
            match self.need(1) {
                Ok(Avail::Enough) => {}
                Ok(_) => break,
                Err(e) => return Some(Err(e)),
            }
            let n = self
                .avail()
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
            if n == 0 {
                break;
            }
            self.consume(n);
        }
        let at_start = match self.need(HEADER_MAGIC.len()) {
            Ok(a) => a,
            Err(e) => return Some(Err(e)),
        };
        if self.avail().is_empty() {
            if let Some(reason) = self.take_cut() {
                return Some(Err(RecordError::Damaged { reason }));
            }
            if matches!(at_start, Avail::Eof) {
                if self.items == 0 {
                    return Some(Err(RecordError::Empty));
                }
                return None;
            }
        }
        if !self.avail().starts_with(HEADER_MAGIC) {
            let offset = self.uncompressed_offset();
            let (skipped, found) = match self.resync() {
                Ok(r) => r,
                Err(e) => return Some(Err(e)),
            };
            if !found && self.records == 0 && self.cut.is_none() && self.eof {
                return Some(Err(RecordError::NotWarc { scanned: skipped }));
            }
            let damage = self.take_cut_if_here();
            return Some(Err(RecordError::Garbage {
                offset,
                skipped,
                cause: damage,
            }));
        }
        Some(self.read_record())
    }

    /// When the position is at the cut, consume it and return its reason.
    fn take_cut_if_here(&mut self) -> Option<String> {
        if self.avail().is_empty() && self.cut.is_some() {
            self.take_cut()
        } else {
            None
        }
    }

    /// Read the record whose header starts at the current position.
    fn read_record(&mut self) -> Result<Record, RecordError> {
        let offset = self.uncompressed_offset();
        // The header block.
        let mut searched: usize = 0;
        let (head_len, block_start) = loop {
            let avail = self.avail();
            let from = searched.saturating_sub(3);
            if let Some(found) = header_end(&avail[from..]) {
                break (from + found.0, from + found.1);
            }
            searched = avail.len();
            if searched > MAX_HEADER_BYTES {
                return Err(self.header_error(offset, "no blank line ends the header".into()));
            }
            match self.need(searched + 1)? {
                Avail::Enough => {}
                Avail::Eof | Avail::Cut => {
                    let reason = match self.cut.as_ref() {
                        Some((_, r)) => format!("header cut short: {r}"),
                        None => "header cut short by the end of the file".into(),
                    };
                    let rest = self.avail().len();
                    self.consume(rest);
                    self.take_cut();
                    return Err(RecordError::Header { offset, reason });
                }
            }
        };
        let head = String::from_utf8_lossy(&self.avail()[..head_len]).into_owned();
        let headers = match parse_headers(&head) {
            Ok(h) => h,
            Err(reason) => return Err(self.header_error(offset, reason)),
        };
        let length = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .map(|(_, v)| v.trim());
        let declared: u64 = match length.map(str::parse) {
            Some(Ok(n)) => n,
            Some(Err(_)) => {
                return Err(self.header_error(
                    offset,
                    format!("Content-Length {:?} is not a number", length.unwrap_or("")),
                ))
            }
            None => return Err(self.header_error(offset, "no Content-Length".into())),
        };
        self.consume(block_start);

        if declared > self.max_record_bytes {
            return self.skip_block(offset, declared);
        }
        let len = declared as usize;
        match self.need(len)? {
            Avail::Enough => {}
            end => {
                let got = self.avail().len() as u64;
                // A record that ends early may be followed by the next one.
                if let Some(i) = find_header_line(&self.avail()[1.min(self.avail().len())..]) {
                    self.consume(i + 1);
                    return Err(RecordError::Shorter {
                        offset,
                        declared,
                        actual: i as u64 + 1,
                    });
                }
                self.consume(got as usize);
                let cause = match end {
                    Avail::Cut => self.take_cut(),
                    _ => None,
                };
                return Err(RecordError::Truncated {
                    offset,
                    declared,
                    got,
                    cause,
                });
            }
        }
        // The two line breaks after the block, then the next header, a cut
        // or the end.
        let mut want = len + 4 + HEADER_MAGIC.len();
        let trailer_ok = loop {
            let state = self.need(want)?;
            let after = &self.avail()[len..];
            let breaks = after
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
            if breaks < after.len() {
                break after[breaks..].starts_with(HEADER_MAGIC);
            }
            if !matches!(state, Avail::Enough) || breaks > 64 {
                break true; // the end, or a cut, after line breaks only
            }
            want += 16;
        };
        if !trailer_ok {
            let block = &self.avail()[..len];
            if let Some(i) = find_header_line(&block[1.min(block.len())..]) {
                self.consume(i + 1);
                return Err(RecordError::Shorter {
                    offset,
                    declared,
                    actual: i as u64 + 1,
                });
            }
            self.consume(len);
            let (extra, _) = self.resync()?;
            let cause = self.take_cut_if_here();
            return Err(RecordError::Longer {
                offset,
                declared,
                extra,
                cause,
            });
        }
        let block = self.avail()[..len].to_vec();
        self.consume(len);
        self.records += 1;
        Ok(build_record(offset, headers, block))
    }

    /// Report a corrupt header and skip past its first line, to resync.
    fn header_error(&mut self, offset: u64, reason: String) -> RecordError {
        self.consume(1);
        let mut reason = reason;
        match self.resync() {
            Ok((skipped, _)) => reason.push_str(&format!("; skipped {} bytes", skipped + 1)),
            Err(e) => reason.push_str(&format!("; {e}")),
        }
        if let Some(cause) = self.take_cut_if_here() {
            reason.push_str(&format!("; {cause}"));
        }
        RecordError::Header { offset, reason }
    }

    /// Skip a block over the size limit without holding it.
    fn skip_block(&mut self, offset: u64, declared: u64) -> Result<Record, RecordError> {
        let mut left = declared;
        while left > 0 {
            let n = (self.avail().len() as u64).min(left);
            self.consume(n as usize);
            left -= n;
            if left == 0 {
                break;
            }
            match self.need(1)? {
                Avail::Enough => {}
                end => {
                    let cause = match end {
                        Avail::Cut => self.take_cut(),
                        _ => None,
                    };
                    return Err(RecordError::Truncated {
                        offset,
                        declared,
                        got: declared - left,
                        cause,
                    });
                }
            }
        }
        Err(RecordError::TooLarge {
            offset,
            declared,
            limit: self.max_record_bytes,
        })
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = self.next_item();
        match &item {
            None => self.done = true,
            Some(Err(RecordError::Io(_) | RecordError::Empty | RecordError::NotWarc { .. })) => {
                self.done = true
            }
            Some(_) => {}
        }
        if item.is_some() {
            self.items += 1;
        }
        item
    }
}

/// Where a header line (`WARC/1.` at a line start) begins in `hay`, when
/// `hay` starts a line.
fn find_header_line(hay: &[u8]) -> Option<usize> {
    if hay.starts_with(HEADER_MAGIC) {
        return Some(0);
    }
    let mut from = 0;
    while let Some(i) = find(&hay[from..], HEADER_MAGIC) {
        let at = from + i;
        if at > 0 && hay[at - 1] == b'\n' {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The end of the header lines and the start of the block: a blank line,
/// CRLF or bare LF.
fn header_end(hay: &[u8]) -> Option<(usize, usize)> {
    let crlf = find(hay, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = find(hay, b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// The header lines after the version line, continuation lines folded in.
fn parse_headers(head: &str) -> Result<Vec<(String, String)>, String> {
    let mut lines = head.lines();
    let version = lines.next().unwrap_or("");
    if !version.trim_end().starts_with("WARC/1.") {
        return Err(format!("bad version line {version:?}"));
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            match headers.last_mut() {
                Some((_, v)) => {
                    v.push(' ');
                    v.push_str(line.trim());
                    continue;
                }
                None => return Err("continuation line before any field".into()),
            }
        }
        match line.split_once(':') {
            Some((name, value)) if !name.is_empty() && !name.contains(' ') => {
                headers.push((name.to_string(), value.trim().to_string()))
            }
            _ => return Err(format!("line {line:?} is not a header field")),
        }
    }
    Ok(headers)
}

fn build_record(offset: u64, headers: Vec<(String, String)>, block: Vec<u8>) -> Record {
    let get = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    let warc_type = get("WARC-Type").unwrap_or_default().to_ascii_lowercase();
    let target_uri = get("WARC-Target-URI").map(|u| {
        u.strip_prefix('<')
            .and_then(|u| u.strip_suffix('>'))
            .map(str::to_string)
            .unwrap_or(u)
    });
    let content_type = get("Content-Type");
    let http = if warc_type == "response"
        && content_type
            .as_deref()
            .is_none_or(|t| record::media_type(t) == "application/http")
    {
        record::parse_http(&block)
    } else {
        None
    };
    Record {
        offset,
        date: get("WARC-Date"),
        record_id: get("WARC-Record-ID"),
        warc_type,
        target_uri,
        content_type,
        headers,
        block,
        http,
    }
}
