# Types of the `newsclip` package. The record types follow docs/schema.md
# (the serde form of `Article` in crates/newsclip/src/article.rs).

from os import PathLike
from typing import Iterable, Iterator, Literal, Optional, Tuple, Union

from typing_extensions import NotRequired, TypedDict, Unpack

__version__: str

class NewsclipError(Exception):
    """The input is not a page: empty, binary, broken gzip, or over max_bytes."""

class Image(TypedDict):
    src: Optional[str]
    alt: Optional[str]
    caption: Optional[str]
    credit: Optional[str]
    width: Optional[int]
    height: Optional[int]

class Quote(TypedDict):
    text: str
    speaker: Optional[str]
    kind: Literal["direct", "partial", "indirect"]
    cue: Optional[str]
    via: Optional[str]
    paragraph: int
    start: int
    end: int

class Block(TypedDict):
    """One body block; `type` names its kind and which other keys it has."""

    type: Literal["heading", "paragraph", "list", "table", "quote", "code", "figure"]
    text: NotRequired[str]
    level: NotRequired[int]
    ordered: NotRequired[bool]
    items: NotRequired[list[str]]
    header: NotRequired[bool]
    rows: NotRequired[list[list[str]]]
    language: NotRequired[str]
    src: NotRequired[str]
    alt: NotRequired[str]
    caption: NotRequired[str]
    credit: NotRequired[str]

class Article(TypedDict):
    """The article record: the `newsclip` command's JSON, key for key."""

    title: Optional[str]
    title_source: Optional[str]
    standfirst: Optional[str]
    description: Optional[str]
    authors: list[str]
    authors_source: Optional[str]
    agencies: list[str]
    credit_line: Optional[str]
    published: Optional[str]
    published_source: Optional[str]
    modified: Optional[str]
    modified_source: Optional[str]
    url: Optional[str]
    canonical_url: Optional[str]
    site_name: Optional[str]
    publisher: Optional[str]
    language: Optional[str]
    language_source: Optional[str]
    section: Optional[str]
    tags: list[str]
    page_type: Optional[str]
    page_type_confidence: Optional[float]
    image: Optional[str]
    images: list[Image]
    text: str
    blocks: list[Block]
    quotes: list[Quote]
    sources_cited: list[str]
    people: list[str]
    warnings: list[str]

class ErrorRecord(TypedDict):
    """What `extract_many` gives for an input that is not a page."""

    error: str

class Options(TypedDict, total=False):
    """The keyword options of every function, as the library's `Options`
    (defaults in crates/newsclip/src/options.rs)."""

    charset: Optional[str]
    """The charset from outside the page (HTTP Content-Type); a `str` page is UTF-8."""
    input_format: Literal["auto", "html", "text"]
    quotes: bool
    include_tables: bool
    include_images: bool
    include_comments: bool
    favor_precision: bool
    favor_recall: bool
    max_bytes: int
    max_nodes: int
    max_depth: int
    crawl_time: Optional[int]
    """The crawl's time in seconds since the Unix epoch: later dates are impossible."""
    furniture: Optional[SiteFurniture]
    """A site furniture table learnt from the batch first (text exports)."""

Page = Union[str, bytes]

class SiteFurniture:
    """A site's furniture learnt across a batch of text exports: `learn`
    every page once, then pass the table as `furniture=`; lines a site
    prints on three or more of its pages are then furniture. Memory: at
    most `max_entries` lines of 32 bytes (default about 32 MB)."""

    def __init__(self, max_entries: int = 1048576) -> None: ...
    def learn(self, page: Page, url: Optional[str] = None) -> None:
        """Learn one page's lines (the page's site is the host of `url`)."""
    @property
    def pages(self) -> int: ...
    @property
    def furniture_lines(self) -> int: ...

def extract(html: Page, url: Optional[str] = None, **options: Unpack[Options]) -> Article:
    """The article of one page (HTML, possibly gzip, or a text export).

    Raises NewsclipError when the input is not a page. The GIL is released
    while the page is extracted.
    """

def extract_text_export(text: Page, url: Optional[str] = None, **options: Unpack[Options]) -> Article:
    """The article of a crawler's plain-text export: `extract` with
    `input_format="text"`."""

def render(
    article: Article,
    format: Literal["markdown", "md", "text", "txt", "html", "json"] = "markdown",
    front_matter: bool = True,
) -> str:
    """An article dict rendered as the command's --format renders it:
    Markdown (opened by a YAML front-matter block of the metadata unless
    `front_matter=False`), plain text, a clean HTML document, or JSON."""

class ExtractMany(Iterator[Union[Article, ErrorRecord]]):
    def __iter__(self) -> ExtractMany: ...
    def __next__(self) -> Union[Article, ErrorRecord]: ...

def extract_many(
    inputs: Iterable[Union[Page, Tuple[Page, Optional[str]]]],
    threads: Optional[int] = None,
    **options: Unpack[Options],
) -> ExtractMany:
    """One record per input, in input order: the article, or `{"error": ...}`.

    Inputs are pages or `(page, url)` tuples. They are read from the iterable
    in batches and extracted on `threads` workers (default: one per core)
    with the GIL released.
    """

class WarcArticle(Article):
    """A page record of a WARC file, extracted; `url` is its WARC-Target-URI."""

    warc_record_id: Optional[str]
    warc_date: Optional[str]

class WarcError(TypedDict):
    """A page record that failed, or a damaged stretch of the file (no ids)."""

    warc_record_id: Optional[str]
    warc_date: Optional[str]
    url: Optional[str]
    error: str

class WarcRecords(Iterator[Union[WarcArticle, WarcError]]):
    records: int
    """Items read so far: records, and damaged stretches."""
    pages: int
    """Records holding a page (HTML responses, WET conversions)."""
    skipped: int
    """Records that hold no page: warcinfo, requests, non-HTML, non-2xx..."""
    errors: int
    """Damaged stretches, and pages that failed to extract."""
    def __iter__(self) -> WarcRecords: ...
    def __next__(self) -> Union[WarcArticle, WarcError]: ...

def iter_warc(
    path: Union[str, PathLike[str]],
    threads: Optional[int] = None,
    **options: Unpack[Options],
) -> WarcRecords:
    """The page records of a WARC file (.warc, .warc.gz, .warc.zst), in file
    order, extracted on `threads` workers (default: one per core) with the
    GIL released. Raises OSError when the file cannot be opened.
    """
