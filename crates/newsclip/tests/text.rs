//! The text input path on crawler text exports: the seed page compared
//! field by field with its expected record, the same page in other layouts
//! (WET, indented, glued), captions with credits, datelines in several
//! formats and zones, and a dump with no article.

use newsclip::{extract, Article, Block, InputFormat, Options};
use serde_json::Value;

const SEED: &[u8] = include_bytes!("text/seed/000_356a49e1038466ff.txt");
const SEED_EXPECTED: &str = include_str!("text/seed/000_356a49e1038466ff.expected.json");

/// White space folded to one space, no-break spaces included (the seed's README).
fn folded(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn opt_folded(s: &Option<String>) -> Option<String> {
    s.as_deref().map(folded)
}

fn paragraphs(a: &Article) -> Vec<String> {
    a.blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text } => folded(text),
            other => panic!("the body holds a non-paragraph block: {other:?}"),
        })
        .collect()
}

fn expected() -> Value {
    serde_json::from_str(SEED_EXPECTED).expect("the expected record is JSON")
}

fn expected_str(e: &Value, key: &str) -> Option<String> {
    e[key].as_str().map(folded)
}

/// Every field of the seed's expected record but quotes, sources_cited,
/// people, organisations and places, compared as the seed's README says.
fn assert_matches_seed(a: &Article) {
    let e = expected();
    for (key, got) in [
        ("site_name", &a.site_name),
        ("title", &a.title),
        ("standfirst", &a.standfirst),
        ("published", &a.published),
        ("language", &a.language),
        ("credit_line", &a.credit_line),
    ] {
        assert_eq!(opt_folded(got), expected_str(&e, key), "{key}");
    }
    let authors: Vec<String> = e["authors"].as_array().unwrap().iter().map(|v| folded(v.as_str().unwrap())).collect();
    assert_eq!(a.authors.iter().map(|s| folded(s)).collect::<Vec<_>>(), authors, "authors");
    let images = e["images"].as_array().unwrap();
    assert_eq!(a.images.len(), images.len(), "images: {:?}", a.images);
    for (got, want) in a.images.iter().zip(images) {
        assert_eq!(opt_folded(&got.caption), want["caption"].as_str().map(folded), "caption");
        assert_eq!(opt_folded(&got.credit), want["credit"].as_str().map(folded), "credit");
    }
    let body: Vec<String> = e["body"].as_array().unwrap().iter().map(|v| folded(v.as_str().unwrap())).collect();
    assert_eq!(paragraphs(a), body, "body");
    let text = folded(&a.text);
    for line in e["boilerplate"].as_array().unwrap() {
        let line = folded(line.as_str().unwrap());
        assert!(!text.contains(&line), "boilerplate in the text: {line}");
    }
    assert_eq!(a.title_source.as_deref(), Some("text"));
    assert_eq!(a.published_source.as_deref(), Some("text"));
}

#[test]
fn seed_page_matches_its_expected_record() {
    let a = extract(SEED, &Options::default()).expect("the seed is a page");
    assert_matches_seed(&a);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn seed_forced_as_text_and_gzipped() {
    let mut o = Options::default();
    o.input_format = InputFormat::Text;
    assert_matches_seed(&extract(SEED, &o).unwrap());
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, SEED).unwrap();
    assert_matches_seed(&extract(&gz.finish().unwrap(), &Options::default()).unwrap());
}

#[test]
fn seed_forced_as_html_takes_the_html_path() {
    let mut o = Options::default();
    o.input_format = InputFormat::Html;
    let a = extract(SEED, &o).unwrap();
    assert_ne!(a.title_source.as_deref(), Some("text"));
}

fn seed_text() -> String {
    String::from_utf8(SEED.to_vec()).unwrap()
}

#[test]
fn seed_in_the_wet_layout() {
    let wet: String = seed_text().lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{l}\n")).collect();
    assert_matches_seed(&extract(wet.as_bytes(), &Options::default()).unwrap());
}

#[test]
fn seed_indented_with_crlf_and_unicode_spaces() {
    let indented: String = seed_text()
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let pad = ["    ", "\t", "\u{a0}\u{a0}", "\u{2003}"][i % 4];
            format!("{pad}{}\r\n", l.replace(' ', if i % 3 == 0 { "\u{2009}" } else { " " }))
        })
        .collect();
    assert_matches_seed(&extract(indented.as_bytes(), &Options::default()).unwrap());
}

#[test]
fn seed_with_more_glued_lines() {
    // The two closing prompts are already glued; glue the credit line to
    // the prompt that follows it too.
    let glued = seed_text().replace("Additional reporting by agencies\n\nJoin our commenting forum", "Additional reporting by agenciesJoin our commenting forum");
    assert_ne!(glued, seed_text());
    assert_matches_seed(&extract(glued.as_bytes(), &Options::default()).unwrap());
}

fn fixture(name: &str) -> Article {
    let path = format!("{}/tests/text/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    extract(&bytes, &Options::default()).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn german_dateline_with_uhr_and_mez() {
    let a = fixture("dateline-de.txt");
    assert_eq!(a.published.as_deref(), Some("2024-03-12T14:05:00+01:00"));
    assert_eq!(a.authors, vec!["Anna Müller"]);
    assert_eq!(a.title.as_deref(), Some("Stadtrat beschließt neue Brücke über den Fluss"));
    assert_eq!(a.language.as_deref(), Some("de"));
    assert_eq!(a.blocks.len(), 3, "{:?}", a.blocks);
    assert!(!a.text.contains("Kommentare") && !a.text.contains("abonnieren"));
}

#[test]
fn french_dateline_with_numeric_offset() {
    let a = fixture("dateline-fr.txt");
    assert_eq!(a.published.as_deref(), Some("2022-02-05T18:30:00+01:00"));
    assert_eq!(a.authors, vec!["Claire Dubois"]);
    assert_eq!(a.language.as_deref(), Some("fr"));
    assert_eq!(a.blocks.len(), 3, "{:?}", a.blocks);
}

#[test]
fn us_dateline_with_pm_and_pdt_and_two_authors() {
    let a = fixture("dateline-us.txt");
    assert_eq!(a.published.as_deref(), Some("2024-03-03T16:05:00-07:00"));
    assert_eq!(a.authors, vec!["Maria Lopez", "Tom Reed"]);
    assert_eq!(a.title.as_deref(), Some("City council approves budget after long debate"));
    assert_eq!(a.blocks.len(), 3, "{:?}", a.blocks);
    assert!(!a.text.contains("Sign up") && !a.text.contains("Read more"));
}

#[test]
fn captions_with_credits_leave_the_body() {
    let a = fixture("captions.txt");
    let got: Vec<(Option<&str>, Option<&str>)> =
        a.images.iter().map(|i| (i.caption.as_deref(), i.credit.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            (Some("Rescue workers carry a resident through flood water in the town centre"), Some("AFP via Getty Images")),
            (Some("Sandbags line the doors of shops on the high street."), Some("Jane Doe")),
        ]
    );
    assert_eq!(a.published.as_deref(), Some("2024-03-04T08:15:00Z"));
    assert_eq!(a.blocks.len(), 3, "{:?}", a.blocks);
    assert!(!a.text.contains("Getty") && !a.text.contains("Sandbags"));
}

#[test]
fn a_dump_with_no_article_is_empty_not_an_error() {
    let a = fixture("no-article.txt");
    assert!(a.blocks.is_empty(), "{:?}", a.blocks);
    // Its best headline line is a menu item ("Home"): no title.
    assert_eq!(a.title, None);
    assert!(a.text.is_empty());
    assert!(a.warnings.iter().any(|w| w.contains("no article")), "{:?}", a.warnings);
}

#[test]
fn a_headline_far_above_the_story_under_menus_and_contents() {
    let a = fixture("headline-far-above.txt");
    assert_eq!(a.title.as_deref(), Some("A Walker's Guide to the Old Harbour Path"));
    assert_eq!(a.authors, vec!["Ruth Okafor"]);
    assert_eq!(a.published.as_deref(), Some("2025-03-04"));
    assert!(a.text.contains("old harbour path starts behind the ferry terminal"));
}

#[test]
fn the_page_address_names_the_headline() {
    let path = format!("{}/tests/text/headline-slug.txt", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    let mut o = Options::default();
    o.url = Some("https://example.com/garden/vegetables/growing-tomatoes-from-seed/".into());
    let a = extract(&bytes, &o).unwrap();
    assert_eq!(a.title.as_deref(), Some("Growing Tomatoes from Seed"));
    o.url = Some("https://example.com/garden/seasonal-notes-kitchen-garden.html".into());
    let a = extract(&bytes, &o).unwrap();
    assert_eq!(a.title.as_deref(), Some("Seasonal notes for the kitchen garden"));
}

#[test]
fn readers_comments_under_a_labelled_section_are_not_the_story() {
    let a = fixture("comments-outweigh-story.txt");
    let text = folded(&a.text);
    assert!(text.starts_with("A shelf is the simplest piece"), "{text}");
    assert!(text.contains("looks far more expensive than it is."), "{text}");
    assert!(!text.contains("floating one over the weekend"), "{text}");
    assert!(!text.contains("corner shelves"), "{text}");
    // Asked for, the comments come back.
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/text/comments-outweigh-story.txt")).unwrap();
    let mut opts = Options::default();
    opts.include_comments = true;
    let with = extract(&bytes, &opts).unwrap();
    assert!(with.text.contains("corner shelves"), "{}", with.text);
}

#[test]
fn readers_comments_under_a_label_naming_the_story_are_not_the_story() {
    let a = fixture("comments-under-titled-label.txt");
    let text = folded(&a.text);
    assert!(text.starts_with("Good bread needs time"), "{text}");
    assert!(text.contains("cool completely before you cut the first slice."), "{text}");
    assert!(!text.contains("thoughts on"), "{text}");
    assert!(!text.contains("rye and white flour"), "{text}");
    assert!(!text.contains("fresh bread every single week"), "{text}");
}

#[test]
fn a_dump_hard_wrapped_at_a_width_reads_as_whole_paragraphs() {
    let a = fixture("hard-wrapped.txt");
    let paras: Vec<String> = a.blocks.iter().filter_map(|b| match b {
        Block::Paragraph { text } => Some(folded(text)),
        _ => None,
    }).collect();
    assert!(paras.iter().any(|p| p.starts_with("The valley trail") && p.ends_with("trouble at all.")), "{paras:#?}");
    assert!(paras.iter().any(|p| p.starts_with("In spring") && p.ends_with("as their parents do.")), "{paras:#?}");
    assert!(!a.text.contains("Subscribe"), "{}", a.text);
}

#[test]
fn a_listings_repeated_records_are_its_content() {
    let a = fixture("listing-records.txt");
    let text = folded(&a.text);
    for item in ["Running Graphic T-Shirt", "Storm Blue", "$19.20", "Crest Long Sleeve T-Shirt", "$26"] {
        assert!(text.contains(item), "{item} missing: {text}");
    }
    for furniture in ["Free shipping", "Returns", "newsletter", "Load more"] {
        assert!(!text.contains(furniture), "{furniture} leaked: {text}");
    }
}

#[test]
fn headings_repeated_in_a_table_of_contents_stay_in_the_story() {
    let a = fixture("headings-in-contents.txt");
    let headings: Vec<&str> = a.blocks.iter().filter_map(|b| match b {
        Block::Heading { text, .. } => Some(text.as_str()),
        _ => None,
    }).collect();
    assert_eq!(headings, ["Keeping Roots in Sand", "Checking the Store"], "{:#?}", a.blocks);
    let text = folded(&a.text);
    assert!(text.contains("Carrots, beetroot and parsnips"), "{text}");
    assert!(!text.contains("Contents"), "{text}");
}

/// One dump of a fictional site: its story between a menu and a long
/// paragraph of prose about the site that every page prints.
fn site_dump(story: &[&str]) -> String {
    let mut s = String::from("Valley Ledger\nNews\nSport\nOpinion\n\n");
    s.push_str("Council approves the budget\n\n");
    for p in story {
        s.push_str(p);
        s.push_str("\n\n");
    }
    s.push_str(
        "The Valley Ledger has reported on the towns of the upper valley since 1921. It is owned by a trust \
         on behalf of its readers, and every story it publishes is checked by two editors before it goes out, \
         which is why so many families in the valley have trusted it for more than a century of local news.\n\n",
    );
    s.push_str("Contact\nPrivacy\n");
    s
}

#[test]
fn a_batch_learns_the_furniture_a_site_prints_on_every_page() {
    use newsclip::SiteFurniture;
    use std::sync::Arc;
    let stories = [
        ["The council approved the budget on Tuesday after a long debate about the cost of the new bridge."],
        ["Flooding closed the river road for a second day, and the county said repairs would take a week."],
        ["The school board voted to keep the library open on Saturdays, after parents signed a petition."],
        ["A new bakery opened on Main Street, the first business to fill the old hardware store in years."],
    ];
    let about = "owned by a trust on behalf of its readers";
    let mut table = SiteFurniture::new(10_000);
    let mut opts = Options::default();
    for (i, story) in stories.iter().enumerate() {
        opts.url = Some(format!("https://valley-ledger.example/news/{i}"));
        table.learn(site_dump(story).as_bytes(), &opts);
    }
    opts.url = Some("https://valley-ledger.example/news/0".into());
    let page = site_dump(&stories[0]);
    let alone = extract(page.as_bytes(), &opts).unwrap();
    assert!(alone.text.contains(about), "a single page cannot tell: {}", alone.text);
    opts.furniture = Some(Arc::new(table));
    let learnt = extract(page.as_bytes(), &opts).unwrap();
    assert!(!learnt.text.contains(about), "{}", learnt.text);
    assert!(learnt.text.contains("cost of the new bridge"), "{}", learnt.text);
    // Another site's page is untouched by the table.
    opts.url = Some("https://elsewhere.example/news/0".into());
    let other = extract(page.as_bytes(), &opts).unwrap();
    assert!(other.text.contains(about), "{}", other.text);
}

#[test]
fn a_byline_under_a_label_and_a_date_in_a_posted_by_line() {
    let a = fixture("byline-label-and-date.txt");
    assert_eq!(a.authors, vec!["Rosa Delgado".to_string()]);
    assert_eq!(a.published.as_deref(), Some("2023-08-29"));
    assert_eq!(a.title.as_deref(), Some("How to Pack a Kitchen for a Move"));
    assert!(a.text.starts_with("Start with the things"), "{}", a.text);
}

#[test]
fn a_headline_ending_in_a_title_case_parenthesis_is_no_caption_and_its_byline_is_read() {
    let a = fixture("byline-under-far-headline.txt");
    assert_eq!(a.title.as_deref(), Some("Seven Ways to Winter a Small Boat (And Why Most Owners Skip One)"));
    assert!(a.images.is_empty(), "{:?}", a.images);
    // A bare name, a role and a date under the headline, twenty lines above the story.
    assert_eq!(a.authors, vec!["Marta Lindqvist".to_string()]);
    assert_eq!(a.published.as_deref(), Some("2024-11-03"));
    assert!(folded(&a.text).starts_with("When the water in the harbour"), "{}", a.text);
}

#[test]
fn a_headings_permalink_mark_is_dropped() {
    let dump = "Docs\nGuide\nInstall\nUsage\nInstalling the tool¶\n\
        The tool is installed with the package manager of your system, and it needs no other programs to run.\n\
        Configuration¶\n\
        The settings live in one file in your home folder, and each of them is explained in the comments of that file.\n";
    let a = extract(dump.as_bytes(), &Options::default()).unwrap();
    assert_eq!(a.title.as_deref(), Some("Installing the tool"));
    assert!(!a.text.contains('¶'), "{}", a.text);
}

#[test]
fn the_last_item_of_a_breadcrumb_trail_is_the_headline_not_the_trail() {
    let a = fixture("headline-breadcrumb.txt");
    assert_eq!(a.title.as_deref(), Some("Renting a Car Abroad Without Surprises"));
    assert_eq!(a.published.as_deref(), Some("2024-03-03"));
}

#[test]
fn the_heading_just_under_a_breadcrumb_trail_is_the_headline() {
    // Without the trail's evidence a menu item wins.
    let a = fixture("headline-under-crumbs.txt");
    assert_eq!(a.title.as_deref(), Some("Emergency Plumbing Repairs in Riverton"));
}

#[test]
fn a_line_with_a_price_is_no_headline() {
    // Without the price's evidence the offer above the story wins.
    let a = fixture("headline-price.txt");
    assert_eq!(a.title.as_deref(), Some("Copper Stovetop Kettle"));
}

#[test]
fn a_label_printed_under_every_item_marks_a_listings_records() {
    let a = fixture("listing-labelled-records.txt");
    let text = folded(&a.text);
    for item in ["Harbour Street Library", "North Light Studio", "Ghent, Belgium", "Canal House Apartments", "Studio Amberline"] {
        assert!(text.contains(item), "{item} missing: {text}");
    }
    for furniture in ["Magazine", "Advertise", "Privacy policy"] {
        assert!(!text.contains(furniture), "{furniture} leaked: {text}");
    }
}

#[test]
fn a_note_given_under_each_section_is_kept_once() {
    let a = fixture("repeated-note.txt");
    let text = folded(&a.text);
    assert_eq!(text.matches("Students must bring an apron").count(), 1, "{text}");
    // The sections around the notes all stay.
    for kept in ["centring the clay", "pinch pots, coils and slabs", "how glazes melt in the kiln"] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
}

#[test]
fn an_authors_bio_closing_the_story_without_a_label_leaves_the_body() {
    let a = fixture("closing-bio.txt");
    let text = folded(&a.text);
    assert!(text.contains("where the spores can survive the winter"), "{text}");
    assert!(text.contains("A wet summer is hard on tomatoes"), "{text}");
    // The bio and what follows it go.
    assert!(!text.contains("is a garden writer"), "{text}");
    assert!(!text.contains("growers' club"), "{text}");
}

#[test]
fn teasers_under_a_related_label_after_the_story_leave_the_body() {
    let a = fixture("related-under-story.txt");
    let text = folded(&a.text);
    assert!(text.contains("The small ferry that links the three islands"), "{text}");
    assert!(text.contains("a walk along the beach"), "{text}");
    assert!(!text.contains("sand without the crowds"), "{text}");
    assert!(!text.contains("whatever the boats bring in"), "{text}");
}

#[test]
fn a_glued_byline_is_read_and_a_reviewer_or_a_topic_is_no_author() {
    let a = fixture("byline-reviewer-and-tags.txt");
    assert_eq!(a.authors, vec!["Marta Lindqvist".to_string()]);
    assert_eq!(a.published.as_deref(), Some("2024-07-02"));
    assert_eq!(a.title.as_deref(), Some("How to Keep Sourdough Starter Alive Through Summer"));
    let text = folded(&a.text);
    assert!(text.starts_with("Warm kitchens speed up fermentation"), "{text}");
    assert!(!text.contains("Owen Pryce"), "{text}");
}

#[test]
fn a_name_in_a_field_after_the_date_signs_the_story() {
    let a = fixture("dateline-with-name-field.txt");
    assert_eq!(a.authors, vec!["Ines Albrecht".to_string()]);
    assert_eq!(a.published.as_deref(), Some("2025-03-04"));
    assert_eq!(a.title.as_deref(), Some("Why Incremental Builds Get Slower Over Time"));
}

#[test]
fn a_list_between_two_runs_of_prose_stays_in_the_body() {
    // The ingredients score as furniture, and more than the intro above
    // them weighs: the body runs from the first run of prose to the last.
    let a = fixture("list-between-paragraphs.txt");
    let text = folded(&a.text);
    for kept in ["2 carrots", "100 g of pearl barley", "A pinch of sugar", "Chop the carrots", "finish it with a squeeze of lemon"] {
        assert!(text.contains(kept), "{kept} missing: {text}");
    }
    for furniture in ["Recipes", "Share this recipe", "Privacy"] {
        assert!(!text.contains(furniture), "{furniture} leaked: {text}");
    }
}

#[test]
fn a_repeated_heading_of_a_few_words_stays_between_any_neighbours() {
    // "Installing on Linux" follows another heading the contents list too,
    // so no story line stands above it.
    let a = fixture("headings-repeated-in-a-row.txt");
    let headings: Vec<&str> = a.blocks.iter().filter_map(|b| match b {
        Block::Heading { text, .. } => Some(text.as_str()),
        _ => None,
    }).collect();
    assert!(headings.contains(&"Installing on Linux"), "{:#?}", a.blocks);
    assert!(headings.contains(&"Installing on macOS"), "{:#?}", a.blocks);
    let text = folded(&a.text);
    assert_eq!(text.matches("Installing on Linux").count(), 1, "{text}");
    assert!(text.contains("Download the archive for your processor"), "{text}");
    assert!(!text.contains("On this page") && !text.contains("Privacy"), "{text}");
}

#[test]
fn a_shops_reviews_under_the_description_leave_the_body() {
    let a = fixture("shop-reviews-under-description.txt");
    let text = folded(&a.text);
    assert!(text.contains("seasoned twice with vegetable oil"), "{text}");
    assert!(text.contains("easier to lift when it is full."), "{text}");
    assert!(!text.contains("Customer reviews"), "{text}");
    assert!(!text.contains("every morning for a year"), "{text}");
    assert!(!text.contains("crust on a steak"), "{text}");
}

#[test]
fn a_footers_links_end_the_story() {
    let a = fixture("footer-under-story.txt");
    let text = folded(&a.text);
    assert!(text.contains("Each board is cut from a single plank"), "{text}");
    assert!(text.contains("whenever it looks pale"), "{text}");
    assert!(!text.contains("Join our list"), "{text}");
    assert!(!text.contains("free parking on the street"), "{text}");
}

#[test]
fn a_footer_word_heading_a_section_of_the_story_leaves_it_whole() {
    // "Privacy" heads the second half of a story about privacy: there is
    // more prose under it than twice that above, so it is no footer.
    let page = "Home\n\nNews\n\nHow the City Stores Your Parking Data\n\n\
        The city began collecting the plate numbers of every car that parks in its garages last spring, after the council approved a new payment system.\n\n\
        Officials say the numbers are needed to match each car to its ticket, and that nobody looks at them unless a driver disputes a charge.\n\n\
        Drivers who pay at the machines by the exits are asked for their plate number, and those who pay by phone give it when they register.\n\n\
        Privacy\n\n\
        Critics on the council say the data is kept far longer than it needs to be, and that the city has never explained who else can see it.\n\n\
        A report published on Monday found that the records of more than two million visits were still held three years after the cars had left.\n\n\
        The report also found that the company running the garages had shared the records with a debt collector in at least four hundred cases.\n\n\
        The council will vote next month on a plan that would delete the records after ninety days unless a driver has asked to keep them.\n\n\
        Supporters of the plan say it would bring the city in line with the rules that most of its neighbours already follow for such data.\n\n\
        The company that runs the garages said in a statement that it had followed its contract with the city and would follow any new rules.\n\n\
        A second vote, on whether drivers should be told each time their records are shared, has been put off until the autumn session.\n";
    let a = extract(page.as_bytes(), &Options::default()).expect("text page");
    let text = folded(&a.text);
    assert!(text.contains("The city began collecting"), "{text}");
    assert!(text.contains("Supporters of the plan say"), "{text}");
}

#[test]
fn teasers_under_a_closing_label_leave_the_body() {
    let a = fixture("closing-label-under-story.txt");
    let text = folded(&a.text);
    assert!(text.contains("The night buses that stopped running"), "{text}");
    assert!(text.contains("Nurses and cleaners who work night shifts"), "{text}");
    assert!(!text.contains("The old mill by the river"), "{text}");
    assert!(!text.contains("A family of beavers"), "{text}");
}

#[test]
fn reviews_under_a_review_label_leave_the_body_even_when_they_outweigh_it() {
    // The reviews have more prose than the description above them, but
    // not twice as much: "Write a review" opens them and ends the story.
    let a = fixture("reviews-under-description.txt");
    let text = folded(&a.text);
    assert!(text.contains("The dripper is thrown by hand"), "{text}");
    assert!(text.contains("cone-shaped paper filter"), "{text}");
    assert!(!text.contains("every morning for half a year"), "{text}");
    assert!(!text.contains("queue for them in the morning"), "{text}");
}

#[test]
fn a_shop_category_with_no_story_still_has_its_heading_as_title() {
    let a = fixture("headline-no-story.txt");
    assert_eq!(a.title.as_deref(), Some("Watering Cans & Hoses"));
    assert_eq!(a.title_source.as_deref(), Some("text"));
    assert!(a.text.contains("Coiled Garden Hose 15m"), "{}", a.text);
}

#[test]
fn a_shop_a_thread_and_a_reference_page_are_told_from_a_story() {
    let kind = |a: &Article| (a.page_type.clone().unwrap_or_default(), a.page_type_confidence.unwrap_or(0.0));
    let product = fixture("page-type-product.txt");
    assert_eq!(kind(&product).0, "product", "{:?}", kind(&product));
    // On a shop's page "By Nordic Clayworks" is the maker, not an author.
    assert!(product.authors.is_empty(), "{:?}", product.authors);
    let forum = fixture("page-type-forum.txt");
    assert_eq!(kind(&forum).0, "forum", "{:?}", kind(&forum));
    let docs = fixture("page-type-docs.txt");
    assert_eq!(kind(&docs).0, "documentation", "{:?}", kind(&docs));
    let seed = extract(SEED, &Options::default()).unwrap();
    let (k, confidence) = kind(&seed);
    assert_eq!(k, "article");
    assert!(confidence > 0.5 && confidence <= 1.0, "{confidence}");
    // The seed's dateline and byline stay: a story is signed and dated.
    assert!(!seed.authors.is_empty() && seed.published.is_some());
}

#[test]
fn a_shops_legal_small_print_leaves_a_products_body() {
    // The privacy notice is the densest prose of the page: on a page typed
    // a product, its lines leave the body and the product's copy stays.
    let a = fixture("shop-legal-small-print.txt");
    assert_eq!(a.page_type.as_deref(), Some("product"));
    let text = folded(&a.text);
    assert!(text.contains("thrown by hand from a dark stoneware clay"), "{text}");
    assert!(text.contains("brews in about three minutes."), "{text}");
    assert!(!text.contains("personal information"), "{text}");
    assert!(!text.contains("We use cookies"), "{text}");
}

#[test]
fn a_strip_of_other_products_stays_out_of_a_products_body() {
    // The priced strip outweighs the product's copy, but not twice over.
    let a = fixture("product-records-under-description.txt");
    assert_eq!(a.page_type.as_deref(), Some("product"));
    let text = folded(&a.text);
    assert!(text.contains("grows softer with every wash"), "{text}");
    assert!(!text.contains("Enamelled Steel Kettle"), "{text}");
    assert!(!text.contains("$42.00"), "{text}");
}
