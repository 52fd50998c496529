//! The bytes under the records: a WARC file as stored (plain, gzip members
//! or zstd frames) turned into one stream of WARC bytes, with the places
//! where compressed data was lost marked as breaks rather than ending the
//! stream.

use std::io::{self, BufRead, Read};

/// How much the source asks its reader for at a time.
const READ_CHUNK_BYTES: usize = 64 * 1024;

/// The gzip magic plus the deflate method byte: what a gzip member starts with.
const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b, 0x08];

/// The zstd frame magic, little-endian.
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// What one [`Source::fill`] call produced.
#[derive(Debug)]
pub(crate) enum Fill {
    /// Some bytes were appended.
    Data,
    /// The stream is over.
    End,
    /// Compressed data was lost here; what follows starts at the next
    /// readable gzip member (or nothing follows).
    Break(String),
}

/// How the file is stored, sniffed from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Uncompressed WARC.
    None,
    /// gzip: one member per record (as crawls ship them) or any other split.
    Gzip,
    /// zstd frames.
    Zstd,
}

/// A reader with its own buffer that counts what it has handed out and can
/// look ahead a few bytes across reads (to find a gzip magic).
pub(crate) struct Counted<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    /// Bytes consumed since the start of the file.
    pub(crate) offset: u64,
    eof: bool,
    /// Start of the current gzip member in `buf`, with its offset, kept
    /// so that a damaged member can be searched for the next one.
    mark: Option<(usize, u64)>,
}

/// Compressed bytes kept to look back through after a damaged gzip member.
/// Crawl members are a record each (kilobytes); a longer member gives up its
/// mark, and a failure in it resumes from where the decoder stopped.
const MAX_REWIND_BYTES: usize = 8 * 1024 * 1024;

impl<R: Read> Counted<R> {
    pub(crate) fn new(inner: R) -> Self {
        Counted {
            inner,
            buf: Vec::with_capacity(READ_CHUNK_BYTES),
            pos: 0,
            offset: 0,
            eof: false,
            mark: None,
        }
    }

    /// The buffered bytes, at least `n` of them unless the file ends first.
    pub(crate) fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.buf.len() - self.pos < n && !self.eof {
            if let Some((at, _)) = self.mark {
                if self.buf.len() - at > MAX_REWIND_BYTES {
                    self.mark = None;
                }
            }
            let keep_from = self.mark.map_or(self.pos, |(at, _)| at.min(self.pos));
            if keep_from > 0 {
                self.buf.drain(..keep_from);
                self.pos -= keep_from;
                if let Some((at, _)) = self.mark.as_mut() {
                    *at -= keep_from;
                }
            }
            let old = self.buf.len();
            self.buf.resize(old + READ_CHUNK_BYTES.max(n), 0);
            let got = loop {
                match self.inner.read(&mut self.buf[old..]) {
                    Ok(got) => break got,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        self.buf.truncate(old);
                        return Err(e);
                    }
                }
            };
            self.buf.truncate(old + got);
            self.eof = got == 0;
        }
        Ok(&self.buf[self.pos..])
    }

    /// Remember the current position (a gzip member's start).
    pub(crate) fn set_mark(&mut self) {
        self.mark = Some((self.pos, self.offset));
    }

    /// Forget the mark (the member ended well).
    pub(crate) fn clear_mark(&mut self) {
        self.mark = None;
    }

    /// Go back to one byte past the mark, when there still is one.
    pub(crate) fn back_past_mark(&mut self) {
        if let Some((at, offset)) = self.mark.take() {
            self.pos = at;
            self.offset = offset;
        }
    }

    /// Skip bytes until the stream starts with `magic` or ends; returns how
    /// many bytes were skipped.
    pub(crate) fn skip_to(&mut self, magic: &[u8]) -> io::Result<u64> {
        let mut skipped = 0u64;
        loop {
            let avail = self.peek(magic.len())?;
            if avail.len() < magic.len() {
                let n = avail.len();
                self.consume(n);
                return Ok(skipped + n as u64);
            }
            if avail.starts_with(magic) {
                return Ok(skipped);
            }
            // Keep the last magic.len()-1 bytes: the magic may straddle reads.
            let step = match avail[1..].iter().position(|&b| b == magic[0]) {
                Some(i) => i + 1,
                None => avail.len() - (magic.len() - 1),
            }
            .max(1);
            self.consume(step);
            skipped += step as u64;
        }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.buf.len() {
            self.peek(1)
        } else {
            Ok(&self.buf[self.pos..])
        }
    }

    fn consume(&mut self, n: usize) {
        let n = n.min(self.buf.len() - self.pos);
        self.pos += n;
        self.offset += n as u64;
    }
}

enum State<R: Read> {
    Plain(Counted<R>),
    /// Between gzip members (or before the first).
    GzipBetween(Counted<R>),
    /// Inside a gzip member that began at the given compressed offset.
    GzipMember(Box<flate2::bufread::GzDecoder<Counted<R>>>, u64),
    Zstd(Box<zstd::stream::read::Decoder<'static, Counted<R>>>),
    Done,
}

/// The decompressed WARC bytes of a file, in chunks.
pub(crate) struct Source<R: Read> {
    state: State<R>,
    chunk: Vec<u8>,
    pub(crate) compression: Compression,
}

impl<R: Read> Source<R> {
    /// Sniff the compression from the first bytes and get ready to read.
    pub(crate) fn new(inner: R) -> io::Result<Self> {
        let mut counted = Counted::new(inner);
        let head = counted.peek(ZSTD_MAGIC.len())?;
        let (state, compression) = if head.starts_with(&GZIP_MAGIC[..2]) {
            (State::GzipBetween(counted), Compression::Gzip)
        } else if head.starts_with(ZSTD_MAGIC) {
            match zstd::stream::read::Decoder::with_buffer(counted) {
                Ok(dec) => (State::Zstd(Box::new(dec)), Compression::Zstd),
                Err(e) => return Err(e),
            }
        } else {
            (State::Plain(counted), Compression::None)
        };
        Ok(Source {
            state,
            chunk: vec![0; READ_CHUNK_BYTES],
            compression,
        })
    }

    /// Append the next bytes of the stream to `out`.
    pub(crate) fn fill(&mut self, out: &mut Vec<u8>) -> io::Result<Fill> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Ok(Fill::End),
                State::Plain(mut r) => {
                    let avail = r.fill_buf()?;
                    if avail.is_empty() {
                        return Ok(Fill::End);
                    }
                    let n = avail.len();
                    out.extend_from_slice(avail);
                    r.consume(n);
                    self.state = State::Plain(r);
                    return Ok(Fill::Data);
                }
                State::GzipBetween(mut r) => {
                    let head = r.peek(GZIP_MAGIC.len())?;
                    if head.is_empty() {
                        return Ok(Fill::End);
                    }
                    if head.starts_with(&GZIP_MAGIC[..2]) {
                        let start = r.offset;
                        r.set_mark();
                        let dec = flate2::bufread::GzDecoder::new(r);
                        self.state = State::GzipMember(Box::new(dec), start);
                        continue;
                    }
                    let start = r.offset;
                    let skipped = r.skip_to(GZIP_MAGIC)?;
                    self.state = State::GzipBetween(r);
                    return Ok(Fill::Break(format!(
                        "{skipped} bytes at compressed offset {start} are not a gzip member"
                    )));
                }
                State::GzipMember(mut dec, start) => match dec.read(&mut self.chunk) {
                    Ok(0) => {
                        let mut r = dec.into_inner();
                        r.clear_mark();
                        self.state = State::GzipBetween(r);
                    }
                    Ok(n) => {
                        out.extend_from_slice(&self.chunk[..n]);
                        self.state = State::GzipMember(dec, start);
                        return Ok(Fill::Data);
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        self.state = State::GzipMember(dec, start);
                    }
                    Err(e) => {
                        let mut r = dec.into_inner();
                        // A truncated member's decoder reads on into the
                        // next member: look for it from the damaged start.
                        r.back_past_mark();
                        if r.offset == start {
                            r.consume(1); // never find the same broken member again
                        }
                        r.skip_to(GZIP_MAGIC)?;
                        let reason = if e.kind() == io::ErrorKind::UnexpectedEof {
                            "truncated".to_string()
                        } else {
                            e.to_string()
                        };
                        self.state = State::GzipBetween(r);
                        return Ok(Fill::Break(format!(
                            "gzip member at compressed offset {start} is damaged ({reason})"
                        )));
                    }
                },
                State::Zstd(mut dec) => match dec.read(&mut self.chunk) {
                    Ok(0) => return Ok(Fill::End),
                    Ok(n) => {
                        out.extend_from_slice(&self.chunk[..n]);
                        self.state = State::Zstd(dec);
                        return Ok(Fill::Data);
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        self.state = State::Zstd(dec);
                    }
                    // zstd frames carry no resync point worth trusting: the
                    // rest of the file is given up, and said so.
                    Err(e) => {
                        return Ok(Fill::Break(format!(
                            "zstd stream is damaged ({e}); the rest of the file is unreadable"
                        )))
                    }
                },
            }
        }
    }
}
