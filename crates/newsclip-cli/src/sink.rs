//! Where WARC rows go: JSON Lines or a Parquet table (zstd, row groups
//! flushed as they fill, so memory stays flat), into one file or split into
//! files of N rows each (`out-00000.parquet`, `out-00001.parquet`…).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context as _};
use arrow_array::builder::{
    Float64Builder, ListBuilder, StringBuilder, TimestampMicrosecondBuilder, UInt64Builder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use parquet::schema::types::ColumnPath;

use crate::rows::{Cell, Column, ColumnType, Row, COLUMNS};

/// Rows per Parquet row group, at most.
const ROW_GROUP_ROWS: usize = 1024;

/// Bytes of strings buffered before a row group is written regardless of
/// its row count: keeps a run's memory flat when pages are long. (16 MB gave
/// a peak RSS of 123 MB at 1,000 records and 151 MB at 10,000 on two
/// threads, warc-bench on 600 WCXB dev pages.)
const ROW_GROUP_BYTES: usize = 8 << 20;

/// Columns with few distinct values, the only ones dictionary-encoded: for
/// the others (texts, addresses, JSON) a dictionary costs time and memory
/// and saves nothing.
const DICTIONARY_COLUMNS: &[&str] = &[
    "input",
    "status",
    "skipped",
    "language",
    "site_name",
    "publisher",
    "section",
    "page_type",
];

/// The zstd level of the Parquet pages (zstd's own default).
const ZSTD_LEVEL: i32 = 3;

/// The output format of a WARC run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// JSON Lines.
    Jsonl,
    /// Parquet.
    Parquet,
}

/// Writes rows, splitting into numbered files every `split` rows.
pub struct Sink {
    format: TableFormat,
    path: Option<PathBuf>,
    split: Option<u64>,
    fields: Option<Vec<String>>,
    columns: Vec<&'static Column>,
    in_file: u64,
    files: u64,
    current: Option<Open>,
}

enum Open {
    Jsonl(Box<dyn Write + Send>),
    Parquet(Box<ParquetFile>),
}

impl Sink {
    /// A sink writing `format` to `path` (standard output for JSON Lines
    /// when `None`). `fields` chooses and orders the columns or keys.
    pub fn new(
        format: TableFormat,
        path: Option<PathBuf>,
        split: Option<u64>,
        fields: Option<Vec<String>>,
    ) -> anyhow::Result<Sink> {
        if format == TableFormat::Parquet && path.is_none() {
            bail!("Parquet output needs --output FILE");
        }
        if split.is_some() && path.is_none() {
            bail!("--split needs --output FILE");
        }
        let columns = match &fields {
            None => COLUMNS.iter().collect(),
            Some(names) => names
                .iter()
                .map(|n| {
                    COLUMNS
                        .iter()
                        .find(|c| c.name == n)
                        .with_context(|| format!("--fields: no column {n:?} (see docs/parquet.md)"))
                })
                .collect::<anyhow::Result<_>>()?,
        };
        Ok(Sink {
            format,
            path,
            split,
            fields,
            columns,
            in_file: 0,
            files: 0,
            current: None,
        })
    }

    /// The file the `n`-th part goes to.
    fn part_path(&self, n: u64) -> Option<PathBuf> {
        let path = self.path.as_ref()?;
        if self.split.is_none() {
            return Some(path.clone());
        }
        Some(split_name(path, n))
    }

    fn open(&mut self) -> anyhow::Result<()> {
        let path = self.part_path(self.files);
        self.files += 1;
        self.in_file = 0;
        self.current = Some(match self.format {
            TableFormat::Jsonl => Open::Jsonl(match &path {
                Some(p) => Box::new(BufWriter::new(
                    File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
                )),
                None => Box::new(BufWriter::new(io::stdout())),
            }),
            TableFormat::Parquet => {
                let p = path.context("Parquet output needs --output FILE")?;
                Open::Parquet(Box::new(ParquetFile::create(&p, &self.columns)?))
            }
        });
        Ok(())
    }

    /// Write one row.
    pub fn write(&mut self, row: &Row) -> anyhow::Result<()> {
        if self.current.is_none() || self.split.is_some_and(|n| self.in_file >= n) {
            self.close_current()?;
            self.open()?;
        }
        match self.current.as_mut() {
            Some(Open::Jsonl(out)) => {
                let line = row.json_line(self.fields.as_deref());
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
            }
            Some(Open::Parquet(file)) => file.push(row)?,
            None => bail!("no output file open"),
        }
        self.in_file += 1;
        Ok(())
    }

    fn close_current(&mut self) -> anyhow::Result<()> {
        match self.current.take() {
            Some(Open::Jsonl(mut out)) => out.flush()?,
            Some(Open::Parquet(file)) => file.close()?,
            None => {}
        }
        Ok(())
    }

    /// Flush and close; a run with no rows still leaves one (empty) file.
    pub fn finish(mut self) -> anyhow::Result<()> {
        if self.current.is_none() && (self.path.is_some() || self.format == TableFormat::Parquet) {
            self.open()?;
        }
        self.close_current()
    }
}

/// `dir/out.parquet`, part 3 → `dir/out-00003.parquet`.
pub fn split_name(path: &Path, n: u64) -> PathBuf {
    let name = path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (stem, ext) = match name.find('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name.as_str(), ""),
    };
    path.with_file_name(format!("{stem}-{n:05}{ext}"))
}

/// The Arrow schema of the chosen columns (docs/parquet.md).
pub fn schema(columns: &[&Column]) -> SchemaRef {
    let fields: Vec<Field> = columns
        .iter()
        .map(|c| {
            let (ty, nullable) = match c.kind {
                ColumnType::Text | ColumnType::Json => {
                    (DataType::Utf8, c.name != "input" && c.name != "status")
                }
                ColumnType::Count => (DataType::UInt64, false),
                ColumnType::Time => (
                    DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
                    true,
                ),
                ColumnType::TextList => (
                    DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
                    false,
                ),
                ColumnType::Float => (DataType::Float64, true),
            };
            Field::new(c.name, ty, nullable)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

enum Builder {
    Text(StringBuilder),
    Count(UInt64Builder),
    Time(TimestampMicrosecondBuilder),
    List(ListBuilder<StringBuilder>),
    Float(Float64Builder),
}

impl Builder {
    fn new(kind: ColumnType) -> Builder {
        match kind {
            ColumnType::Text | ColumnType::Json => Builder::Text(StringBuilder::new()),
            ColumnType::Count => Builder::Count(UInt64Builder::new()),
            ColumnType::Time => {
                Builder::Time(TimestampMicrosecondBuilder::new().with_timezone("UTC"))
            }
            ColumnType::TextList => Builder::List(ListBuilder::new(StringBuilder::new())),
            ColumnType::Float => Builder::Float(Float64Builder::new()),
        }
    }

    /// Append a cell; returns the bytes of string data added.
    fn push(&mut self, cell: Cell) -> usize {
        match (self, cell) {
            (Builder::Text(b), Cell::Text(v)) => {
                let n = v.as_ref().map_or(0, |s| s.len());
                b.append_option(v);
                n
            }
            (Builder::Count(b), Cell::Count(v)) => {
                b.append_value(v);
                0
            }
            (Builder::Time(b), Cell::Time(v)) => {
                b.append_option(v);
                0
            }
            (Builder::List(b), Cell::TextList(v)) => {
                let mut n = 0;
                for s in v {
                    b.values().append_value(s);
                    n += s.len();
                }
                b.append(true);
                n
            }
            (Builder::Float(b), Cell::Float(v)) => {
                b.append_option(v);
                0
            }
            // The table in rows.rs pairs each column type with its cell.
            (Builder::Text(b), _) => {
                b.append_null();
                0
            }
            (Builder::Count(b), _) => {
                b.append_value(0);
                0
            }
            (Builder::Time(b), _) => {
                b.append_null();
                0
            }
            (Builder::List(b), _) => {
                b.append(true);
                0
            }
            (Builder::Float(b), _) => {
                b.append_null();
                0
            }
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Count(b) => Arc::new(b.finish()),
            Builder::Time(b) => Arc::new(b.finish()),
            Builder::List(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
        }
    }
}

/// One Parquet file being written: column builders for the current row
/// group, and the writer.
struct ParquetFile {
    columns: Vec<&'static Column>,
    schema: SchemaRef,
    builders: Vec<Builder>,
    rows: usize,
    bytes: usize,
    writer: ArrowWriter<BufWriter<File>>,
}

impl ParquetFile {
    fn create(path: &Path, columns: &[&'static Column]) -> anyhow::Result<ParquetFile> {
        let schema = schema(columns);
        let file =
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
        let mut props = WriterProperties::builder().set_dictionary_enabled(false);
        for name in DICTIONARY_COLUMNS {
            props = props.set_column_dictionary_enabled(ColumnPath::from(*name), true);
        }
        let props = props
            .set_compression(Compression::ZSTD(ZstdLevel::try_new(ZSTD_LEVEL)?))
            .set_max_row_group_size(ROW_GROUP_ROWS)
            .set_created_by(concat!("newsclip ", env!("CARGO_PKG_VERSION")).to_string())
            .build();
        let writer = ArrowWriter::try_new(BufWriter::new(file), schema.clone(), Some(props))?;
        Ok(ParquetFile {
            columns: columns.to_vec(),
            builders: columns.iter().map(|c| Builder::new(c.kind)).collect(),
            schema,
            rows: 0,
            bytes: 0,
            writer,
        })
    }

    fn push(&mut self, row: &Row) -> anyhow::Result<()> {
        for (column, builder) in self.columns.iter().zip(&mut self.builders) {
            self.bytes += builder.push((column.value)(row));
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP_ROWS || self.bytes >= ROW_GROUP_BYTES {
            self.write_group()?;
        }
        Ok(())
    }

    /// Write the buffered rows as one row group.
    fn write_group(&mut self) -> anyhow::Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)?;
        self.writer.write(&batch)?;
        self.writer.flush()?;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }

    fn close(mut self) -> anyhow::Result<()> {
        self.write_group()?;
        self.writer.close()?;
        Ok(())
    }
}
