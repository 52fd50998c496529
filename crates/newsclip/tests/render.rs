//! The text, Markdown and HTML renderings of a hand-built article, compared
//! with exact expected output, plus the escaping cases.

use newsclip::dom::{Document, NodeId};
use newsclip::{render, Article, Block, Options};

fn s(text: &str) -> String {
    text.to_string()
}

/// A small article with every kind of block.
fn sample() -> Article {
    Article {
        title: Some(s("Rain due")),
        description: Some(s("Wet week ahead.")),
        authors: vec![s("Ann Lee"), s("Bo Park")],
        published: Some(s("2024-05-01")),
        url: Some(s("https://example.com/rain")),
        site_name: Some(s("The Daily")),
        language: Some(s("en")),
        blocks: vec![
            Block::Heading {
                level: 2,
                text: s("Forecast"),
            },
            Block::Paragraph {
                text: s("Heavy rain is expected on Tuesday."),
            },
            Block::List {
                ordered: false,
                items: vec![s("Umbrellas"), s("Boots")],
            },
            Block::List {
                ordered: true,
                items: vec![s("Check the forecast"), s("Stay inside")],
            },
            Block::Table {
                header: true,
                rows: vec![
                    vec![s("Day"), s("Rain")],
                    vec![s("Tue"), s("40mm")],
                    vec![s("Wed")],
                ],
            },
            Block::Quote {
                text: s("It will be wet.\n\nVery wet."),
            },
            Block::Code {
                language: Some(s("rust")),
                text: s("let x = 1;\nlet y = 2;\n"),
            },
            Block::Figure {
                src: Some(s("https://example.com/rain.jpg")),
                alt: Some(s("Clouds")),
                caption: Some(s("Clouds over the hills")),
                credit: None,
            },
            Block::Heading {
                level: 1,
                text: s("Outlook"),
            },
            Block::Figure {
                src: Some(s("https://example.com/map.png")),
                alt: None,
                caption: None,
                credit: None,
            },
        ],
        ..Article::default()
    }
}

/// An article with no title and these blocks.
fn body(blocks: Vec<Block>) -> Article {
    Article {
        blocks,
        ..Article::default()
    }
}

#[test]
fn text_of_every_block() {
    let expected = "\
Rain due

Forecast

Heavy rain is expected on Tuesday.

- Umbrellas
- Boots

1. Check the forecast
2. Stay inside

Day | Rain
Tue | 40mm
Wed

It will be wet.

Very wet.

let x = 1;
let y = 2;

Clouds over the hills

Outlook
";
    assert_eq!(render::text(&sample()), expected);
}

#[test]
fn markdown_of_every_block() {
    let expected = "\
---
title: \"Rain due\"
description: \"Wet week ahead.\"
authors:
  - \"Ann Lee\"
  - \"Bo Park\"
date: \"2024-05-01\"
published: \"2024-05-01\"
site_name: \"The Daily\"
url: \"https://example.com/rain\"
language: \"en\"
---

# Rain due

## Forecast

Heavy rain is expected on Tuesday.

- Umbrellas
- Boots

1. Check the forecast
2. Stay inside

| Day | Rain |
| --- | --- |
| Tue | 40mm |
| Wed |  |

> It will be wet.
>
> Very wet.

```rust
let x = 1;
let y = 2;
```

![Clouds](https://example.com/rain.jpg)
*Clouds over the hills*

## Outlook

![](https://example.com/map.png)
";
    assert_eq!(render::markdown(&sample()), expected);
}

#[test]
fn html_of_every_block() {
    let expected = "\
<!DOCTYPE html>
<html lang=\"en\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<title>Rain due</title>
<meta name=\"author\" content=\"Ann Lee\">
<meta name=\"author\" content=\"Bo Park\">
<meta name=\"description\" content=\"Wet week ahead.\">
<meta name=\"date\" content=\"2024-05-01\">
<meta property=\"og:site_name\" content=\"The Daily\">
<link rel=\"canonical\" href=\"https://example.com/rain\">
<style>…</style>
</head>
<body>
<header class=\"site\">The Daily</header>
<article>
<header>
<h1>Rain due</h1>
<p class=\"byline\">By <span class=\"author\">Ann Lee</span> and <span class=\"author\">Bo Park</span> · <time datetime=\"2024-05-01\">1 May 2024</time></p>
</header>
<h2>Forecast</h2>
<p>Heavy rain is expected on Tuesday.</p>
<ul><li>Umbrellas</li><li>Boots</li></ul>
<ol><li>Check the forecast</li><li>Stay inside</li></ol>
<table><thead><tr><th>Day</th><th>Rain</th></tr></thead><tbody><tr><td>Tue</td><td>40mm</td></tr><tr><td>Wed</td></tr></tbody></table>
<blockquote><p>It will be wet.</p><p>Very wet.</p></blockquote>
<pre><code class=\"language-rust\">let x = 1;
let y = 2;</code></pre>
<figure><img src=\"https://example.com/rain.jpg\" alt=\"Clouds\"><figcaption>Clouds over the hills</figcaption></figure>
<h2>Outlook</h2>
<figure><img src=\"https://example.com/map.png\" alt=\"\"></figure>
</article>
</body>
</html>
";
    assert_eq!(without_style(&render::html(&sample())), expected);
}

/// A reader-view document with its style sheet's rules cut out (checked
/// apart: the reader view must have one).
fn without_style(html: &str) -> String {
    let start = html.find("<style>\n").expect("a style sheet") + "<style>".len();
    let end = html.find("</style>").expect("closed");
    assert!(html[start..end].contains("max-width"), "the style sheet sets a reading width");
    format!("{}…{}", &html[..start], &html[end..])
}

#[test]
fn html_fragment_is_the_article_element() {
    let html = render::html(&sample());
    let fragment = render::html_fragment(&sample());
    assert!(fragment.starts_with("<article>\n<h1>Rain due</h1>\n"));
    assert!(fragment.ends_with("</article>"));
    // The document's article: the fragment's blocks under a fuller header.
    let blocks = fragment.strip_prefix("<article>\n<h1>Rain due</h1>\n").unwrap();
    assert!(html.contains(&format!("</header>\n{blocks}")));
}

#[test]
fn empty_article() {
    let article = Article::default();
    assert_eq!(render::text(&article), "");
    assert_eq!(render::markdown(&article), "");
    assert_eq!(
        without_style(&render::html(&article)),
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Untitled</title>\n\
         <style>…</style>\n</head>\n<body>\n<article>\n</article>\n</body>\n</html>\n"
    );
}

#[test]
fn empty_blocks_are_skipped() {
    let article = body(vec![
        Block::Paragraph { text: s("  ") },
        Block::Paragraph { text: s("One.") },
        Block::List {
            ordered: false,
            items: vec![s("")],
        },
        Block::Figure {
            src: None,
            alt: Some(s("lonely alt")),
            caption: None,
                credit: None,
        },
        Block::Paragraph { text: s("Two.") },
    ]);
    assert_eq!(render::text(&article), "One.\n\nTwo.\n");
    assert_eq!(render::markdown(&article), "One.\n\nTwo.\n");
    assert!(render::html(&article).contains("<article>\n<p>One.</p>\n<p>Two.</p>\n</article>"));
}

#[test]
fn text_tables_and_long_lists() {
    let items: Vec<String> = (1..=10).map(|i| format!("item {i}")).collect();
    let article = body(vec![
        Block::Table {
            header: false,
            rows: vec![vec![s("a|b"), s("two\nlines")]],
        },
        Block::List {
            ordered: true,
            items,
        },
        Block::List {
            ordered: false,
            items: vec![s("first\nsecond")],
        },
        Block::Figure {
            src: Some(s("x.png")),
            alt: Some(s("no caption")),
            caption: None,
                credit: None,
        },
    ]);
    assert_eq!(
        render::text(&article),
        "a|b | two lines\n\n1. item 1\n2. item 2\n3. item 3\n4. item 4\n5. item 5\n6. item 6\n\
         7. item 7\n8. item 8\n9. item 9\n10. item 10\n\n- first\n  second\n"
    );
}

#[test]
fn markdown_table_escapes_pipes_and_breaks_lines() {
    let article = body(vec![Block::Table {
        header: false,
        rows: vec![
            vec![s("a | b"), s("one\ntwo")],
            vec![s("x"), s("y"), s("z")],
        ],
    }]);
    assert_eq!(
        render::markdown(&article),
        "| a \\| b | one<br>two |  |\n| --- | --- | --- |\n| x | y | z |\n"
    );
}

#[test]
fn markdown_escapes_line_starts() {
    let cases = [
        ("# Not a heading", "\\# Not a heading"),
        ("###### Six", "\\###### Six"),
        ("####### Seven is text", "####### Seven is text"),
        ("#hashtag", "#hashtag"),
        ("- not a list", "\\- not a list"),
        ("-5 degrees", "-5 degrees"),
        ("+ plus", "\\+ plus"),
        ("* star", "\\* star"),
        ("1. Not a list", "1\\. Not a list"),
        ("2024) was a year", "2024\\) was a year"),
        ("1.5 million", "1.5 million"),
        ("> not a quote", "\\> not a quote"),
        ("---", "\\---"),
        ("[x] done", "\\[x] done"),
        ("Plain text.", "Plain text."),
    ];
    for (text, expected) in cases {
        let article = body(vec![Block::Paragraph { text: s(text) }]);
        assert_eq!(
            render::markdown(&article),
            format!("{expected}\n"),
            "for {text:?}"
        );
    }
}

#[test]
fn markdown_escapes_later_lines_too() {
    let article = body(vec![Block::Paragraph {
        text: s("Title line\n===\n  - item\nend"),
    }]);
    assert_eq!(
        render::markdown(&article),
        "Title line\n\\===\n\\- item\nend\n"
    );
}

#[test]
fn markdown_escapes_inline_syntax() {
    let cases = [
        ("a *b* c", "a \\*b\\* c"),
        ("snake_case stays", "snake_case stays"),
        ("_under_", "\\_under\\_"),
        ("use `code`", "use \\`code\\`"),
        ("C:\\temp", "C:\\\\temp"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        ("a < b > c", "a < b > c"),
        ("Tom &amp; Jerry & co", "Tom \\&amp; Jerry & co"),
        ("[link](http://x)", "[link\\](http://x)"),
        ("[ref]: http://x", "[ref\\]: http://x"),
        ("see [1]", "see [1]"),
    ];
    for (text, expected) in cases {
        let article = body(vec![Block::Paragraph { text: s(text) }]);
        assert_eq!(
            render::markdown(&article),
            format!("{expected}\n"),
            "for {text:?}"
        );
    }
}

#[test]
fn markdown_headings() {
    let article = Article {
        title: Some(s("C#")),
        blocks: vec![
            Block::Heading {
                level: 4,
                text: s("Step #"),
            },
            Block::Heading {
                level: 9,
                text: s("Deep"),
            },
            Block::Heading {
                level: 1,
                text: s("- dash"),
            },
        ],
        ..Article::default()
    };
    assert_eq!(
        render::markdown_body(&article),
        "# C#\n\n#### Step \\#\n\n###### Deep\n\n## - dash\n"
    );
}

#[test]
fn markdown_code_with_backticks_gets_a_longer_fence() {
    let article = body(vec![
        Block::Code {
            language: None,
            text: s("```\nnot the end\n```"),
        },
        Block::Code {
            language: Some(s("md")),
            text: s("a ````` b"),
        },
    ]);
    assert_eq!(
        render::markdown(&article),
        "````\n```\nnot the end\n```\n````\n\n``````md\na ````` b\n``````\n"
    );
}

#[test]
fn markdown_adjacent_lists_stay_apart() {
    let article = body(vec![
        Block::List {
            ordered: false,
            items: vec![s("a")],
        },
        Block::List {
            ordered: false,
            items: vec![s("b")],
        },
        Block::List {
            ordered: false,
            items: vec![s("c")],
        },
        Block::List {
            ordered: true,
            items: vec![s("d")],
        },
        Block::List {
            ordered: true,
            items: vec![s("e")],
        },
    ]);
    assert_eq!(
        render::markdown(&article),
        "- a\n\n* b\n\n- c\n\n1. d\n\n1) e\n"
    );
}

#[test]
fn markdown_list_items_and_quotes_escape_their_lines() {
    let article = body(vec![
        Block::List {
            ordered: false,
            items: vec![s("# big"), s("two\n> lines"), s("[ ] box")],
        },
        Block::List {
            ordered: true,
            items: vec![s("1. nested?")],
        },
        Block::Quote {
            text: s("- said\n\n# loud"),
        },
    ]);
    assert_eq!(
        render::markdown(&article),
        "- \\# big\n- two\n  \\> lines\n- \\[ ] box\n\n1. 1\\. nested?\n\n> \\- said\n>\n> \\# loud\n"
    );
}

#[test]
fn markdown_figures() {
    let article = body(vec![
        Block::Figure {
            src: Some(s("https://x.test/a b(1).png")),
            alt: Some(s("a [big] *cat*")),
            caption: Some(s("The *cat*, resting")),
                credit: None,
        },
        Block::Figure {
            src: None,
            alt: None,
            caption: Some(s("Caption only")),
                credit: None,
        },
        Block::Figure {
            src: Some(s("/a?b=1&amp;c\\d")),
            alt: None,
            caption: None,
                credit: None,
        },
    ]);
    assert_eq!(
        render::markdown(&article),
        "![a \\[big\\] \\*cat\\*](<https://x.test/a b(1).png>)\n*The \\*cat\\*, resting*\n\n*Caption only*\n\n![](/a?b=1\\&amp;c\\\\d)\n"
    );
}

#[test]
fn html_escapes_text_and_attributes() {
    let article = Article {
        title: Some(s("Fish & <Chips>")),
        authors: vec![s("O\"Neil")],
        language: Some(s("en")),
        blocks: vec![
            Block::Paragraph {
                text: s("<script>alert(\"x\")</script> & more"),
            },
            Block::Code {
                language: Some(s("html")),
                text: s("<b>&amp;</b>"),
            },
            Block::Figure {
                src: Some(s("/i.png?a=1&b=\"2\"")),
                alt: Some(s("<alt>")),
                caption: Some(s("a < b")),
                credit: None,
            },
            Block::Table {
                header: false,
                rows: vec![vec![s("x|y"), s("1\n2")]],
            },
        ],
        ..Article::default()
    };
    let fragment = render::html_fragment(&article);
    assert_eq!(
        fragment,
        "<article>\n<h1>Fish &amp; &lt;Chips&gt;</h1>\n\
         <p>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; more</p>\n\
         <pre><code class=\"language-html\">&lt;b&gt;&amp;amp;&lt;/b&gt;</code></pre>\n\
         <figure><img src=\"/i.png?a=1&amp;b=&quot;2&quot;\" alt=\"&lt;alt&gt;\"><figcaption>a &lt; b</figcaption></figure>\n\
         <table><tbody><tr><td>x|y</td><td>1<br>2</td></tr></tbody></table>\n\
         </article>"
    );
    let html = render::html(&article);
    assert!(html.contains("<title>Fish &amp; &lt;Chips&gt;</title>"));
    assert!(html.contains("<meta name=\"author\" content=\"O&quot;Neil\">"));

    let doc = newsclip::dom::parse(&html, &Options::default());
    assert_eq!(elements(&doc, "script").len(), 0);
    // The body's paragraph (the reader view's byline is one too).
    let p: Vec<_> = elements(&doc, "p").into_iter().filter(|&p| doc.attr(p, "class").is_none()).collect();
    assert_eq!(p.len(), 1);
    assert_eq!(doc.raw_text(p[0]), "<script>alert(\"x\")</script> & more");
    let img = elements(&doc, "img");
    assert_eq!(doc.attr(img[0], "src"), Some("/i.png?a=1&b=\"2\""));
    assert_eq!(doc.attr(img[0], "alt"), Some("<alt>"));
    assert_eq!(doc.raw_text(elements(&doc, "code")[0]), "<b>&amp;</b>");
}

#[test]
fn html_figure_without_alt_relies_on_its_caption() {
    let article = body(vec![
        Block::Figure {
            src: Some(s("a.png")),
            alt: None,
            caption: Some(s("A cat")),
                credit: None,
        },
        Block::Figure {
            src: None,
            alt: None,
            caption: Some(s("Only words")),
                credit: None,
        },
    ]);
    assert!(render::html_fragment(&article).contains(
        "<figure><img src=\"a.png\"><figcaption>A cat</figcaption></figure>\n\
         <figure><figcaption>Only words</figcaption></figure>\n"
    ));
}

/// The elements with this tag name, in document order.
fn elements(doc: &Document, tag: &str) -> Vec<NodeId> {
    doc.descendants(NodeId::DOCUMENT)
        .filter(|id| doc.tag(*id).is_some_and(|t| &**t == tag))
        .collect()
}

/// The tag name of a node's parent.
fn parent_tag(doc: &Document, id: NodeId) -> String {
    doc.node(id)
        .parent
        .and_then(|p| doc.tag(p))
        .map(|t| t.to_string())
        .unwrap_or_default()
}

#[test]
fn html_parses_back_to_the_same_structure() {
    let html = render::html(&sample());
    let doc = newsclip::dom::parse(&html, &Options::default());

    // The parser had nothing to fix: each element sits where it was written.
    let count = |tag: &str| elements(&doc, tag).len();
    assert_eq!(count("html"), 1);
    assert_eq!(count("head"), 1);
    assert_eq!(count("body"), 1);
    assert_eq!(count("article"), 1);
    // charset, viewport, 2 authors, description, date, og:site_name.
    assert_eq!(count("meta"), 7);
    assert_eq!(count("link"), 1);
    assert_eq!(count("style"), 1);
    // The site's header and the article's.
    assert_eq!(count("header"), 2);
    assert_eq!(count("time"), 1);
    assert_eq!(count("h1"), 1);
    assert_eq!(count("h2"), 2);
    // The byline, the paragraph and the quotation's two.
    assert_eq!(count("p"), 4);
    assert_eq!(count("ul"), 1);
    assert_eq!(count("ol"), 1);
    assert_eq!(count("li"), 4);
    assert_eq!(count("table"), 1);
    assert_eq!(count("thead"), 1);
    assert_eq!(count("tbody"), 1);
    assert_eq!(count("tr"), 3);
    assert_eq!(count("th"), 2);
    assert_eq!(count("td"), 3);
    assert_eq!(count("blockquote"), 1);
    assert_eq!(count("pre"), 1);
    assert_eq!(count("code"), 1);
    assert_eq!(count("figure"), 2);
    assert_eq!(count("img"), 2);
    assert_eq!(count("figcaption"), 1);

    for tag in ["meta", "link", "title"] {
        for id in elements(&doc, tag) {
            assert_eq!(parent_tag(&doc, id), "head", "<{tag}>");
        }
    }
    assert_eq!(parent_tag(&doc, elements(&doc, "article")[0]), "body");
    assert_eq!(parent_tag(&doc, elements(&doc, "h1")[0]), "header");
    assert_eq!(parent_tag(&doc, elements(&doc, "time")[0]), "p");
    for tag in [
        "h2",
        "ul",
        "ol",
        "table",
        "blockquote",
        "pre",
        "figure",
    ] {
        for id in elements(&doc, tag) {
            assert_eq!(parent_tag(&doc, id), "article", "<{tag}>");
        }
    }
    let p_parents: Vec<String> = elements(&doc, "p")
        .iter()
        .map(|p| parent_tag(&doc, *p))
        .collect();
    assert_eq!(p_parents, ["header", "article", "blockquote", "blockquote"]);
    assert_eq!(
        elements(&doc, "li")
            .iter()
            .filter(|l| parent_tag(&doc, **l) == "ul")
            .count(),
        2
    );
    assert_eq!(
        elements(&doc, "li")
            .iter()
            .filter(|l| parent_tag(&doc, **l) == "ol")
            .count(),
        2
    );

    let code = elements(&doc, "code")[0];
    assert_eq!(parent_tag(&doc, code), "pre");
    assert_eq!(doc.attr(code, "class"), Some("language-rust"));
    assert_eq!(doc.raw_text(code), "let x = 1;\nlet y = 2;");
    assert_eq!(doc.attr(elements(&doc, "html")[0], "lang"), Some("en"));
    assert_eq!(doc.raw_text(elements(&doc, "title")[0]), "Rain due");
}

/// The examples in docs/schema.md are exactly what serde writes: every key
/// that must be there is, and no key that is left out appears.
#[test]
fn schema_doc_examples_match_the_serde_form() {
    let doc = include_str!("../../../docs/schema.md");
    let examples: Vec<&str> = doc
        .split("```json\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .collect();
    assert_eq!(examples.len(), 2);
    for example in examples {
        let value: serde_json::Value = serde_json::from_str(example).expect("example is JSON");
        let article: Article =
            serde_json::from_value(value.clone()).expect("example is an Article");
        assert_eq!(serde_json::to_value(&article).expect("serialises"), value);
        let text = article
            .blocks
            .iter()
            .map(Block::plain_text)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        assert_eq!(article.text, text);
    }
}

/// The front matter as a YAML parser reads it: the mapping between the two
/// `---` lines.
fn parse_front_matter(markdown: &str) -> yaml_rust2::Yaml {
    let rest = markdown.strip_prefix("---\n").expect("front matter opens the Markdown");
    let end = rest.find("\n---\n").expect("front matter is closed");
    let docs = yaml_rust2::YamlLoader::load_from_str(&rest[..end + 1]).expect("front matter is valid YAML");
    assert_eq!(docs.len(), 1);
    docs.into_iter().next().unwrap()
}

/// Values that would break a naive `key: value` line: YAML syntax, types
/// YAML would guess (numbers, dates, booleans, null), quotes, escapes,
/// line breaks and characters outside YAML's printable set.
const HOSTILE: &[&str] = &[
    "Rain: due", "# not a comment", "- not a list", "---", "...", "yes", "no", "null", "~", "1.5",
    "2024-05-01", "'single'", "\"double\"", "back\\slash", "two\nlines", "\ttab", "nel\u{85}here",
    "sep\u{2028}arator", "\u{feff}bom", "{flow: map}", "[seq]", "&anchor *alias !tag", "%directive",
    "@at `tick`", "esc\u{1b}[31m", "del\u{7f}", "c1\u{9b}", "trailing ", " leading", "Zürich — 東京 🌧",
    "\\x41 \\u0041", "?", ": ", "|", ">",
];

#[test]
fn front_matter_reads_back_exactly_in_a_yaml_parser() {
    for &value in HOSTILE {
        let article = Article {
            title: Some(format!("T {value}")),
            standfirst: Some(value.to_string()),
            authors: vec![value.to_string(), s("Ann Lee")],
            tags: vec![value.to_string()],
            published: Some(s("2024-05-01T10:24:00-05:00")),
            blocks: vec![Block::Paragraph { text: s("Body.") }],
            ..Article::default()
        };
        let md = render::markdown(&article);
        let yaml = parse_front_matter(&md);
        // Strings come back as the value, trimmed as the renderer trims.
        let trimmed = value.trim();
        assert_eq!(yaml["title"].as_str(), Some(format!("T {value}").trim()), "{md}");
        if trimmed.is_empty() {
            continue;
        }
        assert_eq!(yaml["standfirst"].as_str(), Some(trimmed), "{md}");
        assert_eq!(yaml["authors"][0].as_str(), Some(trimmed), "{md}");
        assert_eq!(yaml["authors"][1].as_str(), Some("Ann Lee"), "{md}");
        assert_eq!(yaml["tags"][0].as_str(), Some(trimmed), "{md}");
        assert_eq!(yaml["date"].as_str(), Some("2024-05-01T10:24:00-05:00"), "{md}");
        assert!(md.contains("\n---\n\n# T "), "{md}");
        assert!(md.ends_with("Body.\n"), "{md}");
    }
}

#[test]
fn front_matter_reads_back_for_random_strings() {
    // A small deterministic generator over every kind of character: ASCII,
    // controls, C1, separators, BMP and astral planes.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let ranges: &[(u32, u32)] = &[(0, 0x7f), (0x80, 0x9f), (0xa0, 0x2ff), (0x2028, 0x2029), (0xfef0, 0xffff), (0x1f300, 0x1f5ff)];
    for _ in 0..2000 {
        let len = (next() % 12) as usize;
        let value: String = (0..len)
            .filter_map(|_| {
                let (lo, hi) = ranges[(next() % ranges.len() as u64) as usize];
                char::from_u32(lo + (next() % u64::from(hi - lo + 1)) as u32)
            })
            .collect();
        let article = Article { title: Some(format!("x{value}x")), authors: vec![format!("a{value}a")], ..Article::default() };
        let yaml = parse_front_matter(&render::front_matter(&article));
        assert_eq!(yaml["title"].as_str(), Some(format!("x{value}x").as_str()), "{value:?}");
        assert_eq!(yaml["authors"][0].as_str(), Some(format!("a{value}a").as_str()), "{value:?}");
    }
}

#[test]
fn front_matter_keeps_out_what_is_unknown() {
    let article = Article {
        url: Some(s("https://example.com/a")),
        canonical_url: Some(s("https://example.com/a")),
        page_type: Some(s("article")),
        ..Article::default()
    };
    // No title or body: the front matter alone, canonical_url not repeated.
    assert_eq!(render::markdown(&article), "---\nurl: \"https://example.com/a\"\npage_type: \"article\"\n---\n");
    assert_eq!(render::markdown_body(&article), "");
}

#[test]
fn figure_credits_are_rendered() {
    let figure = |caption: Option<&str>| Block::Figure {
        src: Some(s("https://example.com/a.jpg")),
        alt: Some(s("A hill")),
        caption: caption.map(s),
        credit: Some(s("Ann Lee")),
    };
    let article = body(vec![figure(Some("The hill at dawn.")), figure(None)]);
    assert_eq!(
        render::markdown(&article),
        "![A hill](https://example.com/a.jpg)\n*The hill at dawn.* (Credit: Ann Lee)\n\n\
         ![A hill](https://example.com/a.jpg)\n(Credit: Ann Lee)\n"
    );
    let html = render::html_fragment(&article);
    assert!(
        html.contains("<figure><img src=\"https://example.com/a.jpg\" alt=\"A hill\"><figcaption>The hill at dawn. <small class=\"credit\">Ann Lee</small></figcaption></figure>"),
        "{html}"
    );
    assert!(html.contains("<figcaption><small class=\"credit\">Ann Lee</small></figcaption>"), "{html}");
}

#[test]
fn reader_view_has_a_header_with_byline_and_date() {
    let mut article = sample();
    article.standfirst = Some(s("A wet week & more."));
    let html = render::html(&article);
    assert!(html.contains("<header class=\"site\">The Daily</header>\n<article>\n<header>\n<h1>Rain due</h1>\n"), "{html}");
    assert!(html.contains("<p class=\"standfirst\">A wet week &amp; more.</p>\n"), "{html}");
    assert!(
        html.contains("<p class=\"byline\">By <span class=\"author\">Ann Lee</span> and <span class=\"author\">Bo Park</span> · <time datetime=\"2024-05-01\">1 May 2024</time></p>\n</header>\n"),
        "{html}"
    );
    assert!(html.contains("<meta property=\"og:site_name\" content=\"The Daily\">"), "{html}");
    assert!(html.contains("<style>\n"), "{html}");
}

#[test]
fn reader_view_shows_a_standfirst_the_body_opens_with_once() {
    let mut article = body(vec![
        Block::Paragraph { text: s("A wet  week ahead.") },
        Block::Paragraph { text: s("Heavy rain is expected.") },
    ]);
    article.title = Some(s("Rain due"));
    article.standfirst = Some(s("A wet week ahead."));
    let html = render::html(&article);
    assert!(!html.contains("class=\"standfirst\""), "{html}");
    assert_eq!(html.matches("A wet").count(), 1, "{html}");
    article.blocks.remove(0);
    let html = render::html(&article);
    assert!(html.contains("<p class=\"standfirst\">A wet week ahead.</p>"), "{html}");
}

#[test]
fn a_first_heading_that_repeats_the_title_is_printed_once() {
    let mut article = body(vec![
        Block::Paragraph { text: s("") },
        Block::Heading { level: 1, text: s("Brass  rain gauge") },
        Block::Paragraph { text: s("Holds 40mm.") },
        Block::Heading { level: 2, text: s("Brass rain gauge") },
    ]);
    article.title = Some(s("Brass Rain Gauge"));
    assert_eq!(render::text(&article), "Brass Rain Gauge\n\nHolds 40mm.\n\nBrass rain gauge\n");
    assert_eq!(render::markdown_body(&article), "# Brass Rain Gauge\n\nHolds 40mm.\n\n## Brass rain gauge\n");
    assert!(render::html_fragment(&article).contains("<h1>Brass Rain Gauge</h1>\n<p>Holds 40mm.</p>\n<h2>Brass rain gauge</h2>"));
    // Another heading first, or no title, and every heading is printed.
    article.title = Some(s("Gauges"));
    assert_eq!(render::text(&article).to_lowercase().matches("rain gauge").count(), 2);
    article.title = None;
    assert_eq!(render::markdown(&article).to_lowercase().matches("rain gauge").count(), 2);
}
