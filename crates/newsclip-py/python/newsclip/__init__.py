"""newsclip: the article of a news page (HTML, a crawler's text export, WARC
records) as a dict, the same record as the `newsclip` command's JSON.

The functions are the Rust library's, through the `_newsclip` extension
module; this file only re-exports them. Types: `__init__.pyi`.
"""

from newsclip._newsclip import (
    NewsclipError,
    SiteFurniture,
    __version__,
    extract,
    extract_many,
    extract_text_export,
    iter_warc,
    render,
)

__all__ = [
    "NewsclipError",
    "SiteFurniture",
    "__version__",
    "extract",
    "extract_many",
    "extract_text_export",
    "iter_warc",
    "render",
]
