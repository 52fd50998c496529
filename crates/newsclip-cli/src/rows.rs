//! One output row per WARC record — an article, a skipped record or an
//! error — and its two writings: a JSON line, or a row of the Parquet
//! table whose columns are listed in [`COLUMNS`] (docs/parquet.md).

use std::sync::Arc;

use newsclip::Article;
use serde_json::{Map, Value};

/// What became of one record.
#[derive(Debug)]
pub enum Outcome {
    /// The record gave an article.
    Article(Box<Article>),
    /// The record holds no page to extract (why, e.g. `warcinfo record`).
    Skipped(String),
    /// The record is damaged or the extraction failed (why).
    Error(String),
}

/// One record's row: where it came from and what became of it.
#[derive(Debug)]
pub struct Row {
    /// The WARC file, as given on the command line.
    pub input: Arc<str>,
    /// The item's ordinal in its file, from 0 (damaged stretches count).
    pub record: u64,
    /// `WARC-Target-URI`.
    pub target_uri: Option<String>,
    /// `WARC-Date`, as written.
    pub date: Option<String>,
    /// `WARC-Record-ID`.
    pub record_id: Option<String>,
    /// The article, skip or error.
    pub outcome: Outcome,
}

impl Row {
    /// `"article"`, `"skipped"` or `"error"`.
    pub fn status(&self) -> &'static str {
        match self.outcome {
            Outcome::Article(_) => "article",
            Outcome::Skipped(_) => "skipped",
            Outcome::Error(_) => "error",
        }
    }

    fn article(&self) -> Option<&Article> {
        match &self.outcome {
            Outcome::Article(a) => Some(a),
            _ => None,
        }
    }

    /// The row as one JSON line: `input`, `record`, the three WARC keys,
    /// then the article's keys, or `skipped` or `error`. With `fields`, only
    /// those keys, in that order (`input` and `record` first regardless).
    pub fn json_line(&self, fields: Option<&[String]>) -> String {
        if fields.is_none() {
            return self.full_json_line();
        }
        let mut head = Map::new();
        let mut keys: Vec<(String, Value)> = vec![
            ("input".into(), Value::from(&*self.input)),
            ("record".into(), Value::from(self.record)),
            ("warc_target_uri".into(), opt(&self.target_uri)),
            ("warc_date".into(), opt(&self.date)),
            ("warc_record_id".into(), opt(&self.record_id)),
        ];
        match &self.outcome {
            Outcome::Article(article) => {
                // The article's keys in their documented order (render::json_line).
                let object = newsclip::render::json_line(article);
                match serde_json::from_str::<indexed::Ordered>(&object) {
                    Ok(ordered) => keys.extend(ordered.0),
                    Err(e) => keys.push((
                        "error".into(),
                        Value::from(format!("cannot write the article: {e}")),
                    )),
                }
            }
            Outcome::Skipped(why) => keys.push(("skipped".into(), Value::from(why.as_str()))),
            Outcome::Error(why) => keys.push(("error".into(), Value::from(why.as_str()))),
        }
        let mut line = String::from("{");
        let mut first = true;
        let mut push = |k: &str, v: &Value, line: &mut String| {
            if !first {
                line.push(',');
            }
            first = false;
            line.push_str(&Value::from(k).to_string());
            line.push(':');
            line.push_str(&v.to_string());
        };
        match fields {
            None => {
                for (k, v) in &keys {
                    push(k, v, &mut line);
                }
            }
            Some(fields) => {
                for (k, v) in keys.drain(..) {
                    head.insert(k, v);
                }
                for k in ["input", "record"] {
                    if let Some(v) = head.get(k) {
                        push(k, v, &mut line);
                    }
                }
                for k in fields {
                    if k == "input" || k == "record" {
                        continue;
                    }
                    if k == "status" {
                        push(k, &Value::from(self.status()), &mut line);
                    } else if let Some(v) = head.get(k) {
                        push(k, v, &mut line);
                    }
                }
                // A skipped or failed record always says so.
                for k in ["skipped", "error"] {
                    if let Some(v) = head.get(k) {
                        if !fields.iter().any(|f| f == k) {
                            push(k, v, &mut line);
                        }
                    }
                }
            }
        }
        line.push('}');
        line
    }
}

impl Row {
    /// Every key, the article's object spliced in as rendered (no re-parse).
    fn full_json_line(&self) -> String {
        let mut line = format!(
            "{{\"input\":{},\"record\":{},\"warc_target_uri\":{},\"warc_date\":{},\"warc_record_id\":{}",
            Value::from(&*self.input),
            self.record,
            opt(&self.target_uri),
            opt(&self.date),
            opt(&self.record_id)
        );
        match &self.outcome {
            Outcome::Article(article) => {
                let object = newsclip::render::json_line(article);
                match object.trim_end().strip_prefix('{') {
                    Some(rest) if rest.trim_start().starts_with('}') => line.push('}'),
                    Some(rest) => {
                        line.push(',');
                        line.push_str(rest.trim_end());
                    }
                    None => {
                        line.push_str(",\"error\":\"the article could not be written as JSON\"}")
                    }
                }
            }
            Outcome::Skipped(why) => {
                line.push_str(&format!(",\"skipped\":{}}}", Value::from(why.as_str())))
            }
            Outcome::Error(why) => {
                line.push_str(&format!(",\"error\":{}}}", Value::from(why.as_str())))
            }
        }
        line
    }
}

fn opt(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::Null, Value::from)
}

/// A JSON object's keys kept in file order (serde_json's `Map` sorts them
/// unless its `preserve_order` feature is on).
mod indexed {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use serde_json::Value;

    pub struct Ordered(pub Vec<(String, Value)>);

    impl<'de> Deserialize<'de> for Ordered {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Ordered;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                    let mut out = Vec::new();
                    while let Some((k, v)) = map.next_entry::<String, Value>()? {
                        out.push((k, v));
                    }
                    Ok(Ordered(out))
                }
            }
            d.deserialize_map(V)
        }
    }
}

/// How a Parquet column is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// UTF-8 string, nullable.
    Text,
    /// 64-bit unsigned integer.
    Count,
    /// Instant, microseconds since the epoch, UTC.
    Time,
    /// List of strings.
    TextList,
    /// A JSON document as a string (nested article parts).
    Json,
    /// 64-bit float.
    Float,
}

/// One Parquet column: its name, type, and how a row fills it.
pub struct Column {
    /// The column's name (also the `--fields` name).
    pub name: &'static str,
    /// Its type.
    pub kind: ColumnType,
    /// The row's value, as a string, list, number or instant.
    pub value: fn(&Row) -> Cell,
}

/// A row's value for one column.
pub enum Cell<'a> {
    /// A string, or null.
    Text(Option<std::borrow::Cow<'a, str>>),
    /// A count.
    Count(u64),
    /// Microseconds since the epoch, or null.
    Time(Option<i64>),
    /// A list of strings (empty for rows without an article).
    TextList(&'a [String]),
    /// A float, or null.
    Float(Option<f64>),
}

fn text<'a>(s: Option<&'a str>) -> Cell<'a> {
    Cell::Text(s.map(std::borrow::Cow::Borrowed))
}

fn art_text<'a>(row: &'a Row, f: fn(&Article) -> Option<&str>) -> Cell<'a> {
    text(row.article().and_then(f))
}

fn art_list<'a>(row: &'a Row, f: fn(&Article) -> &[String]) -> Cell<'a> {
    Cell::TextList(row.article().map_or(&[], f))
}

fn art_json<T: serde::Serialize + ?Sized>(row: &Row, f: fn(&Article) -> &T) -> Cell<'static> {
    Cell::Text(
        row.article()
            .and_then(|a| serde_json::to_string(f(a)).ok())
            .map(std::borrow::Cow::Owned),
    )
}

/// Microseconds since the epoch of an RFC 3339 instant or a `YYYY-MM-DD`
/// date (taken as midnight UTC).
pub fn instant_micros(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp_micros());
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return d
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc().timestamp_micros());
    }
    None
}

/// Every column of the Parquet table, in order (docs/parquet.md).
pub const COLUMNS: &[Column] = &[
    Column {
        name: "input",
        kind: ColumnType::Text,
        value: |r| text(Some(&r.input)),
    },
    Column {
        name: "record",
        kind: ColumnType::Count,
        value: |r| Cell::Count(r.record),
    },
    Column {
        name: "warc_target_uri",
        kind: ColumnType::Text,
        value: |r| text(r.target_uri.as_deref()),
    },
    Column {
        name: "warc_date",
        kind: ColumnType::Time,
        value: |r| Cell::Time(r.date.as_deref().and_then(instant_micros)),
    },
    Column {
        name: "warc_record_id",
        kind: ColumnType::Text,
        value: |r| text(r.record_id.as_deref()),
    },
    Column {
        name: "status",
        kind: ColumnType::Text,
        value: |r| text(Some(r.status())),
    },
    Column {
        name: "skipped",
        kind: ColumnType::Text,
        value: |r| {
            text(match &r.outcome {
                Outcome::Skipped(s) => Some(s),
                _ => None,
            })
        },
    },
    Column {
        name: "error",
        kind: ColumnType::Text,
        value: |r| {
            text(match &r.outcome {
                Outcome::Error(s) => Some(s),
                _ => None,
            })
        },
    },
    Column {
        name: "title",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.title.as_deref()),
    },
    Column {
        name: "standfirst",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.standfirst.as_deref()),
    },
    Column {
        name: "description",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.description.as_deref()),
    },
    Column {
        name: "authors",
        kind: ColumnType::TextList,
        value: |r| art_list(r, |a| &a.authors),
    },
    Column {
        name: "agencies",
        kind: ColumnType::TextList,
        value: |r| art_list(r, |a| &a.agencies),
    },
    Column {
        name: "credit_line",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.credit_line.as_deref()),
    },
    Column {
        name: "published",
        kind: ColumnType::Time,
        value: |r| {
            Cell::Time(
                r.article()
                    .and_then(|a| a.published.as_deref())
                    .and_then(instant_micros),
            )
        },
    },
    Column {
        name: "modified",
        kind: ColumnType::Time,
        value: |r| {
            Cell::Time(
                r.article()
                    .and_then(|a| a.modified.as_deref())
                    .and_then(instant_micros),
            )
        },
    },
    Column {
        name: "url",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.url.as_deref()),
    },
    Column {
        name: "canonical_url",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.canonical_url.as_deref()),
    },
    Column {
        name: "site_name",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.site_name.as_deref()),
    },
    Column {
        name: "publisher",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.publisher.as_deref()),
    },
    Column {
        name: "language",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.language.as_deref()),
    },
    Column {
        name: "section",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.section.as_deref()),
    },
    Column {
        name: "tags",
        kind: ColumnType::TextList,
        value: |r| art_list(r, |a| &a.tags),
    },
    Column {
        name: "page_type",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.page_type.as_deref()),
    },
    Column {
        name: "page_type_confidence",
        kind: ColumnType::Float,
        value: |r| Cell::Float(r.article().and_then(|a| a.page_type_confidence)),
    },
    Column {
        name: "image",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| a.image.as_deref()),
    },
    Column {
        name: "text",
        kind: ColumnType::Text,
        value: |r| art_text(r, |a| Some(a.text.as_str())),
    },
    Column {
        name: "blocks",
        kind: ColumnType::Json,
        value: |r| art_json(r, |a| &a.blocks),
    },
    Column {
        name: "images",
        kind: ColumnType::Json,
        value: |r| art_json(r, |a| &a.images),
    },
    Column {
        name: "quotes",
        kind: ColumnType::Json,
        value: |r| art_json(r, |a| &a.quotes),
    },
    Column {
        name: "people",
        kind: ColumnType::TextList,
        value: |r| art_list(r, |a| &a.people),
    },
    Column {
        name: "sources_cited",
        kind: ColumnType::TextList,
        value: |r| art_list(r, |a| &a.sources_cited),
    },
    Column {
        name: "warnings",
        kind: ColumnType::TextList,
        value: |r| art_list(r, |a| &a.warnings),
    },
];
