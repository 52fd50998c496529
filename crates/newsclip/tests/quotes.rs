//! The quotes stage on hand-cut paragraphs: the seed record, each quotation
//! style, split quotes, pronoun, role and document speakers, a quote over
//! two paragraphs, German, French and Spanish, and an article without quotes.
//! `seed_quotes.expected.json` is a copy of `../shared/seed/000_356a49e1038466ff.expected.json`.

use newsclip::{quotes, Article, Block, Options, Quote, QuoteKind};
use serde_json::Value;

/// An article whose body is these paragraphs, annotated.
fn annotate(paragraphs: &[&str]) -> Article {
    let blocks: Vec<Block> = paragraphs
        .iter()
        .map(|p| Block::Paragraph { text: p.to_string() })
        .collect();
    let mut article = Article {
        text: paragraphs.join("\n\n"),
        blocks,
        ..Article::default()
    };
    quotes::annotate(&mut article, &Options::default());
    check_offsets(&article);
    article
}

/// Every quote's start/end slice of the text is its text.
fn check_offsets(article: &Article) {
    for q in &article.quotes {
        let slice: String = article.text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(slice, q.text, "{q:?}");
        assert!(q.paragraph >= 1 && q.paragraph <= article.blocks.len());
    }
}

/// The quote whose text contains `words`.
fn quote<'a>(article: &'a Article, words: &str) -> &'a Quote {
    article
        .quotes
        .iter()
        .find(|q| q.text.contains(words))
        .unwrap_or_else(|| panic!("no quote with {words:?} in {:#?}", article.quotes))
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_deref().unwrap_or("")
}

#[test]
fn the_seed_record() {
    let expected: Value = serde_json::from_str(include_str!(
        "seed_quotes.expected.json"
    ))
    .expect("seed record is JSON");
    let body: Vec<&str> = expected["body"]
        .as_array()
        .expect("body")
        .iter()
        .map(|p| p.as_str().expect("paragraph"))
        .collect();
    assert_eq!(body.len(), 11);
    let article = annotate(&body);
    check_seed_quotes(&article, &expected);
}

/// The whole path: the seed's text dump through `extract` gives the same quotes.
#[test]
fn the_seed_dump_end_to_end() {
    let expected: Value = serde_json::from_str(include_str!("seed_quotes.expected.json")).expect("seed record is JSON");
    let dump = include_bytes!("text/seed/000_356a49e1038466ff.txt");
    let article = newsclip::extract(dump, &newsclip::Options::default()).expect("extracts");
    check_offsets(&article);
    check_seed_quotes(&article, &expected);
}

fn check_seed_quotes(article: &Article, expected: &Value) {
    for want in expected["quotes"].as_array().expect("quotes") {
        let text = want["text"].as_str().expect("text");
        let kind: QuoteKind = serde_json::from_value(want["kind"].clone()).expect("kind");
        let paragraph = want["paragraph"].as_u64().expect("paragraph") as usize;
        let got = article
            .quotes
            .iter()
            .find(|q| q.text == text && q.paragraph == paragraph)
            .unwrap_or_else(|| panic!("missing {text:?} in {:#?}", article.quotes));
        assert_eq!(got.kind, kind, "{got:?}");
        assert_eq!(got.speaker.as_deref(), want["speaker"].as_str(), "{got:?}");
        if let Some(via) = want["via"].as_str() {
            assert_eq!(got.via.as_deref(), Some(via), "{got:?}");
        }
    }
    for source in expected["sources_cited"].as_array().expect("sources") {
        let source = source.as_str().expect("source");
        assert!(article.sources_cited.iter().any(|s| s == source), "{source} not in {:?}", article.sources_cited);
    }
    for person in expected["people"].as_array().expect("people") {
        let person = person.as_str().expect("person");
        assert!(article.people.iter().any(|s| s == person), "{person} not in {:?}", article.people);
    }
}

#[test]
fn straight_and_curly_marks_with_speaker_after_and_before() {
    let a = annotate(&[
        "\"We will win the vote,\" said Anna Berg, the party's leader.",
        "Tom Hale, a city engineer, was less sure. He said: “The bridge is not ready.”",
    ]);
    let q = quote(&a, "We will win");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Direct, "Anna Berg"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    let q = quote(&a, "bridge is not ready");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Direct, "Tom Hale"));
}

#[test]
fn guillemets_low_high_single_and_corner_marks() {
    let a = annotate(&[
        "«We are not leaving,» said Paul Girard.",
        "Hannah Vogt said the plan was „nicht machbar“ and „viel zu teuer“.",
        "Hannah Vogt said later: ‚Nobody asked us.‘",
        "「We will rebuild the town,」 said Kenji Mori.",
    ]);
    assert_eq!(speaker(quote(&a, "We are not leaving")), "Paul Girard");
    let q = a.quotes.iter().find(|q| q.text == "nicht machbar").expect("partial quote");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Partial, "Hannah Vogt"));
    assert_eq!(speaker(quote(&a, "Nobody asked us")), "Hannah Vogt");
    assert_eq!(speaker(quote(&a, "We will rebuild")), "Kenji Mori");
}

#[test]
fn split_quote_with_a_pronoun_speaker() {
    let a = annotate(&[
        "John Carter, the mayor, met the families on Friday.",
        "“We will,” he said, “see each other again next week.”",
    ]);
    let first = quote(&a, "We will");
    let second = quote(&a, "see each other");
    assert_eq!((first.kind, speaker(first)), (QuoteKind::Direct, "John Carter"));
    assert_eq!((second.kind, speaker(second)), (QuoteKind::Direct, "John Carter"));
    assert_eq!(second.paragraph, 2);
}

#[test]
fn role_nouns_and_honorifics_resolve_to_the_named_person() {
    let a = annotate(&[
        "Maria Lopez, the company's spokesperson, did not deny the report.",
        "Ivan Sokolov, a Kremlin official, flew to Paris on Monday.",
        "“The talks are over,” the Kremlin official said.",
        "“We have nothing to add,” the spokesperson told reporters.",
        "Ms Lopez added that the company would appeal against the fine.",
    ]);
    assert_eq!(speaker(quote(&a, "talks are over")), "Ivan Sokolov");
    assert_eq!(speaker(quote(&a, "nothing to add")), "Maria Lopez");
    let q = quote(&a, "would appeal against the fine");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Indirect, "Maria Lopez"));
    assert!(a.people.contains(&"Maria Lopez".to_string()), "{:?}", a.people);
    assert!(a.people.contains(&"Ivan Sokolov".to_string()), "{:?}", a.people);
}

#[test]
fn a_document_speaks_for_its_author() {
    let a = annotate(&[
        "In a ruling published on Monday, the Supreme Court struck down the law.",
        "“The statute cannot stand as written,” the ruling said.",
        "According to a report by the Associated Press, the ministry will not appeal.",
    ]);
    let q = quote(&a, "statute cannot stand");
    assert_eq!(speaker(q), "Supreme Court");
    assert!(a.sources_cited.contains(&"Associated Press".to_string()), "{:?}", a.sources_cited);
}

#[test]
fn a_quote_over_two_paragraphs() {
    let a = annotate(&[
        "“We have built the bridge in record time,” said Mayor Ella Stone. “It will carry ten thousand cars a day.",
        "“And it cost less than we planned.”",
    ]);
    for words in ["record time", "ten thousand cars", "cost less"] {
        let q = quote(&a, words);
        assert_eq!((q.kind, speaker(q)), (QuoteKind::Direct, "Ella Stone"), "{q:?}");
    }
    assert_eq!(quote(&a, "cost less").paragraph, 2);
}

#[test]
fn german_french_and_spanish() {
    let a = annotate(&[
        "„Wir werden das schaffen“, sagte Kanzlerin Anna Schmidt am Montag.",
        "„Das ist falsch“, sagte sie.",
        "« Nous ne céderons pas », a déclaré le ministre Gérald Martin.",
        "« La situation est grave », a-t-il ajouté.",
        "«No vamos a rendirnos», dijo el presidente Carlos Ruiz.",
        "Según el portavoz, el gobierno no negociará.",
    ]);
    assert_eq!(speaker(quote(&a, "Wir werden")), "Anna Schmidt");
    assert_eq!(speaker(quote(&a, "Das ist falsch")), "Anna Schmidt");
    assert_eq!(speaker(quote(&a, "Nous ne céderons")), "Gérald Martin");
    assert_eq!(speaker(quote(&a, "situation est grave")), "Gérald Martin");
    assert_eq!(speaker(quote(&a, "No vamos")), "Carlos Ruiz");
}

#[test]
fn reported_speech_without_marks() {
    let a = annotate(&[
        "Finance Minister Lena Holt said on Tuesday that the budget would be balanced by next year.",
    ]);
    let q = quote(&a, "budget would be balanced");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Indirect, "Lena Holt"));
    assert_eq!(q.text, "the budget would be balanced by next year");
}

#[test]
fn an_article_without_quotes() {
    let a = annotate(&[
        "The so-called “smart” bins were installed in the park last year.",
        "The actor starred in “The Long Road” in 2019, and the film ran for months.",
        "Rain is expected across the region on Tuesday.",
    ]);
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn the_option_turns_it_off() {
    let mut opts = Options::default();
    opts.quotes = false;
    let html = b"<html><body><article><p>\xe2\x80\x9cWe will stay,\xe2\x80\x9d said Anna Berg, the party's leader, on a long visit to the city on Friday.</p></article></body></html>";
    let on = newsclip::extract(html, &Options::default()).expect("extract");
    assert_eq!(on.quotes.len(), 1, "{:?}", on.quotes);
    let off = newsclip::extract(html, &opts).expect("extract");
    assert!(off.quotes.is_empty() && off.people.is_empty());
}

#[test]
fn renderings_mark_the_quotes() {
    let mut a = annotate(&[
        "\"We will win the vote,\" said Anna Berg, the party's leader.",
        "Rain is expected across the region on Tuesday.",
    ]);
    a.title = Some("Vote".to_string());
    let md = newsclip::render::markdown(&a);
    assert!(md.ends_with("## Quotes\n\n> We will win the vote, — Anna Berg\n"), "{md}");
    let html = newsclip::render::html_fragment(&a);
    assert!(
        html.contains("<p>\"<span class=\"quote\" data-kind=\"direct\" data-speaker=\"Anna Berg\">We will win the vote,</span>\" said Anna Berg, the party's leader.</p>"),
        "{html}"
    );
    // Extracting the rendering again gives the same text back.
    let again = newsclip::extract(newsclip::render::html(&a).as_bytes(), &Options::default()).expect("extract");
    assert_eq!(again.text, a.text);
    assert_eq!(again.quotes.len(), a.quotes.len());
}

#[test]
fn abbreviated_titles_and_verbs_outside_the_lexicon() {
    let a = annotate(&[
        "As spine surgeon Dr. Hana Brook of the clinic explains, good chairs matter.",
        "“Slouching pulls the spine out of line,” says Dr. Brook.",
        "“Rest is part of training,” Brook clarifies. “So is sleep.”",
        "\"Mixed marks happen in copy,” she states.",
    ]);
    assert_eq!(speaker(quote(&a, "Slouching")), "Hana Brook");
    let q = quote(&a, "Rest is part");
    assert_eq!((speaker(q), q.cue.as_deref()), ("Hana Brook", Some("clarifies")));
    assert_eq!(speaker(quote(&a, "So is sleep")), "Hana Brook");
    assert_eq!(speaker(quote(&a, "Mixed marks")), "Hana Brook");
}

#[test]
fn a_quote_standing_alone_takes_the_last_speaker() {
    let a = annotate(&[
        "“Chairs should support the lower back,” said Omar Reyes, a physiotherapist.",
        "Look for adjustable armrests. “Elbows should rest at a right angle.”",
        "The auditors at Northgate Labs summed up their findings. Northgate Labs noted:",
        "“No critical flaws were identified.”",
    ]);
    assert_eq!(speaker(quote(&a, "Elbows should rest")), "Omar Reyes");
    assert_eq!(speaker(quote(&a, "No critical flaws")), "Northgate Labs");
}

#[test]
fn a_reported_clause_with_marked_words_is_one_partial_quote() {
    let a = annotate(&["Carla Mendes warns that “people on insulin should see a doctor first,” largely because of the risk."]);
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].kind, QuoteKind::Partial);
}

#[test]
fn appositions_and_anonymous_sources() {
    let a = annotate(&[
        "“Our goal is to listen first,” says Co-Founder, Stephanie Oren.",
        "“It is a complicated category,” Callan Spicer, vice president of Spicer Appliance & Security told us.",
        "Martin Dale, the federation’s youngest board member, said: “A cup of tea goes a long way.”",
        "Certified planner Marta M. Chen of Annuity Partners confirms, “Millennials do plan.”",
        "“She manages everything,” said the source, who asked not to be named.",
        "“We are reviewing the video,” a TikTok representative said.",
    ]);
    assert_eq!(speaker(quote(&a, "listen first")), "Stephanie Oren");
    assert_eq!(speaker(quote(&a, "complicated category")), "Callan Spicer");
    assert_eq!(speaker(quote(&a, "cup of tea")), "Martin Dale");
    assert_eq!(speaker(quote(&a, "Millennials do plan")), "Marta M. Chen");
    assert_eq!(quote(&a, "manages everything").speaker, None);
    assert_eq!(speaker(quote(&a, "reviewing the video")), "TikTok");
}

#[test]
fn an_introduced_block_quotation_and_quotes_in_list_items() {
    let text = [
        "The philosopher Anna Kreuz answers the sceptics in her book. Kreuz neatly refutes this:",
        "To put it plainly, the claim that everything is subjective must itself be either subjective or objective.",
        "Her advice, in short:",
        "Just start. “You can feel results immediately,” Kreuz says.",
        "“Which entity was breached?”",
    ];
    let blocks = vec![
        Block::Paragraph { text: text[0].to_string() },
        Block::Quote { text: text[1].to_string() },
        Block::Paragraph { text: text[2].to_string() },
        Block::List { ordered: false, items: vec![text[3].to_string(), text[4].to_string()] },
    ];
    let mut article = Article { text: String::new(), blocks, ..Article::default() };
    article.text = article.blocks.iter().map(Block::plain_text).collect::<Vec<_>>().join("\n\n");
    quotes::annotate(&mut article, &Options::default());
    check_offsets(&article);
    let q = quote(&article, "everything is subjective");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Direct, "Anna Kreuz"));
    assert_eq!(speaker(quote(&article, "results immediately")), "Anna Kreuz");
    assert!(!article.quotes.iter().any(|q| q.text.contains("entity was breached")), "{:#?}", article.quotes);
}

#[test]
fn reported_speech_with_the_cue_after_it_or_according_to_before_it() {
    let a = annotate(&[
        "Sylvia Klinger and Lauren Slayton are dietitians.",
        "Coffee is associated with a lower risk of liver disease, says Klinger.",
        "It may protect the brain in the long run, Slayton notes.",
        "According to Strava, half of its users trained more often last year.",
        "After the long meeting with the board, Klinger said the plan was sound.",
    ]);
    let q = quote(&a, "lower risk of liver disease");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Indirect, "Sylvia Klinger"));
    assert_eq!(q.text, "Coffee is associated with a lower risk of liver disease");
    assert_eq!(speaker(quote(&a, "protect the brain")), "Lauren Slayton");
    assert_eq!(quote(&a, "half of its users").text, "half of its users trained more often last year");
    assert!(!a.quotes.iter().any(|q| q.text.contains("meeting with the board")), "{:#?}", a.quotes);
}

#[test]
fn frames_that_are_not_reported_speech() {
    let a = annotate(&[
        "In an official response to the inquiry, the agency said, “The company is under investigation.”",
        "Omar Reyes, a resident of Palpur village, said the harvest was late this year.",
        "The advisory committee of the United States Department of Agriculture said that people should eat less sugar.",
        "Per Alaska Airlines, passengers who break the rules may face legal action.",
    ]);
    assert!(!a.quotes.iter().any(|q| q.text.contains("official response") || q.text.contains("Palpur")), "{:#?}", a.quotes);
    assert!(speaker(quote(&a, "eat less sugar")).ends_with("United States Department of Agriculture"));
    assert_eq!(speaker(quote(&a, "may face legal action")), "Alaska Airlines");
}

#[test]
fn an_according_frame_with_nothing_after_it() {
    let a = annotate(&["According to Anna Lee, —", "As reported by the agency, ."]);
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn organisation_nouns_resolve_to_the_organisation_named() {
    let a = annotate(&[
        "The Department of Justice charged Green Machine Ltd in March.",
        "“The firm lured customers with low estimates,” the department said.",
        "“We will appeal,” the company said.",
    ]);
    assert_eq!(speaker(quote(&a, "lured customers")), "Department of Justice");
    assert_eq!(speaker(quote(&a, "We will appeal")), "Green Machine Ltd");
}

#[test]
fn speakers_after_an_object_verb_a_possessor_or_degrees() {
    let a = annotate(&[
        "Reporter Dana Whitlock met the landlord, Gareth Moss, outside his office.",
        "“Why did you raise the rent twice this year?” asked Whitlock.",
        "“We are growing faster than anyone expected,” said the startup’s Priya Venkataraman.",
        "“Sleep is the cheapest medicine we have,” Helena J. Marsh, M.D., Ph.D. (writing in a journal) argued last month.",
    ]);
    assert_eq!(speaker(quote(&a, "raise the rent")), "Dana Whitlock");
    assert_eq!(speaker(quote(&a, "growing faster")), "Priya Venkataraman");
    assert_eq!(speaker(quote(&a, "cheapest medicine")), "Helena J. Marsh");
}

#[test]
fn a_report_speaks_for_its_issuer() {
    let a = annotate(&[
        "The results were mixed, according to a March report by the Urban Policy Lab and Fairview Institute.",
        "Tom Reyes, an author of the report, praised the schools.",
        "“Most pupils did not get enough hours,” the report said.",
        "“Demand for trail running grew fastest in cities,” the Runlytics report explained.",
        "“Patients improved in both groups,” says study author Maria Olsen.",
    ]);
    assert_eq!(speaker(quote(&a, "enough hours")), "Urban Policy Lab and Fairview Institute");
    assert_eq!(speaker(quote(&a, "trail running")), "Runlytics");
    assert_eq!(speaker(quote(&a, "both groups")), "Maria Olsen");
}

#[test]
fn titles_names_and_examples_in_marks_are_not_quotes() {
    let a = annotate(&[
        "Her favourite this month was “The Quiet Orchard” by Lena Brooks, she said.",
        "Then ask the assistant something simple. For example, “What is the capital of Peru?” works.",
        "“Slow and steady” is the recipe for lasting change.",
        "One reader said: “I could not put it down, and I finished it in a night.”",
    ]);
    for words in ["Quiet Orchard", "capital of Peru", "Slow and steady"] {
        assert!(!a.quotes.iter().any(|q| q.text.contains(words)), "{words}: {:#?}", a.quotes);
    }
    assert_eq!(quote(&a, "put it down").kind, QuoteKind::Direct);
}

#[test]
fn a_mis_decoded_no_break_space_separates_words() {
    let a = annotate(&["“Buses last for decades,” says\u{c2}\u{a0}Carla Ruiz, who runs the depot."]);
    assert_eq!(speaker(quote(&a, "Buses last")), "Carla Ruiz");
}

#[test]
fn advice_and_according_frames_with_an_apposition() {
    let a = annotate(&[
        "Ines Duarte is a sleep researcher.",
        "Duarte recommends a fixed bedtime of 10 p.m. for most teenagers.",
        "She warns against screens in the bedroom after dark.",
        "Night shifts disturb the body clock, according to Omar Haddad, a physician at Lakeside Hospital.",
        "Half of the nurses slept badly, according to a 2023 national survey.",
    ]);
    let q = quote(&a, "fixed bedtime");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Indirect, "Ines Duarte"));
    assert_eq!(quote(&a, "screens in the bedroom").text, "against screens in the bedroom after dark");
    assert_eq!(speaker(quote(&a, "disturb the body clock")), "Omar Haddad");
    assert_eq!(speaker(quote(&a, "slept badly")), "survey");
}

#[test]
fn a_capitalised_word_opening_a_sentence_is_no_speaker_unless_named_before() {
    let a = annotate(&[
        "Using a standing desk, many workers said: “My back pain is gone after a month.”",
        "Saving money is a priority for most families, according to a recent bank report.",
        "Workers at Brightwell sent a letter. Brightwell said the desks were a success for its staff.",
    ]);
    assert_eq!(quote(&a, "back pain").speaker, None);
    assert_eq!(speaker(quote(&a, "priority for most families")), "report");
    assert_eq!(speaker(quote(&a, "desks were a success")), "Brightwell");
}

#[test]
fn one_marked_word_is_a_quote_only_after_a_cue() {
    let a = annotate(&[
        "“A good chair supports the lower back,” says Dr. Lena Ortiz. While a chair won’t “fix” back pain alone, it helps.",
        "Ortiz said the new designs were “excellent” and cheaper.",
    ]);
    assert!(!a.quotes.iter().any(|q| q.text == "fix"), "{:#?}", a.quotes);
    let q = quote(&a, "excellent");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Partial, "Lena Ortiz"));
}

#[test]
fn advice_needs_its_object_and_a_mis_decoded_space_before_a_plain_one() {
    let a = annotate(&[
        "It powers the films the service suggests to you and how your feeds are ordered.",
        "“Diesel buses last for decades,” saysÂ Nora Field, who runs the depot.",
    ]);
    assert!(!a.quotes.iter().any(|q| q.text.contains("feeds are ordered")), "{:#?}", a.quotes);
    assert_eq!(speaker(quote(&a, "Diesel buses")), "Nora Field");
}

#[test]
fn outlets_spoken_to_and_named_once_for_a_speaker() {
    let a = annotate(&[
        "As surgeon Dr. Ravi Menon explains to Spinewire in a recent feature, “A poor chair encourages poor posture.”",
        "“A good chair is adjustable,” Menon added.",
        "“It is a crowded market,” Lea Brandt told us during a recent Smart Living Podcast interview.",
    ]);
    assert_eq!(quote(&a, "poor posture").via.as_deref(), Some("Spinewire"));
    assert_eq!(quote(&a, "adjustable").via.as_deref(), Some("Spinewire"));
    assert_eq!(quote(&a, "crowded market").via.as_deref(), Some("Smart Living Podcast"));
}

#[test]
fn a_reported_clause_opening_with_a_bare_noun() {
    let a = annotate(&[
        "Nadia Rahimi, chief economist at Harbor Bank, said households are saving more than last year.",
        "Rahimi said yesterday.",
    ]);
    let q = quote(&a, "households are saving");
    assert_eq!((q.kind, speaker(q)), (QuoteKind::Indirect, "Nadia Rahimi"));
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
}

#[test]
fn two_people_named_in_an_according_frame_share_the_words() {
    let a = annotate(&[
        "Serverless suits bursty workloads, according to Maria Lind, director of engineering at Cloudhaven, and Tomas Berg, product lead.",
    ]);
    assert_eq!(speaker(quote(&a, "bursty workloads")), "Maria Lind and Tomas Berg");
}

#[test]
fn plural_role_nouns_are_anonymous_and_plural_verbs_are_cues() {
    let a = annotate(&[
        "“We were surprised by the results,” says lead author Mira Okafor.",
        "“Most firms adopted the tools too early,” the authors conclude.",
        "The researchers argue that pairs should review each idea twice.",
    ]);
    assert_eq!(speaker(quote(&a, "surprised by the results")), "Mira Okafor");
    let q = quote(&a, "adopted the tools");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (None, Some("conclude")));
    let q = quote(&a, "review each idea");
    assert_eq!((q.kind, q.speaker.as_deref()), (QuoteKind::Indirect, None));
}

#[test]
fn contractions_and_object_pronouns_are_not_speakers_or_clauses() {
    let a = annotate(&[
        "They've told me the new models save money for small firms.",
        "“It is a crowded field,” Lea Brandt told us during a recent trade show in Lyon.",
    ]);
    assert!(!a.quotes.iter().any(|q| q.speaker.as_deref() == Some("They've")), "{:#?}", a.quotes);
    assert!(!a.quotes.iter().any(|q| q.text.contains("trade show")), "{:#?}", a.quotes);
    assert_eq!(speaker(quote(&a, "crowded field")), "Lea Brandt");
}

#[test]
fn a_short_form_in_brackets_stands_for_the_full_name() {
    let a = annotate(&[
        "A survey by the Royal Society of Masons (RSM) was published on Monday.",
        "Nine in ten builders felt stressed last year, the RSM said.",
        "“We need better hours,” the RSM said in a statement.",
    ]);
    assert_eq!(speaker(quote(&a, "builders felt stressed")), "Royal Society of Masons");
    assert_eq!(speaker(quote(&a, "better hours")), "Royal Society of Masons");
}

#[test]
fn a_slogan_in_a_paragraph_with_a_cue_elsewhere_is_not_a_quote() {
    let a = annotate(&["“Slow and steady” is the recipe for lasting change. According to trainers, two sessions a week are enough."]);
    assert!(!a.quotes.iter().any(|q| q.text.contains("Slow and steady")), "{:#?}", a.quotes);
}

#[test]
fn quotes_after_a_colon_or_before_a_frame_with_an_unknown_verb_stay() {
    let a = annotate(&[
        "Elle fut l’une des premières à s’engager en 1969 : «C’est la révolution. Dieu merci.» Puis elle partit.",
        "\"Errei lá atrás. Faria de novo? Não\", acrescentou o comandante.",
    ]);
    quote(&a, "C’est la révolution");
    quote(&a, "Errei lá atrás");
}

#[test]
fn a_pull_quote_repeating_a_cued_quote_is_dropped() {
    let a = annotate(&[
        "Leo Marsh installs heat pumps for a living.",
        "“Most homes need a smaller unit than they think.”",
        "Ask for a load calculation first.",
        "“Most homes need a smaller unit than they think,” Marsh says.",
    ]);
    let copies = a.quotes.iter().filter(|q| q.text.contains("smaller unit")).count();
    assert_eq!(copies, 1, "{:#?}", a.quotes);
    assert_eq!(speaker(quote(&a, "smaller unit")), "Leo Marsh");
}

/// A paragraph of thousands of quoted strings (a data blob a text export
/// kept) is read in one pass; a real quote after it keeps its speaker, and
/// no item of the blob is anyone's words.
#[test]
fn a_paragraph_of_many_quoted_strings() {
    let blob: Vec<String> = (0..3000).map(|i| format!("\"item{i}\"")).collect();
    let paragraph = format!("{{\"ids\":[{}]}} \"We will rebuild the bridge,\" said Maria Lopez, the mayor.", blob.join(","));
    let article = annotate(&[&paragraph]);
    assert_eq!(speaker(quote(&article, "rebuild the bridge")), "Maria Lopez");
    assert!(article.quotes.iter().all(|q| !q.text.contains("item")), "{:#?}", article.quotes);
}
