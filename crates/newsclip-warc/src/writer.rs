//! [`WarcWriter`]: writes WARC 1.1 records, for tests and benchmarks that
//! make their own files (plain, or one gzip member per record).

use std::io::{self, Write};

/// Writes records to `W`, each in its own gzip member when `gzip` is set.
pub struct WarcWriter<W: Write> {
    out: W,
    gzip: bool,
    count: u64,
}

impl<W: Write> WarcWriter<W> {
    /// A writer of plain WARC, or of `.warc.gz` when `gzip`.
    pub fn new(out: W, gzip: bool) -> Self {
        WarcWriter {
            out,
            gzip,
            count: 0,
        }
    }

    /// An HTTP `response` record for `uri`: a `200 OK` head with the given
    /// `Content-Type`, then `body`.
    pub fn response(
        &mut self,
        uri: &str,
        date: &str,
        content_type: &str,
        body: &[u8],
    ) -> io::Result<()> {
        let mut block = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        block.extend_from_slice(body);
        self.record(
            "response",
            Some(uri),
            date,
            "application/http; msgtype=response",
            &block,
        )
    }

    /// Any record: its type, target, date, block `Content-Type` and block.
    /// The record ID is made from a counter.
    pub fn record(
        &mut self,
        warc_type: &str,
        uri: Option<&str>,
        date: &str,
        content_type: &str,
        block: &[u8],
    ) -> io::Result<()> {
        self.count += 1;
        let mut bytes = format!(
            "WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{:012x}>\r\nWARC-Date: {date}\r\n",
            self.count
        );
        if let Some(uri) = uri {
            bytes.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
        }
        bytes.push_str(&format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        ));
        let mut bytes = bytes.into_bytes();
        bytes.extend_from_slice(block);
        bytes.extend_from_slice(b"\r\n\r\n");
        self.raw(&bytes)
    }

    /// Bytes as they are (in their own gzip member when gzip): for damaged
    /// files in tests.
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.gzip {
            let mut enc =
                flate2::write::GzEncoder::new(&mut self.out, flate2::Compression::default());
            enc.write_all(bytes)?;
            enc.finish()?;
        } else {
            self.out.write_all(bytes)?;
        }
        Ok(())
    }

    /// Flush and hand back the destination.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}
