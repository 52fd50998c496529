//! HTTP(S) fetching: one ureq agent shared by the workers, redirects
//! followed, timeouts and a size limit applied, and the final address and
//! the header's charset kept for the extraction.

use std::sync::OnceLock;
use std::time::Duration;

use anyhow::bail;
use ureq::{Agent, ResponseExt as _};

/// Redirects followed before a fetch fails.
const MAX_REDIRECTS: u32 = 10;

/// What the client asks for: web pages first, anything else accepted.
const ACCEPT: &str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

/// A page as fetched.
#[derive(Debug)]
pub struct Fetched {
    /// The body, with any `Content-Encoding` already undone.
    pub bytes: Vec<u8>,
    /// The address the body came from, after redirects.
    pub url: String,
    /// The `charset` parameter of the `Content-Type` header, when given.
    pub charset: Option<String>,
}

/// Fetches pages for every worker; the agent, with its connection pool, is
/// built on first use, so runs without URLs never build one.
#[derive(Debug)]
pub struct Fetcher {
    timeout: Duration,
    agent: OnceLock<Agent>,
}

impl Fetcher {
    /// A fetcher whose connects and reads each wait at most `timeout`, and
    /// whose whole fetches, redirects included, take at most four times that.
    pub fn new(timeout: Duration) -> Fetcher {
        Fetcher {
            timeout,
            agent: OnceLock::new(),
        }
    }

    fn agent(&self) -> &Agent {
        self.agent.get_or_init(|| {
            Agent::config_builder()
                .http_status_as_error(false)
                .max_redirects(MAX_REDIRECTS)
                .timeout_connect(Some(self.timeout))
                .timeout_per_read(Some(self.timeout))
                .timeout_global(Some(self.timeout.saturating_mul(4)))
                .user_agent(concat!("newsclip/", env!("CARGO_PKG_VERSION")))
                .build()
                .into()
        })
    }

    /// Fetch `url`, following redirects; a status other than 2xx, or a body
    /// over `max_bytes`, is an error.
    pub fn fetch(&self, url: &str, max_bytes: usize) -> anyhow::Result<Fetched> {
        let mut response = match self.agent().get(url).header("Accept", ACCEPT).call() {
            Ok(response) => response,
            Err(err) => bail!("fetch failed: {err}"),
        };
        let final_url = response.get_uri().to_string();
        let status = response.status();
        if !status.is_success() {
            let reason = status.canonical_reason().unwrap_or("");
            let at = if final_url != url {
                format!(" (at {final_url})")
            } else {
                String::new()
            };
            bail!("HTTP {} {reason}{at}", status.as_u16());
        }
        let charset = response
            .headers()
            .get("content-type")
            .and_then(|v| charset_param(&String::from_utf8_lossy(v.as_bytes())));
        let bytes = match response
            .body_mut()
            .with_config()
            .limit(max_bytes as u64)
            .read_to_vec()
        {
            Ok(bytes) => bytes,
            Err(ureq::Error::BodyExceedsLimit(_)) => {
                bail!("response body is over the {max_bytes}-byte limit")
            }
            Err(err) => bail!("fetch failed while reading the body: {err}"),
        };
        Ok(Fetched {
            bytes,
            url: final_url,
            charset,
        })
    }
}

/// The `charset` parameter of a `Content-Type` value, matched without
/// regard to case and unquoted: `text/html; Charset="ISO-8859-1"` gives
/// `ISO-8859-1`.
fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        (!value.is_empty()).then(|| value.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::charset_param;

    #[test]
    fn charset_from_content_type() {
        assert_eq!(
            charset_param("text/html; charset=windows-1252").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            charset_param("text/html;Charset=\"ISO-8859-1\" ; q=1").as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(charset_param("text/html; charset="), None);
        assert_eq!(charset_param("charset=utf-8"), None);
    }
}
