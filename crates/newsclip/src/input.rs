//! Raw input → page bytes: transparent gzip, size limit, and a check that
//! the bytes are not binary data.

use std::borrow::Cow;
use std::io::Read;

use crate::error::Error;
use crate::options::Options;

/// The bytes of a page, decompressed when they were gzip, within the size limit.
pub fn page_bytes<'a>(raw: &'a [u8], opts: &Options) -> Result<Cow<'a, [u8]>, Error> {
    let bytes: Cow<'a, [u8]> = if raw.starts_with(&[0x1f, 0x8b]) {
        Cow::Owned(gunzip(raw, opts.max_bytes)?)
    } else {
        if raw.len() > opts.max_bytes {
            return Err(Error::TooLarge {
                size: raw.len(),
                limit: opts.max_bytes,
            });
        }
        Cow::Borrowed(raw)
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty);
    }
    if let Some(what) = binary_kind(&bytes) {
        return Err(Error::Binary { what });
    }
    Ok(bytes)
}

/// Decompress a gzip stream (all members), refusing output past `limit` bytes.
fn gunzip(raw: &[u8], limit: usize) -> Result<Vec<u8>, Error> {
    let mut out = Vec::with_capacity(raw.len().saturating_mul(4).min(limit));
    let mut dec = flate2::read::MultiGzDecoder::new(raw).take(limit as u64 + 1);
    dec.read_to_end(&mut out).map_err(|e| Error::Gzip {
        reason: e.to_string(),
    })?;
    if out.len() > limit {
        return Err(Error::TooLarge {
            size: out.len(),
            limit,
        });
    }
    Ok(out)
}

/// Share of control bytes (percent of the first 4 KiB) above which input is
/// binary. HTML in any ASCII-compatible charset has almost none.
const MAX_CONTROL_PERCENT: usize = 2;

/// Names the kind of binary data the bytes hold, if they are not text.
/// UTF-16 pages (with a BOM) are text; NUL bytes elsewhere are not.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x7fELF", "ELF executable"),
        (b"\x28\xb5\x2f\xfd", "zstd stream"),
        (b"BZh", "bzip2 stream"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(what);
        }
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return None;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let controls = head
        .iter()
        .filter(|b| **b < 0x09 || (**b > 0x0d && **b < 0x20 && **b != 0x1b))
        .count();
    // Text pages, in any charset, hold next to no control bytes; random or
    // compressed data holds about one in ten.
    if controls * 100 > head.len() * MAX_CONTROL_PERCENT && !looks_like_utf16(head) {
        return Some("control bytes");
    }
    None
}

/// UTF-16 text without a BOM: NUL bytes nearly all at even or all at odd offsets.
fn looks_like_utf16(head: &[u8]) -> bool {
    let even = head.iter().step_by(2).filter(|b| **b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    let half = head.len() / 2;
    half > 0 && (even * 10 > half * 8 || odd * 10 > half * 8) && even.min(odd) * 20 < half
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn gzip_is_read_transparently() {
        let z = gz(b"<p>hello</p>");
        let out = page_bytes(&z, &Options::default()).unwrap();
        assert_eq!(&*out, b"<p>hello</p>");
    }

    #[test]
    fn truncated_gzip_is_an_error() {
        let z = gz(&b"<p>hello world, hello world</p>".repeat(100));
        let cut = &z[..z.len() / 2];
        assert!(matches!(page_bytes(cut, &Options::default()), Err(Error::Gzip { .. })));
    }

    #[test]
    fn gzip_bomb_hits_the_limit() {
        let z = gz(&vec![b' '; 2_000_000]);
        let mut o = Options::default();
        o.max_bytes = 1_000_000;
        assert!(matches!(page_bytes(&z, &o), Err(Error::TooLarge { .. })));
    }

    #[test]
    fn binary_and_empty_are_errors() {
        assert!(matches!(page_bytes(b"  \n", &Options::default()), Err(Error::Empty)));
        assert!(matches!(
            page_bytes(b"\x89PNG\r\n\x1a\n....", &Options::default()),
            Err(Error::Binary { .. })
        ));
    }
}
