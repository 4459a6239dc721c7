//! Shapes of the genre beyond the corpus, in short texts written for these tests
//! (`tests/genre/`): a Xinhua-style readout with lettered requirements and Roman chapters,
//! a one-paragraph-per-line conference report with a missing task, a news story with a
//! byline under its title and items on consecutive lines, and a speech with salutations
//! and ordinal sentences inside a paragraph.

use tifa::{BlockKind, EnumerationKind, MarkerKind};

fn parse(name: &str) -> (String, tifa::Document<'static>) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/genre")
        .join(format!("{name}.txt"));
    let text = std::fs::read_to_string(path).unwrap();
    let doc = tifa::parse(&text).into_owned();
    (text, doc)
}

/// `(heading, kind, declared, items)` of every list.
fn lists(doc: &tifa::Document<'_>) -> Vec<(Option<String>, EnumerationKind, Option<u32>, usize)> {
    doc.enumerations()
        .iter()
        .map(|e| {
            (
                e.heading.as_ref().map(|h| h.text.to_string()),
                e.kind,
                e.declared_count,
                e.items.len(),
            )
        })
        .collect()
}

#[test]
fn readout_with_lettered_requirements_and_roman_chapters() {
    let (_, doc) = parse("politburo");
    let m = doc.metadata();
    assert_eq!(m.publisher.as_deref(), Some("Xinhua"));
    assert_eq!(m.date.unwrap().to_string(), "2023-12-08");
    assert_eq!(
        m.meeting.as_ref().unwrap().name.as_deref(),
        Some("Political Bureau of the Communist Party of China (CPC) Central Committee")
    );
    assert!(
        doc.front_matter()
            .iter()
            .any(|b| b.kind == BlockKind::Dateline)
    );
    assert_eq!(
        lists(&doc),
        vec![
            (
                Some("The meeting stressed the following four requirements:".into()),
                EnumerationKind::Principles,
                Some(4),
                4
            ),
            (None, EnumerationKind::Other, None, 2),
            (
                Some("I. Achievements".into()),
                EnumerationKind::Achievements,
                None,
                2
            ),
            (Some("II. Tasks".into()), EnumerationKind::Tasks, None, 3),
        ]
    );
    assert_eq!(
        doc.enumerations()[0].items[0].marker.as_deref(),
        Some("(a)")
    );
    assert_eq!(
        doc.enumerations()[0].items[0].marker_kind,
        MarkerKind::Letter
    );
    assert_eq!(doc.obligations().len(), 2);
    let credits: Vec<&str> = doc.credits().iter().map(|c| &*c.name).collect();
    assert_eq!(credits, vec!["Xinhua", "huaxia"]);
}

#[test]
fn report_with_a_missing_task() {
    let (_, doc) = parse("cewc");
    let meeting = doc.metadata().meeting.as_ref().unwrap();
    assert_eq!(
        meeting.name.as_deref(),
        Some("Central Economic Work Conference")
    );
    assert_eq!(meeting.start.unwrap().to_string(), "2023-12-11");
    assert_eq!(meeting.end.unwrap().to_string(), "2023-12-12");
    assert!(!meeting.year_inferred);
    assert_eq!(
        lists(&doc),
        vec![(
            Some("The meeting identified nine key tasks for 2024:".into()),
            EnumerationKind::Tasks,
            Some(9),
            8
        )]
    );
    let err = doc
        .diagnostics()
        .iter()
        .find(|d| d.severity == tifa::Severity::Error)
        .unwrap();
    assert_eq!(err.kind, tifa::DiagnosticKind::CountMismatch);
    assert_eq!(err.line, 4);
    // Items that state an obligation are items; the two after the list are obligations.
    let leads: Vec<&str> = doc.obligations().iter().map(|o| &*o.lead).collect();
    assert_eq!(leads, vec!["We should"]);
}

#[test]
fn news_story_with_byline_under_title() {
    let (_, doc) = parse("takeaways");
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Key takeaways from China's 2024 government work report")
    );
    assert_eq!(m.author.as_deref(), Some("Zhang Wei"));
    assert_eq!(m.publisher.as_deref(), Some("chinadaily.com.cn"));
    assert_eq!(m.date.unwrap().to_string(), "2024-03-05");
    assert_eq!(
        lists(&doc),
        vec![
            (
                Some("Here are the major targets for 2024:".into()),
                EnumerationKind::Goals,
                None,
                3
            ),
            // `Among them:` says the three are a part of the ten the sentence before
            // counts (rule `count_before`): declared 10, and a warning.
            (
                Some("The report listed ten major tasks for this year".into()),
                EnumerationKind::Tasks,
                Some(10),
                3
            ),
        ]
    );
    assert_eq!(doc.diagnostics()[0].severity, tifa::Severity::Warning);
    assert_eq!(
        doc.enumerations()[1].items[2].text,
        "Expanding domestic demand"
    );
    assert_eq!(doc.back_matter().len(), 1);
    assert_eq!(doc.back_matter()[0].kind, BlockKind::Chrome);
}

#[test]
fn speech_with_salutations_and_ordinal_sentences() {
    let (_, doc) = parse("speech");
    assert_eq!(doc.metadata().publisher, None);
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2023-10-18");
    let l = lists(&doc);
    assert_eq!(l.len(), 2);
    assert_eq!((l[0].1, l[0].3), (EnumerationKind::Other, 3));
    assert_eq!(
        l[1],
        (
            Some("China will take the following eight major steps to support our joint pursuit of high-quality Belt and Road cooperation".into()),
            EnumerationKind::Measures,
            Some(8),
            8
        )
    );
    let first = &doc.enumerations()[0].items[0];
    assert_eq!(first.marker.as_deref(), Some("First,"));
    assert_eq!(first.text, "we have expanded cooperation.");
    assert!(!doc.has_errors());
}

#[test]
fn web_page_with_furniture_around_the_headline() {
    let (text, doc) = parse("webpage");
    let m = doc.metadata();
    // The page title's site suffix is dropped: the headline under it is the title.
    assert_eq!(
        m.title.as_deref(),
        Some("China sets out priorities for rural revitalization in 2025")
    );
    assert_eq!(m.publisher.as_deref(), Some("Xinhua"));
    assert_eq!(m.date.unwrap().to_string(), "2025-02-23");
    let credits: Vec<(String, String)> = doc
        .credits()
        .iter()
        .map(|c| (c.label.to_string(), c.name.to_string()))
        .collect();
    assert_eq!(
        credits,
        vec![
            ("Source".to_string(), "Xinhua".to_string()),
            ("Editor".to_string(), "huaxia".to_string()),
        ]
    );
    // Share buttons, the page title, the reading time, the video's clock and the
    // advertisement are furniture, never headings.
    let chrome: Vec<&str> = doc
        .blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Chrome)
        .map(|b| &text[b.span.range()])
        .collect();
    assert_eq!(
        chrome,
        vec![
            "12 SHARES Share Tweet Email",
            "China sets out priorities for rural revitalization in 2025-Xinhua",
            "Estimated read time 4 min read",
            "01:52",
            "Advertisement. Scroll to continue reading.",
        ]
    );
    let headings: Vec<Option<&str>> = doc
        .sections()
        .iter()
        .map(|s| s.heading.as_ref().map(|h| h.text.as_ref()))
        .collect();
    assert_eq!(headings, vec![None, Some("Three tasks for the year ahead")]);
    assert_eq!(
        lists(&doc),
        vec![(
            Some("Three tasks for the year ahead".into()),
            EnumerationKind::Tasks,
            Some(3),
            3
        )]
    );
}

#[test]
fn leadership_meeting_page_with_navigation_and_a_photo() {
    let (text, doc) = parse("leadership");
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Party leadership meeting reviews work on grassroots governance")
    );
    // `Updated:` belongs to the date, not to the source's name.
    assert_eq!(m.publisher.as_deref(), Some("Xinhua"));
    assert_eq!(m.date.unwrap().to_string(), "2025-03-30");
    let credits: Vec<(tifa::CreditRole, String)> = doc
        .credits()
        .iter()
        .map(|c| (c.role, c.name.to_string()))
        .collect();
    assert_eq!(
        credits,
        vec![
            (tifa::CreditRole::Source, "Xinhua".to_string()),
            (tifa::CreditRole::Photo, "Xinhua/Li Ming".to_string()),
        ]
    );
    let kinds: Vec<(BlockKind, &str)> = doc
        .blocks()
        .iter()
        .map(|b| (b.kind, &text[b.span.range()]))
        .filter(|(k, _)| matches!(k, BlockKind::Chrome | BlockKind::Caption))
        .map(|(k, t)| (k, t.get(..20).unwrap_or(t)))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (BlockKind::Chrome, "Skip to content"),
            (BlockKind::Caption, "Xi Jinping chairs th"),
        ]
    );
    let concepts: Vec<&str> = doc.concepts().iter().map(|c| c.name.as_ref()).collect();
    assert_eq!(
        concepts,
        vec!["community-level governance", "four consciousnesses"]
    );
}

#[test]
fn translation_with_the_original_headline_first() {
    let text = "全国农村工作会议召开\nReturn to the Library\n\nNational Rural Work Conference Held in Beijing\n\n\
                FacebookTwitterLinkedInEmailPrintCopy Link\n\n\
                The National Rural Work Conference was held in Beijing on December 19-20. \
                It set out the tasks for agriculture in the coming year.\n\n\
                The conference stressed that food security must be ensured.\n";
    let doc = tifa::parse(text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("National Rural Work Conference Held in Beijing")
    );
    let kinds: Vec<(BlockKind, &str)> = doc
        .front_matter()
        .iter()
        .map(|b| (b.kind, b.text.as_ref()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (BlockKind::Dek, "全国农村工作会议召开"),
            (BlockKind::Chrome, "Return to the Library"),
            (
                BlockKind::Title,
                "National Rural Work Conference Held in Beijing"
            ),
            (
                BlockKind::Chrome,
                "FacebookTwitterLinkedInEmailPrintCopy Link"
            ),
            (
                BlockKind::Lede,
                "The National Rural Work Conference was held in Beijing on December 19-20. \
                 It set out the tasks for agriculture in the coming year."
            ),
        ]
    );
    assert!(doc.sections().iter().all(|s| s.heading.is_none()));
}

#[test]
fn questions_and_answers() {
    let text = "Three questions on the rural work conference\n\n\
                The conference was held in Beijing. Its spirit can be read in three questions.\n\n\
                Q1: What did the meeting say about grain?\n\n\
                Grain output must stay above 650 million tonnes.\n\n\
                Q2: What about rural incomes?\n\n\
                Incomes should keep rising.\n\n\
                Q3: What comes next?\n\n\
                Reform of rural land will continue.\n";
    let doc = tifa::parse(text);
    let headings: Vec<&str> = doc
        .sections()
        .iter()
        .filter_map(|s| s.heading.as_ref().map(|h| h.text.as_ref()))
        .collect();
    assert_eq!(
        headings,
        vec![
            "Q1: What did the meeting say about grain?",
            "Q2: What about rural incomes?",
            "Q3: What comes next?"
        ]
    );
    let list = &doc.enumerations()[0];
    assert_eq!(list.declared_count, Some(3));
    let items: Vec<(Option<&str>, u32, &str)> = list
        .items
        .iter()
        .map(|i| (i.marker.as_deref(), i.ordinal, i.text.as_ref()))
        .collect();
    assert_eq!(
        items,
        vec![
            (Some("Q1:"), 1, "What did the meeting say about grain?"),
            (Some("Q2:"), 2, "What about rural incomes?"),
            (Some("Q3:"), 3, "What comes next?"),
        ]
    );
}

#[test]
fn syndication_sign_off_is_furniture_but_a_dashed_list_is_not() {
    let signed = "A readout\n\nThe meeting was held in Beijing on Monday.\n\n\
                  Localities must meet people's basic needs.\n\n\
                  –The Daily Courier-Beijing Review news exchange item\n";
    let doc = tifa::parse(signed);
    assert!(doc.sections().iter().all(|s| s.heading.is_none()));
    let back: Vec<(BlockKind, &str)> = doc
        .back_matter()
        .iter()
        .map(|b| (b.kind, b.text.as_ref()))
        .collect();
    assert_eq!(
        back,
        vec![(
            BlockKind::Chrome,
            "–The Daily Courier-Beijing Review news exchange item"
        )]
    );
    for listed in [
        "A readout\n\nThe meeting set out two tasks:\n\n\
         –Expanding domestic demand\n\n–Stabilizing foreign trade\n",
        "A readout\n\nThe meeting set out its tasks.\n\n—Expanding domestic demand\n",
    ] {
        let doc = tifa::parse(listed);
        assert!(doc.back_matter().is_empty(), "{listed}");
    }
}

#[test]
fn unpunctuated_bullets_under_a_heading_are_a_list_not_subtitles() {
    let text = "Highlights of the work report\n\n\
                The following are the highlights of the report.\n\n\
                MAIN TARGETS FOR THE YEAR\n\n\
                — Growth of around 5 percent\n\n\
                — Over 12 million new urban jobs\n\n\
                — A deficit ratio of 3 percent\n\n\
                OTHER TASKS\n\n\
                — Expanding domestic demand\n\n\
                — Deepening reform\n";
    let doc = tifa::parse(text);
    let headings: Vec<(&str, Option<&str>)> = doc
        .sections()
        .iter()
        .filter_map(|s| {
            let h = s.heading.as_ref()?;
            Some((
                h.text.as_ref(),
                s.subtitle.as_ref().map(|t| t.text.as_ref()),
            ))
        })
        .collect();
    assert_eq!(
        headings,
        vec![("MAIN TARGETS FOR THE YEAR", None), ("OTHER TASKS", None)]
    );
    let lists: Vec<Vec<&str>> = doc
        .enumerations()
        .iter()
        .map(|e| e.items.iter().map(|i| i.text.as_ref()).collect())
        .collect();
    assert_eq!(
        lists,
        vec![
            vec![
                "Growth of around 5 percent",
                "Over 12 million new urban jobs",
                "A deficit ratio of 3 percent"
            ],
            vec!["Expanding domestic demand", "Deepening reform"],
        ]
    );
}

#[test]
fn original_headline_then_a_short_heading_keeps_its_title() {
    let text = "全国农村工作会议召开\n\nPreamble\n\nNational Rural Work Conference Held in Beijing\n\n\
                The conference was held in Beijing on December 19-20.\n";
    let doc = tifa::parse(text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("全国农村工作会议召开")
    );
}

#[test]
fn the_datelines_agency_is_the_publisher_when_nothing_else_names_one() {
    let doc = tifa::parse(
        "Key session concludes\n\nBEIJING, March 1 (Xinhua) -- The second plenary session was held in Beijing from February 26 to 28, 2023.\n",
    );
    assert_eq!(doc.metadata().publisher.as_deref(), Some("Xinhua"));
    let doc = tifa::parse(
        "Key session concludes\n\nSource: China Daily\n\n2023-03-01\n\nBEIJING, March 1 (Xinhua) -- The session was held in Beijing.\n",
    );
    assert_eq!(doc.metadata().publisher.as_deref(), Some("China Daily"));
    let doc = tifa::parse(
        "Key session concludes\n\nBEIJING (a city of many parts, as ever) -- It met.\n",
    );
    assert_eq!(doc.metadata().publisher, None);
}

/// Items (marker, first three words) of every list.
fn item_starts(doc: &tifa::Document<'_>) -> Vec<Vec<String>> {
    doc.enumerations()
        .iter()
        .map(|e| {
            e.items
                .iter()
                .map(|i| {
                    let words: Vec<&str> = i.text.split_whitespace().take(3).collect();
                    format!("{} {}", i.marker.as_deref().unwrap_or(""), words.join(" "))
                })
                .collect()
        })
        .collect()
}

#[test]
fn speech_readout_on_one_line_with_supported_ordinal_items() {
    // A scraped readout: one line, a count in the lede, ordinal adverbs with a reporting
    // subject, each followed by support sentences.
    let filler =
        "Officials from many countries attended the event and listened closely. ".repeat(22);
    let text = format!(
        "Leader addresses river forum ( Newswire ) 09:10, May 4, 2022 HANOI, May 3 (Newswire) -- The leader on Tuesday spoke at the river forum by video. \"Shared rivers need shared care,\" he said, raising three proposals for the basin. Firstly, he called for joint flood warning. \"We need to share data,\" he said. He promised support to the partners. Secondly, he stressed clean water. Plants will be built, he said. Thirdly, he called for fair use of water. The forum ends on Friday. {filler}"
    );
    let doc = tifa::parse(&text);
    let proposals = doc
        .enumerations()
        .iter()
        .find(|e| e.declared_count == Some(3))
        .expect("the proposals");
    let markers: Vec<&str> = proposals
        .items
        .iter()
        .map(|i| i.marker.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(markers, vec!["Firstly,", "Secondly,", "Thirdly,"]);
    assert_eq!(
        proposals.items[0].text,
        "he called for joint flood warning."
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2022-05-04");
}

#[test]
fn lower_case_ordinals_after_a_lead_in_and_a_missing_first_item() {
    let doc = tifa::parse(
        "Ministers meet on trade\n\nThe ministers met in Lima on Monday. They agreed on three steps: first, to cut tariffs; second, to ease visas; and third, to open ports.\n\nThe talks were held on time. Secondly, the ministers praised the staff. Thirdly, they thanked the hosts. The fourth is to meet again next year.\n",
    );
    let starts = item_starts(&doc);
    assert!(
        starts.contains(&vec![
            "first, to cut tariffs;".to_string(),
            "second, to ease visas;".to_string(),
            "third, to open ports.".to_string()
        ]),
        "{starts:?}"
    );
    let missing_first = doc
        .enumerations()
        .iter()
        .find(|e| e.items.first().is_some_and(|i| i.ordinal == 2))
        .expect("a list that starts at its second item");
    assert_eq!(missing_first.items.len(), 3);
    assert_eq!(missing_first.heading, None);
    assert!(
        doc.diagnostics()
            .iter()
            .any(|d| d.kind == tifa::DiagnosticKind::ListStartsLate)
    );
}

#[test]
fn title_under_a_place_line_and_date_from_the_lead_caption() {
    let doc = tifa::parse(
        "Geneva, Swiss Confederation\n\nJoint Statement of the Two Delegations on River Management\n\nThe two delegations met in Geneva and agreed on a plan.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Joint Statement of the Two Delegations on River Management")
    );
    let doc = tifa::parse(
        "Leader announces new steps for river cooperation\n\nThe leader speaks at the opening of the river forum in Hanoi, May 3, 2022. [Newswire/Tran An]\n\nHANOI -- The leader on Tuesday announced five new steps for the basin.\n\nThe forum ends on Friday.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Leader announces new steps for river cooperation")
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2022-05-03");
    // A section label or a breadcrumb above the headline, and an editor's note of
    // several sentences above it, are furniture of the header, not the title.
    for top in [
        "Regions\nSouth Asia\n\n",
        "Home | News | Regions\n\n",
        "Editor's note: The forum meets every year. This is our report on it.\n\n",
    ] {
        let text = format!(
            "{top}Delegates adopt plan for river cooperation at annual forum\n\nMay 3, 2022\n\nThe delegates met in Hanoi on Tuesday and agreed on a plan.\n"
        );
        let doc = tifa::parse(&text);
        assert_eq!(
            doc.metadata().title.as_deref(),
            Some("Delegates adopt plan for river cooperation at annual forum"),
            "{top:?}"
        );
    }
    // A masthead (the site's name on the first line, over furniture) is furniture; a
    // headline over a share bar stays the title.
    let doc = tifa::parse(
        "The Basin Dispatch\nSubscribe\nSign in\n\nForum decoded: six things the basin plan tells us\n\nThe delegates met in Hanoi on Tuesday and agreed on a plan.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Forum decoded: six things the basin plan tells us")
    );
    let doc = tifa::parse(
        "Delegates adopt plan for river cooperation\n\nShare | Tweet | Email\n\nThe delegates met in Hanoi on Tuesday and agreed on a plan.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Delegates adopt plan for river cooperation")
    );
    // A short title above a date stamp stays the title.
    let doc = tifa::parse(
        "Basin Cooperation Plan\n\n10:20, May 3, 2022   Source: Newswire\n\nThe delegates met in Hanoi.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Basin Cooperation Plan")
    );
    // A headline with a comma is not a place line.
    let doc = tifa::parse(
        "China, Laos agree to deepen ties\n\nThe two sides signed a plan on Monday in Vientiane.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("China, Laos agree to deepen ties")
    );
    // A site's menu on one line, a language switch, a search box and a label in capitals
    // under a masthead that comes after a skip link: all furniture above the headline.
    let doc = tifa::parse(
        "Skip to main content\nBasin Institute for River Studies\nResearch  Analysis  River Monitor  Podcast  Events  About\nEN | FR\nSearch\n\nRIVER MONITOR\n\nThree rivers, one plan: a guide to the basin agreement\n\n22 May 2026\n\nThe delegates met in Hanoi on Tuesday and agreed on a plan.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Three rivers, one plan: a guide to the basin agreement")
    );
    // A domain name over a menu in capitals and a breadcrumb in guillemets; a breadcrumb
    // with slashes; one after `Current location:`.
    for top in [
        "english.basin.example\nHOME  NEWS  POLICIES  FORUM  ARCHIVE\nHome » Forum » Activities\n\n",
        "Home / Regions / Basin\n",
        "RIVER DAILY\nCurrent location: Home > Current Issue\n\n",
    ] {
        let text = format!(
            "{top}Delegates adopt plan for river cooperation at annual forum\nUpdated: May 3, 2022 10:20 Newswire\n\nThe delegates met in Hanoi on Tuesday and agreed on a plan.\n\nThe plan sets out how the four countries will share data on water levels and warn each other of floods in the rainy season.\n\nIt takes effect next year.\n"
        );
        let doc = tifa::parse(&text);
        assert_eq!(
            doc.metadata().title.as_deref(),
            Some("Delegates adopt plan for river cooperation at annual forum"),
            "{top:?}"
        );
    }
    // A credit line above the headline; a stamp over its outlet's name.
    let doc = tifa::parse(
        "Source: Ministry of Water of the River Republic\n\nBasin Declaration of the Second River Summit\n\nWe, the leaders of the basin states, met in Hanoi on 21 May 2026.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Basin Declaration of the Second River Summit")
    );
    assert_eq!(
        doc.credits()
            .iter()
            .map(|c| c.name.as_ref())
            .collect::<Vec<_>>(),
        ["Ministry of Water of the River Republic"]
    );
    let doc = tifa::parse(
        "Premier chairs meeting on river basin\n\nUpdated: Nov 20, 2026 21:47\nNewswire\n\nHANOI, Nov. 20 -- The premier chaired a meeting on Friday.\n\nThe meeting discussed the plan for the river basin and agreed on the next steps for the coming year.\n\nIt ended at noon.\n",
    );
    assert_eq!(doc.metadata().publisher.as_deref(), Some("Newswire"));
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2026-11-20");
    // A blog's tagline and menu, its `Posted on ... by ... — 14 Comments` stamp; an app's
    // banner and its dotted stamp with a read count; a translation site's dotted menu and
    // the original headline under the English one; a reporter's byline with a place.
    let doc = tifa::parse(
        "The River Notes\nNotes on the basin, read closely\n\nHome   About   Archive   Glossary   Subscribe\n\nThe basin plan: what is new, and what is boilerplate\nPosted on March 8, 2026 by Ann Lee — 14 Comments\n\nEvery March the delegates meet in Hanoi to discuss the plan for the river basin and its ports. They met again this year.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("The basin plan: what is new, and what is boilerplate")
    );
    assert_eq!(m.date.unwrap().to_string(), "2026-03-08");
    assert_eq!(m.author.as_deref(), Some("Ann Lee"));
    let doc = tifa::parse(
        "Open the app for a better reading experience   OPEN\nRiver News\n\nRiver forum sets priorities for 2026\n24.12.2025 21:16 · River News · 3.2w reads\n\nThe annual river forum was held in Hanoi from Monday to Tuesday to plan the work of the basin. It closed on Tuesday.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("River forum sets priorities for 2026")
    );
    assert_eq!(m.date.unwrap().to_string(), "2025-12-24");
    assert_eq!(m.publisher.as_deref(), Some("River News"));
    let doc = tifa::parse(
        "Basin Translations\nRiver documents in English, translated by people\nTranslations · Glossary · About · Support us\n\nForum meeting on the river basin, July 2026 (readout)\n河流论坛召开会议\n\n2026-07-31 18:22:07 · Translated by Ruth Lee\n\nThe forum held a meeting on July 30 to study the plan for the basin. It was chaired by the head of the forum.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Forum meeting on the river basin, July 2026 (readout)")
    );
    let doc = tifa::parse(
        "Fourth forum: 6 takeaways from the basin plan for 2026-2030\n\nThe plan puts flood warning and a shared timetable for the ports at the heart of the next stage of the forum's work, as the forum sets out the goals of its plan\n\nAnn Lee in Hanoi\nPublished: 9:45pm, 23 Oct 2025\n\nThe forum met in Hanoi from Monday to Thursday and adopted the plan. It was attended by many delegates.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Fourth forum: 6 takeaways from the basin plan for 2026-2030")
    );
    // The author is the reporter; the place is where she filed from.
    assert_eq!(m.author.as_deref(), Some("Ann Lee"));
    // An institution's name in capitals over a report's wrapped title: the title, not
    // the stacked lines' upper one.
    let doc = tifa::parse(
        "BASIN INSTITUTE FOR RIVER AFFAIRS\nRiver Policy Brief 2017/07\n\nReading the Forum's Report: The \"New Plan\" and\nIts Fourteen Commitments\n\nHelen Marsh and Tobias Reuter\n6 November 2017\n\nSummary\nThe report delivered by the chair on 18 October 2017 is the longest of the\nforum's history and the first to be framed around a new plan for the basin,\nwith fourteen commitments that the member states are asked to keep in the\nyears ahead. This brief sets out what is new in the report, what is restated\nand which of its formulations are likely to guide the forum's next decade.\nThe report runs to some thirty thousand words and was read out by the chair\nin three and a half hours. Its fourteen commitments are a list that the\nforum's English translation sets out one by one, each with its own paragraph\nof explanation and each with a name that the member states are to study.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Reading the Forum's Report: The \"New Plan\" and\nIts Fourteen Commitments")
    );
    // YAML front matter of a clipped page.
    let doc = tifa::parse(
        "---\ntitle: \"The forum's plan for the river ports\"\nsource: \"https://river.example/p/plan\"\nauthor:\n  - \"[[Ann Lee]]\"\npublished: 2026-11-22\ncreated: 2026-11-23\n---\nHi all, a busy week. The forum met on Tuesday and agreed on a plan for the ports.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("The forum's plan for the river ports")
    );
    assert_eq!(m.date.unwrap().to_string(), "2026-11-22");
    assert_eq!(m.author.as_deref(), Some("Ann Lee"));
    // A clipper's page address is not a credit.
    assert!(
        doc.credits()
            .iter()
            .all(|c| c.role != tifa::CreditRole::Source),
        "{:?}",
        doc.credits()
    );
    // A note's front matter without a title: the markdown title under it is the title,
    // the note's `created` dates it (there is no `published`), its `source` is a credit.
    let doc = tifa::parse(
        "---\ntags: [rivers, forum]\ncreated: 2024-01-23 16:40\nsource: Harbour Daily live blog; full text not read yet\n---\n\n# River Forum 2024 work report - notes\n\nDelivered by the chair on 23 Jan 2024 at the opening of the forum's session.\n\n## Targets\n\n- port traffic up 5%\n- two new berths\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("River Forum 2024 work report - notes")
    );
    assert_eq!(m.date.unwrap().to_string(), "2024-01-23");
    let sources: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .filter(|c| c.role == tifa::CreditRole::Source)
        .map(|c| (c.label.as_ref(), c.name.as_ref()))
        .collect();
    assert_eq!(sources, [("source", "Harbour Daily live blog")]);
    // A key in capitals is the same field.
    let doc = tifa::parse(
        "---\ntags: [rivers]\nSource: Harbour News\n---\n\n# Notes on the forum\n\nThe chair spoke on the ports.\n",
    );
    let credits: Vec<(tifa::CreditRole, &str)> = doc
        .credits()
        .iter()
        .map(|c| (c.role, c.name.as_ref()))
        .collect();
    assert_eq!(credits, [(tifa::CreditRole::Source, "Harbour News")]);
    // An empty `date:` leaves the note's `created` to date it.
    let doc = tifa::parse(
        "---\ncreated: 2024-02-01\ndate:\n---\n\n# River Forum notes\n\nThe chair spoke on the ports and the berths of the river.\n",
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2024-02-01");
    // With a `published` field, `created` (when the note was saved) does not date it.
    let doc = tifa::parse(
        "---\ncreated: 2024-02-01\npublished: 2024-01-23\n---\n\n# River Forum notes\n\nThe chair spoke on the ports and the berths of the river.\n",
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2024-01-23");
    assert_eq!(doc.metadata().title.as_deref(), Some("River Forum notes"));
    // A headline with a colon between two rules is no front matter.
    let doc = tifa::parse(
        "---\nExplainer: The forum's plan for the river ports\n---\n\nThe forum met on Tuesday and agreed on a plan for the ports. It meets again in May.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("The forum's plan for the river ports")
    );
    assert_eq!(doc.metadata().kicker.as_deref(), Some("Explainer:"));
    // A report's delivery note dates it.
    let doc = tifa::parse(
        "REPORT ON THE WORK OF THE RIVER FORUM\n\nDelivered at the Fourth Session of the River Forum\nin Hanoi on March 5, 2026\n\nLi Wen\nChair of the Forum\n\nThis year, we will focus on the following three tasks, and on the plan for the basin as a whole.\n",
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2026-03-05");
    // A markdown title that names dates is the title, not a date stamp.
    let doc = tifa::parse(
        "# Notes: River Forum (8-9 May 2022)\n\n_2022-05-10 · from the forum's website_\n\n## Summary\n\n- the delegates agreed on a plan\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Notes: River Forum (8-9 May 2022)")
    );
    // A short markdown title is no section label; a stamp over a line of tags dates the
    // notes.
    let doc = tifa::parse(
        "# Notes: River Forum\n\n_2022-05-10 (Tue) · src: Newswire, 9 May_\ntags: #rivers #forum\n\n## Summary\n\n- the delegates agreed on a plan\n",
    );
    assert_eq!(doc.metadata().title.as_deref(), Some("Notes: River Forum"));
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2022-05-10");
}

#[test]
fn bylines_and_stamps_of_other_outlets() {
    // A byline in lower case, as think tanks print it, names the authors.
    let doc = tifa::parse(
        "Three rivers, one plan: a guide to the basin agreement\n\nby Anna Keller, Tom Richter\n22 May 2026\n\nThe delegates met in Hanoi on Tuesday and agreed on a plan.\n",
    );
    assert_eq!(
        doc.metadata().author.as_deref(),
        Some("Anna Keller, Tom Richter")
    );
    let doc = tifa::parse(
        "Three rivers, one plan: a guide to the basin agreement\n\nby the way of the river\n22 May 2026\n\nThe delegates met in Hanoi on Tuesday and agreed on a plan.\n",
    );
    assert_eq!(doc.metadata().author, None);
    // A byline and its outlet under the date stamp.
    let doc = tifa::parse(
        "River Forum Adopts Basin Plan\n\nMarch 3, 2024\n\nBy Zhou Lan\nHarbour Daily/Basin News Network\n\nHANOI, Vietnam\n\nThe river forum was held in Hanoi on Monday and Tuesday, the organisers said.\n",
    );
    let m = doc.metadata();
    assert_eq!(m.author.as_deref(), Some("Zhou Lan"));
    assert_eq!(
        m.publisher.as_deref(),
        Some("Harbour Daily/Basin News Network")
    );
    assert_eq!(m.date.unwrap().to_string(), "2024-03-03");
    let lede = doc
        .front_matter()
        .iter()
        .find(|b| b.kind == tifa::BlockKind::Lede)
        .map(|b| &*b.text);
    assert_eq!(
        lede,
        Some("The river forum was held in Hanoi on Monday and Tuesday, the organisers said.")
    );
    // A stamp of labelled parts (`Writer:`, `From:`), and one with a page's own `Label:
    // value` that names no one.
    let doc = tifa::parse(
        "Basin forum adopts plan for the river\n\nWriter: Ana Costa | Editor: Li Na | From: Harbour+ | 2026-01-27 09:12\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n",
    );
    let names: Vec<&str> = doc.credits().iter().map(|c| &*c.name).collect();
    assert_eq!(names, ["Ana Costa", "Li Na", "Harbour+"]);
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2026-01-27");
    let doc = tifa::parse(
        "Basin forum adopts plan for the river\n\nHanoi, 16/07/2018 - 17:30, UNIQUE ID: 180716_9\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n",
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2018-07-16");
    assert_eq!(doc.metadata().publisher, None);
    // A sentence that happens to hold a date is not a stamp: it names no publisher.
    let doc = tifa::parse(
        "Basin forum adopts plan\n\nThe plan was first discussed on May 3, 2022.\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n",
    );
    assert_eq!(doc.metadata().publisher, None);
    assert_eq!(doc.metadata().date, None);
    // A page's own `last edited` note at the end dates it; the same words inside a
    // sentence of the text do not.
    let doc = tifa::parse(
        "Basin forum adopts plan\n\nThe forum closed in Hanoi on Friday with a plan for the basin. It was long. It was fine.\n\nThe plan will be reviewed each year.\n\nThis page was last edited on 14 February 2025, at 09:12 (UTC).\n",
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2025-02-14");
    for note in [
        "Last modified on 14 February 2025",
        "This article was last updated on 14 February 2025.",
    ] {
        let text = format!(
            "Basin forum adopts plan\n\nThe forum closed in Hanoi on Friday with a plan for the basin. It was long. It was fine.\n\nThe plan will be reviewed each year.\n\n{note}\n"
        );
        let doc = tifa::parse(&text);
        assert_eq!(
            doc.metadata().date.unwrap().to_string(),
            "2025-02-14",
            "{note}"
        );
    }
    let doc = tifa::parse(
        "Basin forum adopts plan\n\nThe forum closed in Hanoi on Friday with a plan for the basin. It was long. It was fine.\n\nThe plan, which the ministry said it last edited on 14 February 2025, will be reviewed.\n",
    );
    assert_eq!(doc.metadata().date, None);
    // The signing formula with a line end inside it, whatever the line end.
    for nl in ["\n", "\r\n", "  \t\n"] {
        let text = format!(
            "Joint Statement on River Cooperation\n\nThe two sides agreed to deepen cooperation on the river basin. It was long. It was fine.\n\nDone{nl}in Hanoi on 3 May 2022, in duplicate.\n"
        );
        let doc = tifa::parse(&text);
        assert_eq!(
            doc.metadata().date.unwrap().to_string(),
            "2022-05-03",
            "{nl:?}"
        );
    }
    // The authors' line over a date line in one block (a report's cover); a sentence
    // over a date line is not a stamp.
    let doc = tifa::parse(
        "Reading the Basin Plan: What Is New\n\nAna Costa and Tom Reyes\n6 November 2017\n\nSummary\nThe plan is the longest yet. It was long. It was fine.\n",
    );
    assert_eq!(
        doc.metadata().author.as_deref(),
        Some("Ana Costa and Tom Reyes")
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2017-11-06");
    let doc = tifa::parse(
        "Reading the Basin Plan: What Is New\n\nThe delegates met in Hanoi.\n6 November 2017\n\nThe plan is the longest yet. It was long. It was fine.\n",
    );
    assert_eq!(doc.metadata().author, None);
    // Authors with their roles under the stamp; a place line is not an author.
    let doc = tifa::parse(
        "Basin plan: what the forum decided\n\n12 March 2026\n\nAna Costa, Senior Fellow, Basin Programme\nTom Reyes, Research Analyst\n\nHanoi, Vietnam\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n",
    );
    let authors: Vec<&str> = doc.credits().iter().map(|c| &*c.name).collect();
    assert_eq!(authors, ["Ana Costa", "Tom Reyes"]);
    assert_eq!(doc.metadata().author.as_deref(), Some("Ana Costa"));
    // A stamp in markdown emphasis, its parts set apart by middle dots, with a reading
    // time; a clock time with `PM` names no publisher.
    let doc = tifa::parse(
        "# Seven signposts from the basin forum\n\n*By Ana Costa · December 11, 2021 · 7 min read*\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n",
    );
    let m = doc.metadata();
    assert_eq!(m.author.as_deref(), Some("Ana Costa"));
    assert_eq!(m.date.unwrap().to_string(), "2021-12-11");
    let doc = tifa::parse(
        "Basin forum adopts plan\n\nPublished: Jul 21, 2023 08:05 PM\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n",
    );
    assert_eq!(doc.metadata().publisher, None);
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2023-07-21");
}

#[test]
fn a_table_of_contents_is_one_list() {
    let toc = "Basin Plan White Paper\n\nContents\n\nI. Sharing the River\n\nII. Building the Ports\n\nIII. Reviewing the Plan\n\nI. Sharing the River\n\nThe two sides agreed to share the river's water fairly.\n\nII. Building the Ports\n\nThe ports will share one timetable.\n";
    let doc = tifa::parse(toc);
    let lists: Vec<Vec<&str>> = doc
        .enumerations()
        .iter()
        .map(|e| e.items.iter().map(|i| &*i.text).collect())
        .collect();
    assert!(
        lists.contains(&vec![
            "Sharing the River",
            "Building the Ports",
            "Reviewing the Plan"
        ]),
        "{lists:?}"
    );
    // Chapter headings with text between them stay headings.
    let headings: Vec<&str> = doc
        .sections()
        .iter()
        .flat_map(|s| s.sections.iter().chain(core::iter::once(s)))
        .filter_map(|s| s.heading.as_ref().map(|h| &*h.text))
        .collect();
    assert!(
        headings.iter().any(|h| h.contains("Building the Ports")),
        "{headings:?}"
    );
}

#[test]
fn numbered_points_with_support_after_a_lead_are_one_list() {
    let points = "1. Ports share a timetable\nThe two sides agreed to share one timetable for barges.\n\n2. The plan is reviewed yearly\nA joint commission will review the plan each year.\n\n3. Trade opens further\nThe two sides will cut fees on river trade.\n";
    let led = format!(
        "Basin forum: what was agreed\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n\nThree takeaways:\n\n{points}"
    );
    let doc = tifa::parse(&led);
    let lists: Vec<(Option<u32>, Vec<&str>)> = doc
        .enumerations()
        .iter()
        .map(|e| (e.declared_count, e.items.iter().map(|i| &*i.text).collect()))
        .collect();
    assert!(
        lists.contains(&(
            Some(3),
            vec![
                "Ports share a timetable",
                "The plan is reviewed yearly",
                "Trade opens further"
            ]
        )),
        "{lists:?}"
    );
    // With a lead they are items, not headings; without one they head the sections.
    let headings = |doc: &tifa::Document<'_>| -> Vec<String> {
        doc.sections()
            .iter()
            .filter_map(|s| s.heading.as_ref().map(|h| h.text.to_string()))
            .collect()
    };
    assert!(!headings(&doc).iter().any(|h| h.contains("reviewed yearly")));
    let unled = format!(
        "Basin forum: what was agreed\n\nThe forum closed in Hanoi on Friday with a plan for the basin.\n\n{points}"
    );
    let doc = tifa::parse(&unled);
    assert!(
        headings(&doc).iter().any(|h| h.contains("reviewed yearly")),
        "{:?}",
        headings(&doc)
    );
}

#[test]
fn ordinal_sentences_after_a_sentence_that_counts_them() {
    // `three messages` is no list noun, but three ordinal sentences follow it.
    let doc = tifa::parse(
        "Forum notes\n\nExperts say the forum sends three messages. First, the region comes first. Second, trade will keep growing. The third is to oppose blocs.\n",
    );
    assert_eq!(
        lists(&doc),
        [(
            Some("Experts say the forum sends three messages".to_string()),
            EnumerationKind::Other,
            Some(3),
            3
        )]
    );
    // Two messages before three ordinals: prose, no heading.
    let doc = tifa::parse(
        "Forum notes\n\nExperts say the forum sends two messages. First, the region comes first. Second, trade will keep growing. The third is to oppose blocs.\n",
    );
    assert_eq!(lists(&doc), [(None, EnumerationKind::Other, None, 3)]);
}

#[test]
fn markdown_pages_with_link_furniture_and_linked_bylines() {
    // Navigation made of markdown links, a kicker over the `#` headline, bold names over a
    // stamp that also gives the date of the last edit.
    let doc = tifa::parse(
        "[Skip to content](#main)\n[Harbour Institute](/) | [Research](/research) | [Events](/events) | [About the institute](/about)\n\nAnalysis / River Basins\n\n# Reading the basin plan: continuity in the words, new weight on ports\n\n**Ana Costa** and **Li Wei**  \nPublished 3 November 2027 · Last updated 5 November 2027 · 9 min read\n\nThe plan keeps almost every target of 2022, but the weight has shifted to the ports.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Reading the basin plan: continuity in the words, new weight on ports")
    );
    assert_eq!(m.author.as_deref(), Some("Ana Costa and Li Wei"));
    assert_eq!(m.date.unwrap().to_string(), "2027-11-03");
    // A logo and a menu of links, a byline that links to the author's page, and a photo
    // whose address holds a date.
    let doc = tifa::parse(
        "[![Harbour Times](https://example.org/logo.png)](https://example.org/)\n\n* [PORTS](https://example.org/ports/index.html)\n* [OPINION](https://example.org/opinion/index.html)\n\nOPINION / EDITORIAL\n\n# The basin plan answers the question of the decade: Harbour Times editorial\n\nBy [Harbour Times](https://example.org/author/Harbour-Times.html)  \nPublished: Dec 06, 2027 12:08 AM\n\n![Illustration: Liu Rui/HT](https://example.org/img/2027-12-05/7f3c.jpeg)\n\nMore than two years after it was proposed, the basin plan held its first meeting.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("The basin plan answers the question of the decade: Harbour Times editorial")
    );
    assert_eq!(m.author.as_deref(), Some("Harbour Times"));
    assert_eq!(m.publisher, None);
    assert_eq!(m.date.unwrap().to_string(), "2027-12-06");
    // A newsletter: the `#` headline over a `###` subtitle, the author as a link.
    let doc = tifa::parse(
        "The Reading Room\nSubscribe\nSign in\n\n# Reading the Readout: What the Basin Plan Actually Says\n\n### Nine tasks, three verbs, and one phrase that vanished\n\n[Mara Feld](https://example.org/@marafeld)\n\nDec 12, 2027\n\nThe plan was published on Thursday evening, and it is longer than last year's.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Reading the Readout: What the Basin Plan Actually Says")
    );
    assert_eq!(m.author.as_deref(), Some("Mara Feld"));
    assert_eq!(m.date.unwrap().to_string(), "2027-12-12");
    // A sentence with a link in it is text, and a second date inside a sentence is no edit.
    let doc = tifa::parse(
        "Ports agree on a timetable\n\nPublished 3 November 2027 · Harbour News\n\nRead the plan at [the ministry's site](https://example.org/plan) before the hearing on 5 November 2027.\n",
    );
    assert_eq!(doc.metadata().publisher.as_deref(), Some("Harbour News"));
    assert!(
        doc.front_matter()
            .iter()
            .chain(doc.back_matter())
            .all(|b| b.kind != tifa::BlockKind::Chrome)
    );
}

#[test]
fn a_copiers_note_in_brackets_over_the_headline_is_furniture() {
    let text = "Clipped from: https://example.org/eng/xw/t20270914.html\n[excerpt, saved 15/09/2027 -- port questions only]\n\nHarbour Office Spokesperson Li Na's Regular Press Conference on September 14, 2027\n2027-09-14 19:30\n\nAt the invitation of the harbour master, the visiting minister will tour the new basin.\n";
    let doc = tifa::parse(text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Harbour Office Spokesperson Li Na's Regular Press Conference on September 14, 2027")
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2027-09-14");
    let kinds: Vec<tifa::BlockKind> = doc.front_matter().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds[..2],
        [tifa::BlockKind::Chrome, tifa::BlockKind::Chrome]
    );
}

#[test]
fn official_documents_with_the_number_under_the_stamp_or_the_title() {
    // The title over the stamp, the issuing number under it, then the addressees.
    let doc = tifa::parse(
        "Harbour Council > Policies > Latest Releases\n\nGuideline on promoting the safe and orderly development of the port economy\n\nUpdated: Nov 8, 2027 18:02    english.harbour.example\n\nGang Ban Fa [2027] No. 41\n\nTo the people's governments of all port districts, and all departments under the council:\n\nThe port economy is a strategic industry of the basin.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Guideline on promoting the safe and orderly development of the port economy")
    );
    let number = doc
        .front_matter()
        .iter()
        .find(|b| b.text.contains("[2027]"));
    assert_eq!(number.map(|b| b.kind), Some(tifa::BlockKind::Dek));
    // The title over the number, the number over the stamp, a font-size bar of words.
    let doc = tifa::parse(
        "Harbour Provincial Government\nEnglish | 中文\nHome > Policies > Latest Policies\n\nNotice of the General Office of the Harbour Government on Issuing Several Measures for the Ports\nGang Fu Ban [2027] No. 9\nRelease date: 2027-03-22    Source: General Office of the Harbour Government\nFont size: Large  Medium  Small     Print     Share to:\n\nThe district governments and all departments under the provincial government:\n\nThe measures have been approved and are hereby issued to you.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some(
            "Notice of the General Office of the Harbour Government on Issuing Several Measures for the Ports"
        )
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2027-03-22");
    let chrome: Vec<&str> = doc
        .front_matter()
        .iter()
        .filter(|b| b.kind == tifa::BlockKind::Chrome)
        .map(|b| &*b.text)
        .collect();
    assert!(
        chrome.contains(&"Font size: Large  Medium  Small     Print     Share to:"),
        "{chrome:?}"
    );
}

#[test]
fn a_research_brief_from_a_pdf_with_its_masthead_in_capitals() {
    // Hard-wrapped text: the masthead's lines in capitals do not run on into each other,
    // the issue line is the header's stamp, the authors stand under the two-line
    // headline, and the day is in the copyright notice at the end.
    let body = "The basin commission was set up two years ago by the six riparian states, and it\nhas since become the umbrella for the other three regional bodies of the river. This\nbrief argues that, two years on, the commission has become the organising frame of\nthe basin's diplomacy, and that its members should treat it as such from now on.\n\n";
    let text = format!(
        "HARBOUR INSTITUTE OF RIVER AFFAIRS\nBASIN POLICY BRIEF\nNo. 14 | June 2027\n\nThe Basin Commission at Two:\nFrom Concept to Institutions\n\nLena Marsh and Zhou Tianyi\n\n1. Introduction\n\n{body}{body}© Harbour Institute of River Affairs, 2027. Published 14 June 2027.\n"
    );
    let doc = tifa::parse(&text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("The Basin Commission at Two:\nFrom Concept to Institutions")
    );
    assert_eq!(m.author.as_deref(), Some("Lena Marsh and Zhou Tianyi"));
    assert_eq!(m.date.unwrap().to_string(), "2027-06-14");
    let chrome: Vec<&str> = doc
        .front_matter()
        .iter()
        .filter(|b| b.kind == tifa::BlockKind::Chrome)
        .map(|b| &*b.text)
        .collect();
    assert_eq!(
        chrome,
        ["HARBOUR INSTITUTE OF RIVER AFFAIRS", "BASIN POLICY BRIEF"]
    );
    // The issue line is the stamp, dated by its month; the day printed at the end, in
    // that month, dates the text.
    let stamp = doc
        .front_matter()
        .iter()
        .find(|b| b.kind == tifa::BlockKind::Byline)
        .map(|b| &*b.text);
    assert_eq!(stamp, Some("No. 14 | June 2027"));
}

#[test]
fn a_missing_ordinal_inside_the_item_before_it_is_split_off() {
    let doc = tifa::parse(
        "Port council plans work for the rest of the year\n\nThe meeting identified four key tasks for the rest of the year.\n\nFirst, demand will be expanded. The meeting urged efforts to boost trade.\n\nSecond, the ports will be modernised. Dredging will continue. Third, reform will be deepened. The meeting called for a single market.\n\nFourth, risks will be defused.\n",
    );
    let lists = doc.enumerations();
    assert_eq!(lists.len(), 1);
    let starts: Vec<&str> = lists[0]
        .items
        .iter()
        .map(|i| i.marker.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(starts, ["First,", "Second,", "Third,", "Fourth,"]);
    assert_eq!(lists[0].declared_count, Some(4));
    // An ordinal that is not missing stays inside its paragraph.
    let doc = tifa::parse(
        "Port council plans work for the rest of the year\n\nThe meeting identified three key tasks.\n\nFirst, demand will be expanded.\n\nSecond, the ports will be modernised. Dredging will continue, first in the north.\n\nThird, reform will be deepened.\n",
    );
    assert_eq!(doc.enumerations()[0].items.len(), 3);
}

#[test]
fn a_newsletter_in_markdown_with_quotations_and_numbered_sections() {
    let support = "The council met on Friday and Saturday.\n\n> The meeting stressed that the work must go on.\n\nCount the verbs: three.\n\n> We must combine ports with people.\n\nThat second sentence is new.\n\n";
    let text = format!(
        "# Reading the Readout: What the Port Council Says\n\nDec 12, 2027\n\nHi all. Three things stood out to me:\n\n## 1. The tone\n\n{support}## 2. The tasks\n\nThe readout lists the tasks. I quote the first three:\n\n> First, we will boost trade.\n>\n> Second, we will build ports.\n>\n> Third, we will deepen reform.\n\n## 3. What is missing\n\nThe phrase is there, as always.\n"
    );
    let doc = tifa::parse(&text);
    let lists: Vec<(Option<&str>, Vec<&str>)> = doc
        .enumerations()
        .iter()
        .map(|e| {
            (
                e.heading.as_ref().map(|h| &*h.text),
                e.items.iter().map(|i| &*i.text).collect(),
            )
        })
        .collect();
    assert_eq!(
        lists,
        [
            (
                Some("Three things stood out to me:"),
                vec!["The tone", "The tasks", "What is missing"]
            ),
            (
                Some("I quote the first three:"),
                vec![
                    "we will boost trade.",
                    "we will build ports.",
                    "we will deepen reform."
                ]
            ),
        ]
    );
    // The quoted obligation is one.
    assert!(
        doc.obligations()
            .iter()
            .any(|o| o.text.starts_with("We must combine"))
    );
}

#[test]
fn numbered_subheadings_under_numbered_sections_are_one_list_not_subtitles() {
    let doc = tifa::parse(
        "Guideline on the development of the port economy\n\nThe following guideline is hereby issued.\n\nI. General Requirements\n\n(1) Guiding principles\nThe ports will be developed in order.\n\n(2) Main objectives\nBy 2030, a port system will be in place.\n\nII. Infrastructure\n\n(3) Building berths\nBerths will be built.\n\n(4) Building roads\nRoads will be built.\n",
    );
    let lists: Vec<Vec<&str>> = doc
        .enumerations()
        .iter()
        .map(|e| e.items.iter().map(|i| &*i.text).collect())
        .collect();
    assert!(
        lists.contains(&vec![
            "Guiding principles",
            "Main objectives",
            "Building berths",
            "Building roads"
        ]),
        "{lists:?}"
    );
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
}

#[test]
fn a_count_set_apart_right_before_an_incomplete_list_is_declared() {
    let items = "The first is to uphold the plan. The plan is the guarantee.\n\nThe second is to stay committed to the ports.\n\nThe third is to advance reform.\n";
    // In quotes, in a short paragraph right before: declared, with the mismatch.
    let text1 = format!(
        "Lecture on the port plan\n\nThe lecturer sums up \"five musts\" that the council should keep in mind. He explained them one by one.\n\n{items}"
    );
    let doc = tifa::parse(&text1);
    let e = &doc.enumerations()[0];
    assert_eq!((e.items.len(), e.declared_count), (3, Some(5)));
    assert!(
        doc.diagnostics()
            .iter()
            .any(|d| d.kind == tifa::DiagnosticKind::CountMismatch)
    );
    // A paragraph that ends with a colon.
    let text2 = format!(
        "Lecture on the port plan\n\nThe report lists five major tasks. The first three are:\n\n{items}"
    );
    let doc = tifa::parse(&text2);
    assert_eq!(doc.enumerations()[0].declared_count, Some(5));
    // A figure of the text, neither quoted nor in a lead, is not the list's count.
    let text3 = format!(
        "Lecture on the port plan\n\nThe ports handled five million boxes last year. The lecturer then spoke.\n\n{items}"
    );
    let doc = tifa::parse(&text3);
    assert_eq!(doc.enumerations()[0].declared_count, None);
}

#[test]
fn a_running_header_with_its_page_number_on_the_same_line_is_furniture() {
    let para = "The session stressed that the basic task of the port plan is to bring\nup generation after generation of pilots, in light of the requirements\nof the basin, and to raise the standards of the whole fleet.\n\n";
    let text = format!(
        "HARBOUR REVIEW ARCHIVE\n\nDOCUMENTS\n\nCommunique of the Sixth Session of the Port Council\n\n{para}HARBOUR REVIEW, OCTOBER 21-27, 1996                            7\n\nDOCUMENTS\n\n{para}HARBOUR REVIEW, OCTOBER 21-27, 1996                            8\n\n{para}"
    );
    let doc = tifa::parse(&text);
    let chrome: Vec<&str> = doc
        .sections()
        .iter()
        .flat_map(|s| s.blocks.iter())
        .chain(doc.back_matter())
        .filter(|b| b.kind == tifa::BlockKind::Chrome)
        .map(|b| {
            b.text
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .trim_end()
        })
        .collect();
    assert_eq!(
        chrome,
        [
            "HARBOUR REVIEW, OCTOBER 21-27, 1996",
            "DOCUMENTS",
            "HARBOUR REVIEW, OCTOBER 21-27, 1996"
        ]
    );
    // A line that ends in a number after a gap, once only, is the text's.
    let figures =
        format!("Port figures\n\n{para}Average life expectancy, years              79\n\n{para}");
    let doc = tifa::parse(&figures);
    assert!(
        doc.sections()
            .iter()
            .flat_map(|s| s.blocks.iter())
            .all(|b| b.kind != tifa::BlockKind::Chrome)
    );
}

#[test]
fn copies_from_a_feed_reader_and_a_web_clipper() {
    // A feed reader: headline, the feed's name, the item's date with a numeric zone, the
    // item's link alone on a line, the reader's buttons.
    let doc = tifa::parse(
        "Harbour Office Spokesperson Li Na's Regular Press Conference on May 17, 2028\nHarbour Office – Spokesperson's Remarks\nWed, 17 May 2028 20:14:07 +0800\nhttps://www.example.org/eng/xw/202805/t20280517.html\n\nMark as read · Star · Send to Pocket · Share\n\nAt the invitation of the harbour master, the visiting minister will tour the basin.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Harbour Office Spokesperson Li Na's Regular Press Conference on May 17, 2028")
    );
    assert_eq!(m.date.unwrap().to_string(), "2028-05-17");
    // A clipper's notes date the copy, not the text; names in bold after `By`.
    let doc = tifa::parse(
        "# Five takeaways from the port plan\n\n> Clipped from: https://www.example.org/a/202803/06/WS67c8.html\n> Clipped on: 2028-03-07\n\n**Five takeaways from the port plan**\n\nBy **WANG XIAOYU** and **ZHANG YI** | Harbour Daily | Updated: 2028-03-06 07:12\n\nThe premier delivered the port plan on Sunday at the opening of the session.\n",
    );
    let m = doc.metadata();
    assert_eq!(m.date.unwrap().to_string(), "2028-03-06");
    assert_eq!(m.author.as_deref(), Some("WANG XIAOYU and ZHANG YI"));
    // A translation's credits: the original's source, the translator and the reviewer.
    let doc = tifa::parse(
        "PORT DAILY COMMENTATOR\nTurning the Plan into Reality\n\nOriginal: Port Daily, 16 November 2028, page 1\nTranslated by Kai Lin | Reviewed by M. Ortega\nPosted 17.11.2028 · 6 min read\n\nThis is the second of the commentator articles on the port plan.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Turning the Plan into Reality")
    );
    let names: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert_eq!(
        names,
        [
            ("Original", "Port Daily, 16 November 2028, page 1"),
            ("Translated by", "Kai Lin"),
            ("Reviewed by", "M. Ortega")
        ]
    );
}

#[test]
fn a_forwarded_newsletter_in_hard_wrapped_text() {
    let para = "The third session of the port council closed in the capital on Thursday and\nadopted a decision on further deepening the reform of the harbours, the\ndredging fleet and the pilots' service, the communique said on Friday night.\n\n";
    let text = format!(
        "Sharing for Thursday's reading group - item 1 is the useful bit, and\nTomas's three questions are worth discussing. J.\n\n---------- Forwarded message ---------\nFrom: Port Policy Brief <editors@example.org>\nDate: Mon, Nov 20, 2028 at 6:45 AM\nSubject: PPB #212: Reading the port communique; words of the week\nTo: <reader@example.org>\n\nPORT POLICY BRIEF\nIssue #212 | 19 November 2028\nA weekly digest of port policy documents, in plain English\n\n{para}{para}"
    );
    let doc = tifa::parse(&text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("PPB #212: Reading the port communique; words of the week")
    );
    // The issue's date, not the day the email was sent.
    assert_eq!(m.date.unwrap().to_string(), "2028-11-19");
    // The sender is the publisher.
    assert_eq!(m.publisher.as_deref(), Some("Port Policy Brief"));
    // A forwarder's note of three lines set apart: the subject is the seventh block, the
    // note and the line over the headers are furniture, and so is the browser link.
    let text = format!(
        "FYI -\n\nuseful numbers for Thursday's call.\n\nItem 1 is the one we need.\n\nJ.\n\n---------- Forwarded message ---------\nFrom: Port Policy Brief <editors@example.org>\nDate: Mon, Nov 20, 2028 at 6:45 AM\nSubject: PPB #212: Reading the port communique\nTo: <reader@example.org>\n\nView this email in your browser <https://example.org/212>\n\n{para}{para}"
    );
    let doc = tifa::parse(&text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("PPB #212: Reading the port communique")
    );
    assert_eq!(m.date.unwrap().to_string(), "2028-11-20");
    let front: Vec<(tifa::BlockKind, &str)> = doc
        .front_matter()
        .iter()
        .map(|b| (b.kind, &*b.text))
        .collect();
    assert!(
        front
            .iter()
            .filter(|(k, t)| !t.starts_with("Subject:")
                && !t.starts_with("Date:")
                && *k != tifa::BlockKind::Lede)
            .all(|(k, _)| *k == tifa::BlockKind::Chrome),
        "{front:?}"
    );
    // Not an email: a `Subject:` line far into a text, under a headline.
    let text = format!(
        "Port council closes its session\n\n{para}{para}{para}{para}{para}{para}{para}{para}{para}{para}From: the council's office\n\nSubject: the harbour reform\n\nTo: all ports\n"
    );
    let doc = tifa::parse(&text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Port council closes its session")
    );
}

#[test]
fn a_lede_that_opens_with_its_date_is_not_a_stamp() {
    // Thirty words of prose after the date: a sentence, not a stamp naming `On` as its
    // publisher.
    let doc = tifa::parse(
        "Ambassador Publishes Signed Article on the Port Plan\n\n2020/11/10\n\nOn 9 November 2020, the ambassador published a signed article entitled \"The Port Plan Will Bring New Opportunities\" in a daily newspaper of the capital. The full text is as follows:\n\nThe port council met in the capital on Thursday and adopted a plan for the harbours.\n",
    );
    let m = doc.metadata();
    assert_eq!(m.publisher, None);
    assert_eq!(m.date.unwrap().to_string(), "2020-11-10");
    assert_eq!(
        doc.front_matter()
            .iter()
            .filter(|b| b.kind == tifa::BlockKind::Byline)
            .count(),
        1
    );
    // A stamp of twenty words is still a stamp.
    let doc = tifa::parse(
        "Port council adopts a plan for the harbours\n\nBy Liang Wen and Sipho Ndlovu, Port Wire | 14 May 2024 09:12 GMT | Updated 14 May 2024 11:40 GMT | 4 min read\n\nThe port council met in the capital on Thursday and adopted a plan for the harbours.\n",
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2024-05-14");
    assert!(
        doc.metadata()
            .author
            .as_deref()
            .is_some_and(|a| a.starts_with("Liang Wen and Sipho Ndlovu"))
    );
}

#[test]
fn ordinal_lists_across_a_heading_and_numbered_sections_in_capitals() {
    fn starts(doc: &tifa::Document<'_>) -> Vec<Vec<String>> {
        doc.enumerations()
            .iter()
            .map(|e| {
                e.items
                    .iter()
                    .map(|i| i.marker.as_deref().unwrap_or("").to_string())
                    .collect()
            })
            .collect()
    }
    // An ordinal list goes on across a heading when the next ordinal follows; `Last,`
    // closes it.
    let doc = tifa::parse(
        "Port council sets six priorities\n\nThe council laid out four priorities for the ports.\n\nFirst, the berths will be built.\n\nSecond, the channels will be dredged.\n\nGREEN PORTS\n\nThird, the cranes will be electrified.\n\nLast, the pilots will be trained.\n",
    );
    assert_eq!(starts(&doc), [vec!["First,", "Second,", "Third,", "Last,"]]);
    // A heading then `First,` again: a new list.
    let doc = tifa::parse(
        "Port council sets priorities\n\nFirst, the berths will be built.\n\nSecond, the channels will be dredged.\n\nGREEN PORTS\n\nFirst, the cranes will be electrified.\n\nSecond, the pilots will be trained.\n",
    );
    assert_eq!(starts(&doc).len(), 2);
    // Numbered sections in capitals are one list across their text; the bullets of each
    // section end with it.
    let doc = tifa::parse(
        "Port Policy Brief #212\n\n1) THE PORT COMMUNIQUE\n\nThe council met. It adopted a plan. The plan is long.\n\nThe plan has parts. Each part is long. The parts are many.\n\nThe ports will grow. The pilots will train. The fleet will sail.\n\nThe berths will be built. The channels will be dredged. The cranes will be raised.\n\nThe council closed. It issued a notice. The notice is short.\n\n2) WORDS OF THE WEEK\n\n* berth - a ship's place at a quay\n* pilot - a guide through a harbour\n\n3) READING LIST\n\n* The port communique, full text\n* The council's notice\n",
    );
    assert_eq!(
        starts(&doc),
        [vec!["1)", "2)", "3)"], vec!["*", "*"], vec!["*", "*"]]
    );
}

#[test]
fn a_wire_under_a_cookie_notice_with_a_stamp_of_wide_gaps() {
    let doc = tifa::parse(
        "Skip to content\nThe Harbour Times\nWorld  Business  Markets  Asia  Opinion  Podcasts  Video\nSubscribe   Sign in\nWe use cookies to improve your experience. By continuing, you agree to our Cookie Policy.  Accept all   Manage settings\n\nWorld / Asia-Pacific\nPorts offer zero tariffs to the poorest nations as the council pitches its agenda\nBy Liang Wen and Sipho Ndlovu, Meridian Wire\nDecember 2, 2024 8:47 AM GMT+8   Updated 3 hours ago\n\nBEIJING, Dec 2 (Meridian Wire) - The ports on Sunday began granting zero-tariff treatment.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Ports offer zero tariffs to the poorest nations as the council pitches its agenda")
    );
    assert_eq!(m.date.unwrap().to_string(), "2024-12-02");
    assert_eq!(
        m.author.as_deref(),
        Some("Liang Wen and Sipho Ndlovu, Meridian Wire")
    );
}

#[test]
fn a_credit_under_a_related_links_box_stays_a_credit() {
    let doc = tifa::parse(
        "Council studies the port plan\n\nXinhua | Updated: 2025-04-29 21:36\n\nThe council held a study session on the port plan on Monday.\n\nRelated Stories\nPorts inspect spring dredging\nThe summer harvest of fish set to begin\nEditor: Liu Jing\n",
    );
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert!(credits.contains(&("Editor", "Liu Jing")), "{credits:?}");
}

#[test]
fn near_misses_of_the_days_rules_stay_text() {
    // A masthead over a short headline over the stamp: the headline is the title.
    let doc = tifa::parse(
        "Ministry of Ports of the Republic of the Basin\nPort Minister Meets Counterpart in the Capital\n2027-03-01\n\nThe minister met his counterpart in the capital on Monday.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Port Minister Meets Counterpart in the Capital")
    );
    // A headline that names a `No. 1` document is no issue line.
    let doc = tifa::parse(
        "Council Unveils No. 1 Central Document\n\nThe council published its first document of the year on Sunday, on rural reform.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Council Unveils No. 1 Central Document")
    );
    // A sentence that says `published on` a date is not a glued stamp.
    let doc = tifa::parse(
        "The Port Information Office published on September 26, 2023 a white paper on the basin, which the council said would guide its work for the next decade. The paper has ten chapters. It was presented in the capital.",
    );
    assert_eq!(doc.metadata().title, None);
    // `Retrieved from ...` opening a sentence is text; `Timely ...` at the end dates nothing.
    let doc = tifa::parse(
        "Port plan\n\nRetrieved from the archives, the 1972 plan shows how the ports were built.\n\nThe plan is long.\n\nTimely action before 1 July 2025 is essential.\n",
    );
    assert!(
        doc.sections()
            .iter()
            .flat_map(|s| s.blocks.iter())
            .all(|b| b.kind != tifa::BlockKind::Chrome)
    );
    assert_eq!(doc.metadata().date, None);
    // Two lone `First,` paragraphs far apart are prose, not a list.
    let doc = tifa::parse(
        "Port plan\n\nFirst of all, I thank the council for its work on the plan.\n\nThe plan is long and it has many parts.\n\nFirst, the berths will be built, the council said.\n",
    );
    assert!(doc.enumerations().is_empty(), "{:?}", doc.enumerations());
    // A letter list keeps its `i)`.
    let letters = "Port plan\n\nThe plan has parts:\n\na) The berths.\n\nb) The channels.\n\nc) The cranes.\n\nd) The roads.\n\ne) The rails.\n\nf) The pilots.\n\ng) The tugs.\n\nh) The docks.\n\ni) The sheds.\n\nj) The gates.\n";
    let doc = tifa::parse(letters);
    assert_eq!(doc.enumerations()[0].items.len(), 10);
}

#[test]
fn counts_in_an_obligation_paragraph_and_leads_that_list_a_part() {
    // A count at the end of a paragraph read as an obligation announces the ordinals
    // under it.
    let doc = tifa::parse(
        "Port council speech\n\nThe council met in the capital on Thursday and adopted a plan for the harbours.\n\nHow should we open new routes? I wish to share with you three observations.\n\nFirst, the berths will be built.\n\nSecond, the channels will be dredged.\n\nThird, the cranes will be electrified.\n",
    );
    let e = &doc.enumerations()[0];
    assert_eq!(
        e.heading.as_ref().map(|h| &*h.text),
        Some("I wish to share with you three observations")
    );
    assert_eq!(e.declared_count, Some(3));
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
    // A lead that says the list is a part (`including:`) declares the whole count; the
    // mismatch is a warning, not an error.
    let doc = tifa::parse(
        "Port council closes its session\n\nThe council met in the capital on Thursday and adopted a plan for the harbours.\n\nThe plan listed 13 notable strengths of the port system, including:\n\n- upholding the unified leadership of the council;\n- ensuring that the pilots run the channels;\n- adhering to law-based governance of the berths;\n- upholding an open trade policy.\n",
    );
    let e = &doc.enumerations()[0];
    assert_eq!((e.declared_count, e.items.len()), (Some(13), 4));
    let d = &doc.diagnostics()[0];
    assert_eq!(
        (d.kind, d.severity),
        (tifa::DiagnosticKind::CountMismatch, tifa::Severity::Warning)
    );
    // Without the part word, the lead contradicts the list: an error.
    let doc = tifa::parse(
        "Port council closes its session\n\nThe council met in the capital on Thursday and adopted a plan for the harbours.\n\nThe plan listed 13 notable strengths of the port system:\n\n- upholding the unified leadership of the council;\n- ensuring that the pilots run the channels;\n- adhering to law-based governance of the berths;\n- upholding an open trade policy.\n",
    );
    assert_eq!(doc.enumerations()[0].declared_count, Some(13));
    assert_eq!(doc.diagnostics()[0].severity, tifa::Severity::Error);
    // A count far above the items in the sentence before the lead is left alone when the
    // lead does not say the list is a part.
    let doc = tifa::parse(
        "Port council closes its session\n\nThe council met in the capital on Thursday and adopted a plan for the harbours.\n\nThe plan listed ten major tasks for the ports. Here they are:\n\n1) Building the berths\n2) Dredging the channels\n3) Training the pilots\n",
    );
    assert_eq!(doc.enumerations()[0].declared_count, None);
}

#[test]
fn a_caption_between_the_headline_and_the_stamp() {
    let doc = tifa::parse(
        "Port council adopts a plan for the harbours\n\nDelegates arrive at the port council in the capital, June 25, 2024. /Port Wire\n\nUpdated 22:47, 25-Jun-2024\n\nThe port council met in the capital on Thursday and adopted a plan for the harbours.\n",
    );
    let kinds: Vec<tifa::BlockKind> = doc.front_matter().iter().map(|b| b.kind).collect();
    assert!(kinds.contains(&tifa::BlockKind::Caption), "{kinds:?}");
    let photo: Vec<&str> = doc
        .credits()
        .iter()
        .filter(|c| c.role == tifa::CreditRole::Photo)
        .map(|c| &*c.name)
        .collect();
    assert_eq!(photo, ["Port Wire"]);
}

#[test]
fn a_row_of_links_under_a_breadcrumb_in_wrapped_text_stands_apart() {
    let para = "  The session of the port council was held in the capital from October\n7 to 10, 1996. Present at the session were 187 members and 128 alternate\nmembers of the council. Members of the pilots' commission and leading\nofficials of the ports attended the session as observers this year.\n\n";
    let text = format!(
        "Harbour Review Archive > 1996 > Vol. 39, No. 43 > Documents\n[Contents]   [Previous]   [Next]\n\nDOCUMENTS\n\nCommunique of the Sixth Session\nof the Port Council\n\n{para}{para}{para}"
    );
    let doc = tifa::parse(&text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Communique of the Sixth Session\nof the Port Council")
    );
    let chrome: Vec<&str> = doc
        .front_matter()
        .iter()
        .filter(|b| b.kind == tifa::BlockKind::Chrome)
        .map(|b| &*b.text)
        .collect();
    assert!(
        chrome.contains(&"[Contents]   [Previous]   [Next]"),
        "{chrome:?}"
    );
}

#[test]
fn a_plain_text_newsletter_wrapped_at_seventy_columns() {
    // Many short lines (headers, bullets, rules) and a third of full lines: the text is
    // hard-wrapped, so a line that opens with a capital continues its sentence.
    let para = "The port council adopted a plan for the harbours on Thursday, and the\nlanguage of a \"shared timetable\" was already set by the River Ports\nConference in December. The news is in the numbers this time, as the\nplan puts the dredging budget at 300 million for the coming year.\n\n";
    let text = format!(
        "FYI - the numbers we need for the call. Item 1 is the one we want.\nJ.\n\n---------- Forwarded message ---------\nFrom: Port Policy Watch <digest@example.org>\nDate: Thu, Mar 6, 2025 at 7:02 AM\nSubject: [PPW Daily] Port plan targets\nTo: <analysts@example.org>\n\nIn today's issue:\n* Port plan: targets and tasks\n* Pilots: what else is on the table\n* Tariffs: the council responds\n\n========================================\n\n{para}Key numbers:\n* Berths: 12 new\n* Channels: 4 dredged\n* Cranes: 30 electrified\n\n----------------------------------------\n\n{para}{para}Edited by Maya Lind. Port Policy Watch is an independent\nnewsletter. You are receiving this because you subscribed.\n"
    );
    let doc = tifa::parse(&text);
    let m = doc.metadata();
    assert_eq!(m.title.as_deref(), Some("[PPW Daily] Port plan targets"));
    assert_eq!(m.publisher.as_deref(), Some("Port Policy Watch"));
    // The sentence across `the River Ports` / `Conference in December` is one block.
    assert!(
        doc.sections()
            .iter()
            .flat_map(|s| s.blocks.iter())
            .any(|b| b.text.contains("River Ports\nConference in December")),
    );
    let editors: Vec<&str> = doc
        .credits()
        .iter()
        .filter(|c| c.role == tifa::CreditRole::Editor)
        .map(|c| &*c.name)
        .collect();
    assert_eq!(editors, ["Maya Lind"]);
}

#[test]
fn a_short_numbered_line_of_a_wrapped_text_is_whole() {
    let para = "Green development is the defining feature of the port plan, which is a\nplan featuring harmony between the harbours and the rivers. In 2020, the\ncouncil announced that it would strive to electrify every crane in the\nports before 2030 and to dredge every channel before the year 2035.\n\n";
    let text = format!(
        "The Ports' Green Transition\nin the New Era\n\nContents\n\nPreface\nI. A Path of Green Ports\nII. Building Clean Harbours\nIII. Contributing to River Governance\nConclusion\n\nPreface\n\n{para}{para}{para}"
    );
    let doc = tifa::parse(&text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("The Ports' Green Transition\nin the New Era")
    );
    let items: Vec<&str> = doc
        .enumerations()
        .iter()
        .flat_map(|e| e.items.iter())
        .map(|i| &*i.text)
        .collect();
    assert!(
        items.contains(&"Contributing to River Governance"),
        "{items:?}"
    );
}

#[test]
fn a_numbered_list_that_markdown_numbers_again_after_a_figure() {
    let doc = tifa::parse(
        "Halfway through the port plan\n\nFive indicators worth watching\n\n1. Berths. The ports built twelve new berths this year.\n2. Channels. Four channels were dredged ahead of schedule.\n3. Cranes. Thirty cranes were electrified.\n\nFigure 1: Cranes electrified, 2020-2027. Source: the port council.\n\n1. Pilots. The pilots' service hired two hundred new pilots.\n2. Tugs. The tug fleet was renewed.\n",
    );
    let e = &doc.enumerations()[0];
    assert_eq!(doc.enumerations().len(), 1);
    assert_eq!(e.declared_count, Some(5));
    let got: Vec<(u32, &str)> = e
        .items
        .iter()
        .map(|i| (i.ordinal, i.marker.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(got, [(1, "1."), (2, "2."), (3, "3."), (4, "1."), (5, "2.")]);
    assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
}

#[test]
fn a_reference_page_with_skip_links_and_an_infobox() {
    let doc = tifa::parse(
        "Jump to content\nMain menu\nSearch\nCreate account   Log in\nPort Development Initiative\n12 languages\nArticle   Talk\nRead   Edit   View history\nTools\nFrom the free port encyclopedia\nNot to be confused with the Port Development Institute.\nPort Development Initiative\nLocal name\tPDI\nProposed\t21 September 2021\nProposed by\tthe port council\nThe Port Development Initiative (PDI) is a framework proposed by the port council in 2021. It aims to electrify every crane in the ports.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Port Development Initiative")
    );
    assert_eq!(doc.metadata().publisher, None);
}

#[test]
fn closing_credits_of_wires_and_newsletters() {
    let credits = |doc: &tifa::Document<'_>| -> Vec<(tifa::CreditRole, String)> {
        doc.credits()
            .iter()
            .map(|c| (c.role, c.name.to_string()))
            .collect()
    };
    // An agency in parentheses closing a wire story, under page furniture only.
    let doc = tifa::parse(
        "Port council closes its session\n\nThe port council closed in the capital on Thursday and adopted a plan for the harbours.\n\nIt called for dredging every channel before 2030.\n\n(Xinhua)\n\nRelated stories\n",
    );
    assert_eq!(
        credits(&doc),
        [(tifa::CreditRole::Source, "Xinhua".to_string())]
    );
    // Not above a paragraph of the text, and not `(End)`.
    let doc = tifa::parse(
        "Port council closes its session\n\nThe port council closed in the capital on Thursday and adopted a plan for the harbours.\n\n(Xinhua)\n\nIt called for dredging every channel before 2030.\n\n(End)\n",
    );
    assert!(credits(&doc).is_empty(), "{:?}", credits(&doc));
    // A newsletter's sign-off: the name over the position; a contributor after a dash.
    let doc = tifa::parse(
        "Port Policy Brief #12\n\nThe port council closed in the capital on Thursday and adopted a plan for the harbours.\n\n-- Contributed by Tomas Reyes, visiting fellow\n\nThat's all for this week. Reply to this email with tips.\n\nHannah Ostrowski\nEditor, Port Policy Brief\n",
    );
    assert_eq!(
        credits(&doc),
        [
            (
                tifa::CreditRole::Source,
                "Tomas Reyes, visiting fellow".to_string()
            ),
            (tifa::CreditRole::Author, "Hannah Ostrowski".to_string()),
            (
                tifa::CreditRole::AboutAuthor,
                "Editor, Port Policy Brief".to_string()
            ),
        ]
    );
}

#[test]
fn an_adoption_note_between_the_headline_and_the_stamp_is_not_the_headline() {
    let doc = tifa::parse(
        "COMMUNIQUE OF THE FOURTH SESSION OF THE PORT COUNCIL\n\n(Adopted at the Fourth Session of the Port Council on October 23, 2014)\n\nSource: Port News    Updated: 2014-10-24 09:12\n\nThe fourth session of the port council was held in the capital from October 20 to 23, 2014.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("COMMUNIQUE OF THE FOURTH SESSION OF THE PORT COUNCIL")
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2014-10-24");
}

#[test]
fn a_story_copied_from_a_phone_wrapped_at_thirty_columns() {
    let para = "The fourth session of the port\ncouncil concluded in the capital\non Thursday, adopting a plan for\nthe harbours and the channels of\nthe river ports for the next five\nyears, the council said in a note\nissued after the session closed.\n\n";
    let text = format!(
        "Port News English\nOPEN APP\n\nPort council adopts\nrecommendations for the next\nFive-Year Port Plan\n\nPort News\n2025-10-23 20:16\n\n{para}{para}"
    );
    let doc = tifa::parse(&text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Port council adopts\nrecommendations for the next\nFive-Year Port Plan")
    );
}

#[test]
fn near_misses_of_the_fifth_days_rules_stay_text() {
    let credits = |doc: &tifa::Document<'_>| -> Vec<(tifa::CreditRole, String)> {
        doc.credits()
            .iter()
            .map(|c| (c.role, c.name.to_string()))
            .collect()
    };
    let para = "The port council met in the capital on Thursday and adopted a plan for the harbours, the channels and the pilots' service.\n\n";
    // A reader's `From:` in the body of an email does not stretch its headers.
    let text = format!(
        "From: River Letters <letters@example.org>\nDate: Fri, 19 Jun 2026 at 07:30\nSubject: #188 The forum's plan\nTo: <reader@example.org>\n\n{para}{para}{para}From: a reader in Hanoi - the plan was well received in Hanoi, one writes.\n\n{para}"
    );
    let doc = tifa::parse(&text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("#188 The forum's plan")
    );
    assert!(
        doc.front_matter()
            .iter()
            .all(|b| b.kind != tifa::BlockKind::Dek),
        "{:?}",
        doc.front_matter()
    );
    // Two writers, each with a position: both are authors.
    let t1 = format!(
        "Basin plan: what the forum decided\n\n12 March 2026\n\nAna Costa, Senior Fellow\nTom Reyes, Research Analyst\n\n{para}"
    );
    let doc = tifa::parse(&t1);
    let authors: Vec<String> = credits(&doc)
        .into_iter()
        .filter(|(r, _)| *r == tifa::CreditRole::Author)
        .map(|(_, n)| n)
        .collect();
    assert!(
        authors.iter().any(|a| a.contains("Tom Reyes")),
        "{authors:?}"
    );
    // A story's sign-off after a slash is no photo credit; a heading over a subtitle at
    // the end is no sign-off; a closing `(Annex)` is no source.
    let t2 = format!(
        "Port council closes its session\n\n{para}The council will meet again in the spring, the chairman said. /Port News\n\nLooking Ahead\nChair of the Forum Secretariat\n\n{para}(Annex)\n"
    );
    let doc = tifa::parse(&t2);
    assert!(credits(&doc).is_empty(), "{:?}", credits(&doc));
    // The writer's surname shared with an official of the story.
    let t3 = format!(
        "Premier visits the ports\n\nBy Li Xiaokun | Port Daily | 2024-05-10\n\n{para}Li is the first premier to visit the ports in seven years.\n"
    );
    let doc = tifa::parse(&t3);
    assert!(
        credits(&doc)
            .iter()
            .all(|(r, _)| *r != tifa::CreditRole::AboutAuthor),
        "{:?}",
        credits(&doc)
    );
    // A tab between an outlet and its date is still a stamp.
    let t4 = format!("Port council closes its session\n\nPort News\t2024-01-31 10:25\n\n{para}");
    let doc = tifa::parse(&t4);
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2024-01-31");
    assert_eq!(doc.metadata().publisher.as_deref(), Some("Port News"));
}

#[test]
fn a_table_of_contents_with_dot_leaders_in_wrapped_text() {
    let para = "Resolving the question of the ports and realizing the council's complete plan is a\nshared aspiration of all the pilots of the river. It is indispensable for the\nrealization of the basin's renewal, and a historic mission of the port council,\nwhich has striven for decades to achieve this goal with the pilots' service.\n\n";
    let text = format!(
        "The Port Question and the River's Renewal\nin the New Era\n\nContents\n\nPreface .......................................................................... 1\nI. The Ports Are Part of the River ................................................. 2\nII. The Council Is Committed to the Plan ........................................... 4\nIII. Bright Prospects for the Ports ................................................ 6\nConclusion ...................................................................... 8\n\nPreface\n\n{para}{para}{para}"
    );
    let doc = tifa::parse(&text);
    let lists: Vec<usize> = doc.enumerations().iter().map(|e| e.items.len()).collect();
    assert_eq!(lists, [3], "{:?}", doc.enumerations());
    assert!(
        doc.enumerations()[0].items[0]
            .text
            .starts_with("The Ports Are Part of the River")
    );
}

#[test]
fn a_series_masthead_of_bars_over_the_headline() {
    let para = "The fifth session of the port council was held in the capital from October 26 to 29, 2015, and adopted a plan for the harbours.\n\n";
    let text = format!(
        "HARBOUR INSTITUTE FOR PORT STUDIES | Port Policy Documents, No. 14 | Unofficial translation\n\nCommuniqué of the Fifth Session of the Port Council\n\n{para}{para}"
    );
    let doc = tifa::parse(&text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Communiqué of the Fifth Session of the Port Council")
    );
    // One bar and many words is a headline, not a masthead.
    let text = format!(
        "Port council adopts its plan for the harbours and the pilots | No. 14 in our series on the river ports\n\n{para}{para}"
    );
    let doc = tifa::parse(&text);
    assert!(
        doc.metadata()
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Port council adopts")),
        "{:?}",
        doc.metadata().title
    );
}

#[test]
fn an_explainer_numbers_its_parts_with_leading_zeros() {
    let part = |n: &str, h: &str| {
        format!(
            "{n}\n{h}\n\nThe council said more about this part of the plan for the harbours.\n\n"
        )
    };
    let text = format!(
        "Three things to know about the port plan\n\nThe port council adopted its plan on Thursday. Here are three things to know.\n\n{}{}{}",
        part("01", "Berths come first"),
        part("02", "Channels will be dredged"),
        part("03", "Pilots get a new service")
    );
    let doc = tifa::parse(&text);
    let e = &doc.enumerations()[0];
    let items: Vec<(u32, &str)> = e.items.iter().map(|i| (i.ordinal, &*i.text)).collect();
    assert_eq!(
        items,
        [
            (1, "Berths come first"),
            (2, "Channels will be dredged"),
            (3, "Pilots get a new service")
        ]
    );
    assert_eq!(e.declared_count, Some(3));
}

#[test]
fn a_one_line_scrape_with_a_breadcrumb_and_a_source_before_its_stamp() {
    // A scraper's page on one line, long enough to be read as one.
    let body = " It said the plan should be carried out in full over the coming three years, with funds for dredging and for the new quays. The council also heard a report on the spring floods and on the repair of the dykes along the river.";
    let line = format!(
        "Home > News > Top Stories Council studies the port plan for the river Source: Harbour News Updated: 2023-07-19 Font size: A A A Print RIVERTON, July 18 (Harbour News) -- The council held a study session on the port plan on Monday and called for faster work on the berths.{}",
        body.repeat(8)
    );
    let doc = tifa::parse(&line);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Council studies the port plan for the river")
    );
    assert_eq!(m.date.unwrap().to_string(), "2023-07-19");
    let credits: Vec<(tifa::CreditRole, &str)> = doc
        .credits()
        .iter()
        .map(|c| (c.role, c.name.as_ref()))
        .collect();
    assert_eq!(credits, [(tifa::CreditRole::Source, "Harbour News")]);
    // Without the breadcrumb's steps the headline keeps its first words.
    let bare = line.replace("Home > News > ", "");
    let doc = tifa::parse(&bare);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Top Stories Council studies the port plan for the river")
    );
}

#[test]
fn a_newsletters_staff_note_above_its_notices() {
    let doc = tifa::parse(
        "River Policy Digest, No. 12\n\nThe forum met on Tuesday and agreed on a plan for the ports.\n\nThe plan sets three tasks for the coming year.\n\nThe Digest is edited by Dr Ann Lee and compiled by Li Wen and Tom Reyes. Views are the authors' own.\n\nYou are receiving this email because you subscribed to the River Policy Digest.\nUnsubscribe | Update your preferences\n",
    );
    let credits: Vec<(tifa::CreditRole, &str)> = doc
        .credits()
        .iter()
        .map(|c| (c.role, c.name.as_ref()))
        .collect();
    assert_eq!(
        credits,
        [
            (tifa::CreditRole::Editor, "Dr Ann Lee"),
            (tifa::CreditRole::Other, "Li Wen and Tom Reyes")
        ]
    );
    // A sentence of the text that says who wrote, hosted, reviewed or gave something is
    // not a credit.
    for body in [
        "The plan was drafted by the council over many months. It was written by a team of experts.",
        "The summit was hosted by Kazakhstan. Leaders adopted a declaration on the ports.",
        "The forum, hosted by China and Egypt, drew 300 delegates from 40 countries.",
        "The draft regulation was reviewed by State Council members and will take effect in May.",
        "Relief funds contributed by Hong Kong residents reached 2 billion yuan by March 5, 2024.",
        "Xi met Putin in Moscow later. The talks were hosted by Russia.",
    ] {
        let text = format!(
            "River Policy Digest, No. 12\n\nThe forum met on Tuesday and agreed on a plan for the ports.\n\n{body}\n\nIt sets three tasks for the coming year.\n"
        );
        let doc = tifa::parse(&text);
        assert!(doc.credits().is_empty(), "{body}: {:?}", doc.credits());
        assert_eq!(doc.metadata().publisher, None, "{body}");
        assert_eq!(doc.metadata().date, None, "{body}");
    }
}

#[test]
fn an_email_that_carries_an_article_takes_its_headline() {
    let mail = "From: The River Desk <desk@river.example>\nSent: Friday, December 13, 2024 7:02 AM\nTo: team@lists.example\nSubject: [The River Desk] Issue 12 — ports: three tasks\n\nView this email in your browser\n\nTHE RIVER DESK · Weekly briefing · Issue 12\n\nThe council doubles down on the ports: what the forum decided\n\nBy Ann Lee, Riverton correspondent\nEdited by Tom Reyes\n\nThe forum met on Thursday and set three tasks for the ports in the coming year.\n";
    let doc = tifa::parse(mail);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("The council doubles down on the ports: what the forum decided")
    );
    assert_eq!(m.date.unwrap().to_string(), "2024-12-13");
    // The sender is the publisher still.
    assert_eq!(m.publisher.as_deref(), Some("The River Desk"));
    let credits: Vec<(tifa::CreditRole, &str)> = doc
        .credits()
        .iter()
        .map(|c| (c.role, c.name.as_ref()))
        .collect();
    assert_eq!(
        credits,
        [
            (tifa::CreditRole::Author, "Ann Lee, Riverton correspondent"),
            (tifa::CreditRole::Editor, "Tom Reyes")
        ]
    );
    // Without a byline under it the line is the message's text: the subject stays the
    // title.
    let bare = mail.replace("By Ann Lee, Riverton correspondent\n", "");
    let doc = tifa::parse(&bare);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("[The River Desk] Issue 12 — ports: three tasks")
    );
}

#[test]
fn a_white_papers_cover_dates_it_by_its_month() {
    let cover = "China's Plan for the River Ports\nin the New Era\n\nThe State Council Information Office of\nthe People's Republic of China\n\nSeptember 2028\n\nContents\n\nPreface\n\nThe ports of the river have grown in the past decade, and the plan sets out what comes next.\n";
    let doc = tifa::parse(cover);
    let date = doc.metadata().date.unwrap();
    assert_eq!(date.to_string(), "2028-09");
    assert!(!date.has_day());
    assert_eq!(
        doc.metadata().author.as_deref(),
        Some("The State Council Information Office of\nthe People's Republic of China")
    );
    // A month inside a sentence, or far below the title, dates nothing.
    let bare = cover.replace("September 2028\n\n", "");
    let doc = tifa::parse(&bare);
    assert_eq!(doc.metadata().date, None);
    let doc = tifa::parse(
        "China's Plan for the River Ports\n\nContents\n\nPreface\n\nThe plan was issued in\nSeptember 2028\nafter a long debate about the ports.\n",
    );
    assert_eq!(doc.metadata().date, None);
}

#[test]
fn a_bulletins_masthead_heading_and_a_stamp_of_authors() {
    let doc = tifa::parse(
        "# River Policy Bulletin | No. 2/2025\n\n## The forum's plan: reform back at the centre of port policy\n\n*Riverton, 26 February 2025 · Ann Lee and Tom Reyes, Basin Policy Programme*\n\nThe forum released its plan on Sunday. It sets three tasks for the ports.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("The forum's plan: reform back at the centre of port policy")
    );
    assert_eq!(m.date.unwrap().to_string(), "2025-02-26");
    assert_eq!(m.author.as_deref(), Some("Ann Lee and Tom Reyes"));
    assert_eq!(m.publisher.as_deref(), Some("Basin Policy Programme"));
    // A heading over a subtitle heading is the headline when it is no issue line.
    let doc = tifa::parse(
        "# River Policy and the Ports\n\n## Reform back at the centre of port policy\n\n*Riverton, 26 February 2025*\n\nThe forum released its plan on Sunday. It sets three tasks for the ports.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("River Policy and the Ports")
    );
    // A place and a region after the date are no authors.
    let doc = tifa::parse(
        "Ports plan released for the river\n\n26 February 2025 · Hong Kong, China\n\nThe forum released its plan on Sunday. It sets three tasks for the ports.\n",
    );
    assert_eq!(doc.metadata().author, None);
}

#[test]
fn a_stamp_line_that_opens_with_a_sites_domain_is_no_continuation() {
    let doc = tifa::parse(
        "SCIO press conference on the river ports plan\nchina.org.cn | February 8, 2017\n\nSpeakers:\nAnn Lee, deputy director of the ports office\n\nThe ports office held a press conference on the plan on Monday.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("SCIO press conference on the river ports plan")
    );
    assert_eq!(m.date.unwrap().to_string(), "2017-02-08");
    // A line in lower case that is no domain goes on with the sentence above.
    let doc = tifa::parse(
        "SCIO press conference on the river ports plan held\nby the ports office on February 8, 2017\n\nThe ports office held a press conference on the plan on Monday.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some(
            "SCIO press conference on the river ports plan held\nby the ports office on February 8, 2017"
        )
    );
}

#[test]
fn a_numbered_list_whose_item_a_page_break_cuts() {
    let text = "III. Work Priorities for the Ports\n\nThis year marks the start of the new plan period for the ports of the river. In carrying out our work, we will act on the plan and apply it fully. We will focus on the following tasks this year:\n\n1. Boosting the ports and expanding their trade\n\nWe will make the ports the main thrust of the river's trade and shift the focus of policy from goods to people.\n\nWe will raise the pay of the dock workers again, and increase the subsidies for their families.\n\nIt is important to turn port services into a new engine of growth. We will expand the supply of services.\n\nGovernment investment will be used to leverage more private investment, with priority given to major projects under the Port Development\n16\nPlan and to urban renewal.\n\n2. Building the river towns and their markets\n\nWe will foster the markets of the towns.\n\n3. Deepening reform of the ports and the river\n\nWe will implement the guidelines on the ports.\n";
    let lists = |doc: &tifa::Document<'_>| -> Vec<usize> {
        doc.enumerations().iter().map(|e| e.items.len()).collect()
    };
    // The page's number and the rest of the cut sentence weigh nothing: one list.
    assert_eq!(lists(&tifa::parse(text)), [3]);
    // A sentence's end before the number: the number and the paragraph after it are text,
    // and the support is more than a list carries.
    let ended = text.replace("Development\n16\nPlan and", "Development Plan.\n16\nAnd");
    assert_eq!(lists(&tifa::parse(&ended)), [1, 2]);
}

#[test]
fn a_brief_dated_by_its_issue_line() {
    // An issue line dated by its month alone: a stamp, dated without a day; the series
    // before the issue's number is the publisher; the authors over their institution
    // under the headline are the byline; the section heading in capitals over the key
    // points stays a heading.
    let brief = "RPC Policy Brief No. 9                                        March 2027\n\nPorts and Power: What the Basin Council's First Meeting Tells Us\n\nAna Costa and Tom Reyes\nCentre for River Policy\n\nKEY POINTS\n\n• The council has moved from a slogan to a standing body.\n• Money follows rules, not the other way round.\n\nThe council met in Hanoi on 14 March 2026 and adopted a plan.\n";
    let doc = tifa::parse(brief);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Ports and Power: What the Basin Council's First Meeting Tells Us")
    );
    assert_eq!(m.date.unwrap().to_string(), "2027-03");
    assert!(!m.date.unwrap().has_day());
    assert_eq!(m.publisher.as_deref(), Some("RPC Policy Brief"));
    assert_eq!(m.author.as_deref(), Some("Ana Costa and Tom Reyes"));
    let heading = doc.enumerations().first().and_then(|e| e.heading.as_ref());
    assert_eq!(heading.map(|h| &*h.text), Some("KEY POINTS"));
    // A day of that month printed further down dates it better; a day of another month
    // does not (above: 14 March 2026 is a sentence of the body, not a stamp).
    let dated = brief.replace(
        "Centre for River Policy\n\n",
        "Centre for River Policy\n\n26 March 2027\n\n",
    );
    let doc = tifa::parse(&dated);
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2027-03-26");
    let other = brief.replace(
        "Centre for River Policy\n\n",
        "Centre for River Policy\n\n26 April 2027\n\n",
    );
    let doc = tifa::parse(&other);
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2027-03");
    // A number far to the left of a month on a line is no day of it; a line of names
    // over a line that names no institution is no byline.
    let plain = brief.replace("Centre for River Policy", "Notes from the field");
    let doc = tifa::parse(&plain);
    assert_eq!(doc.metadata().author, None);
}

#[test]
fn a_translated_joint_notice_under_its_translator_lines() {
    // A translator's note and credit over a joint notice: two issuers' lines, the
    // issuing number, the title, the note of issue. The number is found under four lines
    // of the page; the issuers are bylines, the translator a credit, and the notice's own
    // day dates it, not the day the translation was posted.
    let text = "UNOFFICIAL TRANSLATION - for reference only.\nTranslated by: River Translation Service (Hanoi) | posted 2027-04-11\n\nGeneral Office of the Basin Party Committee\nGeneral Office of the Basin People's Government\n\nHe Ban Fa [2027] No. 8\n\nWork Plan of the Basin for Fully Implementing the Port Chief System\n\n(Issued on February 24, 2027)\n\nIn order to protect the river, this work plan is formulated.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Work Plan of the Basin for Fully Implementing the Port Chief System")
    );
    assert_eq!(m.date.unwrap().to_string(), "2027-02-24");
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert_eq!(
        credits,
        [
            ("Translated by", "River Translation Service (Hanoi)"),
            ("", "General Office of the Basin Party Committee"),
            ("", "General Office of the Basin People's Government"),
        ]
    );
    // A stamp under the number is no title: the notice's title stands above it.
    let text = "Basin Portal\nHome > Policies\n\nNotice of the General Office of the Basin People's Government on Issuing the Port Plan\nHe Fu Ban [2027] No. 9\nRelease date: 2027-03-22    Source: General Office of the Basin People's Government\n\nThe people's governments of all cities:\n\nThe plan is hereby issued.\n";
    let doc = tifa::parse(text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some(
            "Notice of the General Office of the Basin People's Government on Issuing the Port Plan"
        )
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2027-03-22");
}

#[test]
fn a_forwarded_email_carrying_a_notice() {
    // The forwarder's note runs past the first ten blocks (a list and a signature); the
    // forwarded message's own headers, a short note of its sender over a separator, then
    // the notice: its title (with its issuing number under it) is the text's title, the
    // forwarder a credit, the forwarded message's sender the publisher.
    let text = "From: Ana Costa <ana@river.example>\nSent: Wednesday, January 21, 2027 9:14 AM\nTo: Basin Desk <desk@river.example>\nSubject: FW: port notice - working translation\n\nAll,\n\nFYI below. Things worth flagging:\n- item (2): dredging\n- item (4): pilot ports\n- item (8): the river fund\n\nPlease keep it in the team.\n\nBest,\nAna\n\nAna Costa | Analyst\nRiver Advisory | Hanoi\n\n________________________________\nFrom: Hanoi Office [hanoi@river.example]\nSent: Tuesday, January 20, 2027 6:02 PM\nTo: Ana Costa <ana@river.example>\nSubject: port notice - working translation\n\nAna, as discussed. Chinese PDF attached.\n\n---\n\nNotice of the General Office of the Basin Authority on Issuing the Key Points of Port Work for 2027\n\nHe Ban [2027] No. 4\n\nThe Key Points of Port Work for 2027 are hereby issued to you.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Notice of the General Office of the Basin Authority on Issuing the Key Points of Port Work for 2027"
        )
    );
    assert_eq!(m.publisher.as_deref(), Some("Hanoi Office"));
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert_eq!(credits, [("From", "Ana Costa")]);
    // Without a headline under the forwarded headers (the message is a note of
    // sentences), the forwarded subject is the title.
    let short = text.replace(
        "\n---\n\nNotice of the General Office of the Basin Authority on Issuing the Key Points of Port Work for 2027\n\nHe Ban [2027] No. 4\n",
        "",
    );
    let doc = tifa::parse(&short);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("port notice - working translation")
    );
}

#[test]
fn a_notice_signed_at_the_end_of_its_page() {
    // The page prints the opinions, ten measures, then the signature over the issuing
    // number and the page's footer: the signature dates the text.
    let measures: String = (1..=10)
        .map(|k| {
            format!(
                "({k}) Measure {k}. Local governments shall carry out this measure in full.\n\n"
            )
        })
        .collect();
    let text = format!(
        "Home > Policies > Latest Releases\n\nOpinions of the General Office of the Basin Authority on Developing River Ports\n\nTo the port authorities of all cities:\n\nThe following opinions are hereby put forward.\n\n{measures}General Office of the Basin Authority\nJanuary 19, 2027\n(He Ban Fa [2027] No. 3)\n\nCopyright© basin.example | About us | Contact us\n"
    );
    let doc = tifa::parse(&text);
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2027-01-19");
    // The signer is credited.
    let names: Vec<&str> = doc.credits().iter().map(|c| &*c.name).collect();
    assert_eq!(names, ["General Office of the Basin Authority"]);
    // A date alone under a sentence is no signature.
    let unsigned = text.replace(
        "General Office of the Basin Authority\nJanuary 19, 2027",
        "The measures take effect on publication.\nJanuary 19, 2027",
    );
    let doc = tifa::parse(&unsigned);
    assert_eq!(doc.metadata().date, None);
}

#[test]
fn a_pdf_running_header_over_the_headline() {
    // A series line whose parts a wide gap sets apart is the masthead, not the title.
    let doc = tifa::parse(
        "River Policy Documents Series No. 7                 Centre for River Studies\n\nCommunique of the Second Session of the Basin Council\n\n(Adopted at the Second Session of the Basin Council on October 23, 2027)\n\n1. The Second Session of the Basin Council was held in Hanoi from October 20 to 23, 2027.\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Communique of the Second Session of the Basin Council")
    );
    assert_eq!(doc.metadata().date.unwrap().to_string(), "2027-10-23");
    // A research note's running header, its date at the right margin: the stamp; the
    // headline is the line under it.
    let doc = tifa::parse(
        "Harbour Bank                                                  Global Research\nBasin Economics                                                 22 July 2027\n\nBasin: the council's long to-do list\n\nAna Costa, Chief Economist\n\nThe council closed on Thursday with a long list of reforms and few near-term steps.\n",
    );
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Basin: the council's long to-do list")
    );
    assert_eq!(m.date.unwrap().to_string(), "2027-07-22");
    assert_eq!(m.publisher.as_deref(), Some("Basin Economics"));
}

#[test]
fn a_one_line_scrape_with_its_byline_glued_to_the_source() {
    // A page scraped onto one long line.
    let body = "The council on Saturday announced the establishment of the new area, a project the basin's leaders described as crucial for decades to come. The announcement has drawn wide interest, with agents and investors rushing to the area over the weekend. Here is what you need to know. ".repeat(8);
    let text = format!(
        "Explainer: What you need to know about the Basin New Area By Ana Costa Source:Harbour Times Published: 2027/4/5 21:48:15 {body}"
    );
    let doc = tifa::parse(&text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("What you need to know about the Basin New Area")
    );
    assert_eq!(m.author.as_deref(), Some("Ana Costa"));
    assert_eq!(m.publisher.as_deref(), Some("Harbour Times"));
    assert_eq!(m.date.unwrap().to_string(), "2027-04-05");
    // `By` inside a headline that names no one stays the headline's.
    let text = format!(
        "Growth By the Numbers: what the basin plan means Source:Harbour Times Published: 2027/4/5 21:48:15 {body}"
    );
    let doc = tifa::parse(&text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Growth By the Numbers: what the basin plan means")
    );
}

/// Texts a review of the seventh day's rules wrote to show where they went wrong
/// (`tests/review/`): each header as it must read.
#[test]
fn headers_the_seventh_days_review_found_misread() {
    type Header = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );
    let want: [Header; 12] = [
        (
            "after_and",
            "China and Vietnam Hold Economic Talks",
            Some("2024-03-03"),
            None,
            None,
        ),
        (
            "ap",
            "China, Brazil Sign Soybean Deal",
            Some("2024-03-03"),
            Some("AP"),
            None,
        ),
        (
            "btn_wudi",
            "China, Brazil Sign Soybean Deal",
            Some("2024-03-03"),
            None,
            Some("Wu Di"),
        ),
        (
            "contrib",
            "Port Talks Resume in Shanghai",
            Some("2024-03-03"),
            None,
            None,
        ),
        (
            "fw_memo2",
            "FW: Provincial water plan briefing",
            Some("2025-03-04"),
            Some("Dana Whitfield"),
            None,
        ),
        (
            "gap4",
            "Joint Statement on River Cooperation",
            Some("2017-11-14"),
            None,
            None,
        ),
        (
            "masthead_issuer",
            "Notice on Improving the Management of River Ports",
            None,
            None,
            Some("General Office of the State Council"),
        ),
        (
            "note_heading",
            "REPORT ON THE WORK OF THE PROVINCIAL GOVERNMENT",
            Some("2025-01-20"),
            None,
            None,
        ),
        (
            "related2",
            "Flood Season Preparations Begin Along the Yangtze",
            None,
            None,
            None,
        ),
        (
            "reply",
            "RE: port plan",
            Some("2025-03-04"),
            Some("Li Wen"),
            None,
        ),
        (
            "running",
            "Wang Yi Meets Russian Foreign Minister in Beijing    [Photo]",
            Some("2024-03-03"),
            Some("Ministry of Foreign Affairs"),
            None,
        ),
        (
            "volno",
            "Rebuilding the River Ports of the Upper Yangtze",
            Some("2027-03-05"),
            None,
            None,
        ),
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/review");
    for (name, title, date, publisher, author) in want {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let doc = tifa::parse(&text);
        let m = doc.metadata();
        let date_text = m.date.map(|d| d.to_string());
        assert_eq!(
            (
                m.title.as_deref(),
                date_text.as_deref(),
                m.publisher.as_deref(),
                m.author.as_deref()
            ),
            (Some(title), date, publisher, author),
            "{name}"
        );
    }
    // A reply chain credits no forwarder; a contributor is a credit, not the publisher.
    let text = std::fs::read_to_string(dir.join("reply.txt")).unwrap();
    assert!(
        tifa::parse(&text)
            .credits()
            .iter()
            .all(|c| c.label != "From")
    );
    let text = std::fs::read_to_string(dir.join("contrib.txt")).unwrap();
    let doc = tifa::parse(&text);
    let names: Vec<&str> = doc.credits().iter().map(|c| &*c.name).collect();
    assert_eq!(names, ["Ana Costa"]);
}

#[test]
fn one_line_bullets_in_wrapped_text_are_each_an_item() {
    // A PDF copy wrapped near 80 columns; the bullets under the lead are one line each,
    // some long enough to pass for a wrapped line.
    let para = "The basin economy grew steadily over the past year, and the council kept its\nmain policies unchanged while it prepared the next plan for the river ports and\nthe towns along them, as the delegates had asked at the last session.\n\n";
    let text = format!(
        "{para}{para}The main targets for the basin this year are as follows:\n\n• growth of approximately 6% in the output of the river ports\n• a registered unemployment rate of no higher than 4.5% in the towns\n• an increase of around 6% in the volume of goods shipped\n• a reduction of at least 3% in energy use per ton shipped\n\n{para}"
    );
    let doc = tifa::parse(&text);
    let lists = doc.enumerations();
    assert_eq!(lists.len(), 1);
    let items: Vec<&str> = lists[0].items.iter().map(|i| &*i.text).collect();
    assert_eq!(
        items,
        [
            "growth of approximately 6% in the output of the river ports",
            "a registered unemployment rate of no higher than 4.5% in the towns",
            "an increase of around 6% in the volume of goods shipped",
            "a reduction of at least 3% in energy use per ton shipped",
        ]
    );
}

#[test]
fn the_copyright_holder_names_the_publisher_when_nothing_else_does() {
    let body = "The forum closed in Hanoi on Friday with a plan for the river ports.\n\n";
    for (line, holder) in [
        (
            "Copyright 2027 Harbour News Agency. All Rights Reserved.",
            "Harbour News Agency",
        ),
        (
            "© 1995-2027 Harbour Daily | About us | Contact us",
            "Harbour Daily",
        ),
        (
            "© 2027 Harbour Media L.P. All rights reserved.",
            "Harbour Media L.P.",
        ),
    ] {
        let text = format!("Basin forum adopts plan for the river ports\n\n{body}{line}\n");
        let doc = tifa::parse(&text);
        assert_eq!(doc.metadata().publisher.as_deref(), Some(holder), "{line}");
    }
    // A publisher named elsewhere stands; a line of terms names no holder.
    let text = format!(
        "Basin forum adopts plan for the river ports\n\nMarch 3, 2027 | Source: River Daily\n\n{body}Copyright 2027 Harbour News Agency. All Rights Reserved.\n"
    );
    let doc = tifa::parse(&text);
    assert_eq!(doc.metadata().publisher.as_deref(), Some("River Daily"));
    let text = format!(
        "Basin forum adopts plan for the river ports\n\n{body}Copyright 2027 all rights reserved by the authors of this page.\n"
    );
    let doc = tifa::parse(&text);
    assert_eq!(doc.metadata().publisher, None);
}

#[test]
fn an_email_carrying_an_article_under_a_signed_note_and_its_stamp() {
    // The sender's note is signed (`Kai`) over the separator; the article's headline
    // stands over its own stamp, not a byline: the headline is the title, and the stamp's
    // source a credit.
    let text = "From: Ma, Jun\nSent: Monday, March 3, 2025 8:10 AM\nTo: Port Team\nSubject: council statement\n\nJun - text below, copied from the council's English site this morning.\n\nKai\n\n---\n\nStatement of the Port Council on the New Shipping Lanes\n\n2025-03-03 07:40   Source: Port Council Press Office\n\nThe council on Sunday opened two new shipping lanes for the harbour.\n";
    let doc = tifa::parse(text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Statement of the Port Council on the New Shipping Lanes")
    );
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert_eq!(credits, [("Source", "Port Council Press Office")]);
    // Without the sender's note and its separator, a newsletter's tagline over its
    // issue's date is no headline: the subject stays the title.
    let newsletter = "From: Port Letter <letter@port.example>\nSent: Monday, March 3, 2025 8:10 AM\nTo: Port Team\nSubject: Issue 12: the new shipping lanes\n\nPORT LETTER\n\nA weekly letter on the harbour's policy\n\n3 March 2025 | Issue 12\n\nThe council on Sunday opened two new shipping lanes for the harbour.\n";
    let doc = tifa::parse(newsletter);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Issue 12: the new shipping lanes")
    );
}

#[test]
fn a_translated_notice_prints_its_title_over_its_number_and_addressees() {
    // A translation's cover line, the title wrapped over two lines, the number, then the
    // addressees: the title is the line over the number.
    let text = "Official English Translation\n(For reference only.)\n\nNotice of the General Office of the Port Authority on Issuing\nthe Action Plan for the Harbour Channels (2025-2027)\n\nGang Ban [2025] No. 3\n\nTo the port bureaus of all cities:\n\nThe Action Plan is hereby issued to you. Please implement it conscientiously.\n";
    let doc = tifa::parse(text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some(
            "Notice of the General Office of the Port Authority on Issuing\nthe Action Plan for the Harbour Channels (2025-2027)"
        )
    );
    // An issuer's line over the number is no title, nor is a page's stamp.
    for above in [
        "General Office of the Port Authority",
        "Updated: Mar 3, 2025 18:02",
    ] {
        let other = text.replace(
            "Notice of the General Office of the Port Authority on Issuing\nthe Action Plan for the Harbour Channels (2025-2027)",
            above,
        );
        let doc = tifa::parse(&other);
        assert_ne!(doc.metadata().title.as_deref(), Some(above), "{above}");
    }
}

#[test]
fn a_chapter_copied_from_a_report_takes_the_chapters_title_and_author() {
    // Wrapped at a PDF's width: the report's title in capitals, the chapter's label, the
    // chapter's title over its author's name, lines of their own although no blank line
    // sets them apart.
    let text = "THE HARBOUR AND THE ROAD TO THE NEW PORT\n\nChapter 3\nTen Channels, One Harbour: Reading the 2021 Port Plan\nHelen Marsh\n\nOn 11 November 2021 the port council adopted its plan for the harbour channels. It is only the\nthird plan of its kind, after those of 1985 and 1999, and the first in two decades. Where the\n1999 text was written to close an argument about the past, the new text is written to settle\nan argument about the future: of its seven parts, the longest by far is the fourth one.\n";
    let doc = tifa::parse(text);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Ten Channels, One Harbour: Reading the 2021 Port Plan")
    );
    assert_eq!(doc.metadata().author.as_deref(), Some("Helen Marsh"));
    // A heading that opens with the word is no label: the report's title stays the title.
    let other = text.replace("Chapter 3\n", "Chapter 3 of the plan\n");
    let doc = tifa::parse(&other);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("THE HARBOUR AND THE ROAD TO THE NEW PORT")
    );
    assert_eq!(doc.metadata().author, None);
}

#[test]
fn a_volunteer_translation_under_its_sites_tagline() {
    // The site's name and tagline, the headline over its original's title in Chinese,
    // then the fields: the original's source and date, the translator, the page's own
    // date. The headline is the title, the page's date the date.
    let text = "Reading the Port Press\nVolunteer translations of the port council's texts\n\nChen Ming: Make the Harbour a \"Harbour of Happiness\" that Serves the People\n\n原标题：陈明在港口座谈会上强调 让港口成为造福人民的幸福港\nOriginal source: Port News Agency, September 19, 2019\nTranslator: Sam Whitfield\nPosted: September 22, 2019\n\nPort News Agency, Harbour City, September 19 -- Chen Ming presided over a symposium on the harbour on the afternoon of September 18 and delivered an important speech.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Chen Ming: Make the Harbour a \"Harbour of Happiness\" that Serves the People")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2019-09-22"));
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert_eq!(
        credits,
        [
            ("Original source", "Port News Agency"),
            ("Translator", "Sam Whitfield")
        ]
    );
    // Without the original's title, the tagline stacked over the headline is the
    // headline (the lower line its standfirst), and without the page's own date the
    // original's dates the text.
    let plain = text
        .replace(
            "原标题：陈明在港口座谈会上强调 让港口成为造福人民的幸福港\n",
            "",
        )
        .replace("Posted: September 22, 2019\n", "");
    let doc = tifa::parse(&plain);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Volunteer translations of the port council's texts")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2019-09-19"));
}

#[test]
fn a_news_database_record_with_its_field_codes() {
    let text = "HD   Port council sets out plan for the harbour\nBY   Li Wen\nWC   312 words\nPD   12 November 2013\nET   21:14\nSN   Port News Agency\nSC   PNEWS\nLA   English\nCY   (c) Copyright 2013 Port News Agency\n\nLP   HARBOUR CITY, Nov. 12 -- The port council on Tuesday adopted a plan for the harbour channels.\n\nTD   The plan sets three tasks for the coming years.\n\nNS   ports : Ports\nAN   Document PNEWS00020131112\n\nSearch Summary\nText            port council\nResults Found   3\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Port council sets out plan for the harbour")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2013-11-12"));
    assert_eq!(m.author.as_deref(), Some("Li Wen"));
    assert_eq!(m.publisher.as_deref(), Some("Port News Agency"));
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    // The byline field's value is read as a byline: no `By` printed, no label.
    assert_eq!(credits, [("", "Li Wen"), ("SN", "Port News Agency")]);
    // The paragraphs' codes, the index and the search's summary are furniture.
    let blocks: Vec<(tifa::BlockKind, &str)> = doc
        .blocks()
        .into_iter()
        .skip(9)
        .map(|b| (b.kind, &*b.text))
        .collect();
    use tifa::BlockKind::{Chrome, Lede, Paragraph};
    assert_eq!(
        blocks,
        [
            (Chrome, "LP"),
            (
                Lede,
                "HARBOUR CITY, Nov. 12 -- The port council on Tuesday adopted a plan for the harbour channels."
            ),
            (Chrome, "TD"),
            (Paragraph, "The plan sets three tasks for the coming years."),
            (Chrome, "NS   ports : Ports"),
            (Chrome, "AN   Document PNEWS00020131112"),
            (Chrome, "Search Summary"),
            (Chrome, "Text            port council"),
            (Chrome, "Results Found   3"),
        ]
    );
}

#[test]
fn a_slide_decks_text_export_takes_its_title_slide() {
    // The first slide's first line is the title, its dated line (no stamp) the date, its
    // other lines deks; later slides' markers are furniture. A source line dated earlier
    // on a later slide does not date the deck.
    let text = "Slide 1 of 4\nThe harbour plan takes shape\nWhat the council's session tells shippers\nHarbour Macro Strategy | Client briefing | 4 November 2025\nConfidential – for clients only\n\nSlide 2 of 4\nThe session on one page\n• The council met in the capital on 20-23 October 2025\n• It adopted the plan for the channels\nSource: Port News Agency, 23 October 2025\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(m.title.as_deref(), Some("The harbour plan takes shape"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-11-04"));
    let kinds: Vec<(tifa::BlockKind, &str)> = doc
        .front_matter()
        .iter()
        .map(|b| (b.kind, &*b.text))
        .collect();
    use tifa::BlockKind::{Chrome, Dateline, Dek, Title};
    assert_eq!(
        kinds,
        [
            (Chrome, "Slide 1 of 4"),
            (Title, "The harbour plan takes shape"),
            (Dek, "What the council's session tells shippers"),
            (
                Dateline,
                "Harbour Macro Strategy | Client briefing | 4 November 2025"
            ),
            (Dek, "Confidential – for clients only"),
            (Chrome, "Slide 2 of 4"),
        ]
    );
    // A line that opens with the word is no marker: no title slide.
    let other = text.replace("Slide 1 of 4\n", "Slides for the council\n");
    let doc = tifa::parse(&other);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Slides for the council")
    );
}

#[test]
fn a_handouts_header_of_fields_dates_it_and_names_its_teacher() {
    let text = "PORT 101  Harbours and their Councils                    Spring 2025\nWeek 9 -- Tuesday 10 March 2025                          Dr. N. Okafor\n\nHANDOUT 9: \"Dredging the channels\" after the council's session\n\nRead before class: the plan, parts I and IV.\n\nThe port council met in the capital from 20 to 23 October 2024 and adopted its plan.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("HANDOUT 9: \"Dredging the channels\" after the council's session")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-03-10"));
    assert_eq!(m.author.as_deref(), Some("Dr. N. Okafor"));
    // Wrapped at a page's width, the two lines are one block.
    let wrapped = "PORT 101  Harbours and their Councils                            Spring 2025\nWeek 9 -- Tuesday 10 March 2025                                  Dr. N. Okafor\n\nHANDOUT 9: \"Dredging the channels\" after the council's session\n\nThe port council met in the capital from 20 to 23 October 2024 and adopted\nits plan for the harbour channels. It was the first session of the council\nin five years devoted to the channels alone, and the plan it adopted will\nset the work of the port authority for the rest of the decade and beyond it.\n";
    let doc = tifa::parse(wrapped);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("HANDOUT 9: \"Dredging the channels\" after the council's session")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-03-10"));
    assert_eq!(m.author.as_deref(), Some("Dr. N. Okafor"));
    // Without a full date among the fields (a term alone), the header is no stamp, and
    // the body's date does not become the page's through it.
    let undated = text.replace("Tuesday 10 March 2025", "Tuesday of week nine");
    let doc = tifa::parse(&undated);
    assert_eq!(doc.metadata().author, None);
    assert_ne!(
        doc.metadata().date.map(|d| d.to_string()).as_deref(),
        Some("2025-03-10")
    );
}

#[test]
fn a_research_notes_analysts_with_their_numbers_are_its_authors() {
    let text = "Harbour Bank                                                   Global Research\nPort Economics                                                   22 July 2024\n\nPorts: The council's long to-do list\n\nAnna Berg, Chief Economist, Port Markets                         +852 3120 4417\nanna.berg@harbour.example\nTom Reyes, Economist                                             +852 3120 4432\ntom.reyes@harbour.example\n\nThe port council met on 15-18 July and adopted a plan for the harbour channels.\n";
    let doc = tifa::parse(text);
    let credits: Vec<(tifa::CreditRole, &str)> =
        doc.credits().iter().map(|c| (c.role, &*c.name)).collect();
    assert_eq!(
        credits,
        [
            (tifa::CreditRole::Author, "Anna Berg"),
            (tifa::CreditRole::Author, "Tom Reyes")
        ]
    );
    assert_eq!(doc.metadata().author.as_deref(), Some("Anna Berg"));
    // A line whose margin holds words is no contact line: the block is not the authors'.
    let other = text.replace("+852 3120 4417", "Read the full note");
    let doc = tifa::parse(&other);
    assert!(doc.credits().is_empty(), "{:?}", doc.credits());
}

#[test]
fn near_misses_of_the_eighth_days_rules_stay_text() {
    let title = |t: &str| {
        tifa::parse(t)
            .metadata()
            .title
            .as_deref()
            .map(str::to_owned)
    };
    // An issuer's line over the number, a masthead's shape included, is no title.
    assert_eq!(
        title("Notice on Dredging the Harbour Channels in Summer\n\nPort Commission of the People's Republic of China\n\nGang Wei Ban [2024] No. 21\n\nTo the port bureaus of all cities:\n\nThe channels are to be dredged before the rains.\n").as_deref(),
        Some("Notice on Dredging the Harbour Channels in Summer")
    );
    // A stamp of digits alone under a standfirst is no original in another script.
    assert_eq!(
        title("Port Council Unveils New Measures for the Harbour\n\nSubsidies for dredging will be extended to the river ports\n\n2024-03-05 10:30\n\nHARBOUR CITY, March 5 -- The port council will extend subsidies for dredging to the river ports, it said on Tuesday.\n").as_deref(),
        Some("Port Council Unveils New Measures for the Harbour")
    );
    // A section's heading under a chapter's title is no author.
    let doc = tifa::parse(
        "Chapter 3\nBuilding the Harbour's Channels\n\nAdvanced Dredging\n\nThe port will upgrade its dredging fleet and plan ahead for the channels.\n\nThe share of the river ports will be kept stable.\n",
    );
    assert_eq!(doc.metadata().author, None);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Building the Harbour's Channels")
    );
    // A deck whose later slides print their titles after the marker: the first slide is
    // its marker and title, and a later slide's dates do not date the deck.
    let doc = tifa::parse(
        "Slide 1\nThe Harbour and the Channels\nHarbour Research Team\n\nSlide 2: Timeline\nDredging began on 4 February 2025\nThe second channel opened on 10 February 2025\n\nSlide 3: Outlook\nTraffic is expected to grow\n",
    );
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("The Harbour and the Channels")
    );
    assert_eq!(doc.metadata().date, None);
    // A newspaper page's header: the date is on its first line, so the second line's
    // margin names no author.
    let doc = tifa::parse(
        "HARBOUR DAILY                                        Tuesday, 11 March 2025\nPage 3                                             Port Affairs\n\nCouncil Reviews Draft Channel Law\n\nThe council on Monday began reviewing the draft law on the channels.\n",
    );
    assert_eq!(doc.metadata().author, None);
}

#[test]
fn a_news_database_record_with_its_section_first_and_a_byline() {
    let text = "SE   Port News\nHD   Port council sets out plan for the harbour\nBY   By Li Wen and Zhou Ming\nWC   312 words\nPD   12 November 2013\nSN   Port News Agency\nLA   English\nLP   HARBOUR CITY -- The port council on Tuesday adopted a plan for the harbour channels.\n\nTD   The plan sets three tasks for the coming years.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Port council sets out plan for the harbour")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2013-11-12"));
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert_eq!(
        credits,
        [("By", "Li Wen and Zhou Ming"), ("SN", "Port News Agency")]
    );
    // Under the database's own page lines, its codes set apart by tabs.
    let paged = format!(
        "Factiva\nSearch Results | Article 3 of 17 | Previous | Next\n\n{}",
        text.replace("   ", "\t")
    );
    let doc = tifa::parse(&paged);
    assert_eq!(
        doc.metadata().title.as_deref(),
        Some("Port council sets out plan for the harbour")
    );
    assert_eq!(
        doc.metadata().date.map(|d| d.to_string()).as_deref(),
        Some("2013-11-12")
    );
    // Three lines above the fields are no database's page: no record.
    let far = format!("Factiva\n\nSearch Results\n\nArticle 3 of 17\n\n{text}");
    assert_ne!(
        tifa::parse(&far).metadata().title.as_deref(),
        Some("Port council sets out plan for the harbour")
    );
}

#[test]
fn a_web_page_printed_to_pdf_from_a_browser() {
    // The browser's header opens each page; its footer holds the address and the page.
    let text = "1/19/23, 4:32 PM                          Full Text: The Port's Green Plan\n\nIII. Developing the Channels\n\nThe port council upholds the principle of green development and speeds up the dredging of\nthe channels. By retiring old dredgers and building new ones it has formed a fleet that\n\nenglish.example.cn/archive/plan/202301/19/content.html            7/14\n\u{c}1/19/23, 4:32 PM                          Full Text: The Port's Green Plan\n\ncan clear every channel in a season.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(m.title.as_deref(), Some("The Port's Green Plan"));
    assert_eq!(m.kicker.as_deref(), Some("Full Text:"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2023-01-19"));
    // The second page's header is furniture, not a heading of the text; the section's
    // heading stays the text's.
    assert!(
        doc.sections()
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter(|b| b.text.contains("4:32 PM"))
            .all(|b| b.kind == tifa::BlockKind::Chrome)
    );
    assert!(doc.sections().iter().any(|s| {
        s.heading
            .as_ref()
            .is_some_and(|h| h.text == "III. Developing the Channels")
    }));
    // A page that prints its own headline and stamp under the browser's header: those are
    // the text's, and the day of printing is not its date.
    let page = "8/12/22, 4:15 PM                 Full text: The Port's Green Plan - Port News | news.example.cn

Port News | news.example.cn

Full text: The Port's Green Plan

Source: Port News
Editor: huaxia
2022-08-10 11:03:25

HARBOUR CITY, Aug. 10 -- The port council on Wednesday published its green plan for the harbour channels.
";
    let doc = tifa::parse(page);
    let m = doc.metadata();
    assert_eq!(m.title.as_deref(), Some("The Port's Green Plan"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2022-08-10"));
}

#[test]
fn a_research_note_wrapped_at_its_width_with_authors_in_columns() {
    // The running header's second line sets its parts apart by a bar; the authors stand
    // side by side; a bullet's wrapped lines hang under its text.
    let text = "Harbour Pacific Securities                                         Port Economics\nEconomics Research | Macro Flash                                          13 December 2024\n\n\nPorts: the council's plan is back, and dredging moves to the top of the\ntask list\n\nAnna Berg                                     Tom Reyes\nChief Economist, Port Markets                 Economist\n\nKey takeaways\n\n  •  The port council, which met in the capital on 11-12 December, confirmed the shift\n     flagged in its November notice: the channels come first and the ferries second.\n  •  Dredging heads the list of nine tasks for the coming year. The ferries were second\n     on the list last year, behind the building of the pilot ports in the north.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Ports: the council's plan is back, and dredging moves to the top of the\ntask list")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-12-13"));
    let authors: Vec<&str> = doc.credits().iter().map(|c| &*c.name).collect();
    assert_eq!(authors, ["Anna Berg", "Tom Reyes"]);
    let items: Vec<usize> = doc.enumerations().iter().map(|e| e.items.len()).collect();
    assert_eq!(items, [2]);
    // Names over lines that are not in the same columns are no authors' block.
    let other = text.replace(
        "Chief Economist, Port Markets                 Economist\n",
        "Chief Economist at the port's markets desk since 2019.\n",
    );
    let doc = tifa::parse(&other);
    assert!(doc.credits().is_empty(), "{:?}", doc.credits());
}

#[test]
fn a_slide_export_under_its_banner_line() {
    let text = "PORT 101 Harbours Today - Week 5 - slides (exported, text only)\n\nSlide 1\nThe Port Congress: reading the council's report\nDr. A. Whitfield\nDepartment of Port Studies\n14 March 2013\n\nSlide 2\nThe report\n• Delivered on 8 November 2012\n• Full title: \"Dredge on\"\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("The Port Congress: reading the council's report")
    );
    assert_eq!(m.author.as_deref(), Some("Dr. A. Whitfield"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2013-03-14"));
    // Two lines above the marker are no banner: the deck's rule does not apply.
    let two = text.replace(
        "PORT 101 Harbours Today - Week 5 - slides (exported, text only)\n",
        "PORT 101 Harbours Today\nWeek 5 - slides (exported, text only)\n",
    );
    let doc = tifa::parse(&two);
    assert_ne!(
        doc.metadata().title.as_deref(),
        Some("The Port Congress: reading the council's report")
    );
}

#[test]
fn a_lexisnexis_record_with_its_labelled_fields() {
    let text = "                               3 of 41 DOCUMENTS\n\n\n                   Copyright 2014 Port News Agency\n                          All Rights Reserved\n\n                      Port General News Service\n\n                 November 29, 2014 Saturday 5:04 PM EST\n\nSECTION: WORLD NEWS; Ports\n\nLENGTH: 507 words\n\nHEADLINE: Council eyes more channels for the harbour's growth\n\nBYLINE: Li Wen\n\nDATELINE: HARBOUR CITY, Nov. 29\n\nBODY:\n\n The port council has called for more channels for the harbour, it said on Saturday.\n\n The council met in the capital from Friday to Saturday.\n\nLOAD-DATE: November 30, 2014\n\nLANGUAGE: ENGLISH\n\n                               4 of 41 DOCUMENTS\n\nHEADLINE: Another record\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Council eyes more channels for the harbour's growth")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2014-11-29"));
    assert_eq!(m.author.as_deref(), Some("Li Wen"));
    assert_eq!(m.publisher.as_deref(), Some("Port General News Service"));
    // The copyright's holder is a credit beside the source.
    let credits: Vec<(&str, &str)> = doc
        .credits()
        .iter()
        .map(|c| (&*c.label, &*c.name))
        .collect();
    assert_eq!(
        credits,
        [
            ("Copyright", "Port News Agency"),
            ("", "Port General News Service"),
            ("", "Li Wen")
        ]
    );
    let back: Vec<&str> = doc.back_matter().iter().map(|b| &*b.text).collect();
    assert_eq!(
        back,
        [
            "LOAD-DATE: November 30, 2014",
            "LANGUAGE: ENGLISH",
            "4 of 41 DOCUMENTS",
            "HEADLINE: Another record"
        ]
    );
    // A counter that does not open the text is no record's.
    let other = format!("Port council notes\n\n{text}");
    assert_eq!(
        tifa::parse(&other).metadata().title.as_deref(),
        Some("Port council notes")
    );
}

#[test]
fn a_forwarded_newsletter_under_its_dated_masthead() {
    // The forwarded message's own date dates the text, not the day it was forwarded; the
    // newsletter's dated masthead, its button and its section's label stand over the
    // article's headline and byline.
    let text = "From: Ana Costa\nSent: Friday, May 2, 2025 9:14 AM\nTo: Port Desk\nSubject: FW: Port Evening Brief: council adopts channel law\n\nTeam,\n\nForwarding the write-up of the channel law. Please read before Tuesday.\n\nThanks,\nAna\n\n-----Original Message-----\nFrom: Port Times Newsletter\nSent: Wednesday, April 30, 2025 10:02 PM\nTo: Costa, Ana\nSubject: Port Evening Brief: council adopts channel law\n\nPORT TIMES | EVENING BRIEF | April 30, 2025\nView in browser\n\nPORTS > POLICY\n\nCouncil adopts landmark law on the harbour's channels, the first of its kind\n\nBy Port Times\nPublished: Apr 30, 2025 09:41 PM\n\nThe port council on Wednesday adopted the law on the harbour's channels.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Council adopts landmark law on the harbour's channels, the first of its kind")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-04-30"));
    // Not forwarded (a reply's chain has no `FW:`): the email's own date stays.
    let reply = text.replace("Subject: FW: Port", "Subject: RE: Port");
    let doc = tifa::parse(&reply);
    assert_eq!(
        doc.metadata().date.map(|d| d.to_string()).as_deref(),
        Some("2025-05-02")
    );
}

#[test]
fn near_misses_of_the_eighth_days_later_rules() {
    let meta = |t: &str| {
        let doc = tifa::parse(t);
        let m = doc.metadata();
        (
            m.title.as_deref().map(str::to_owned),
            m.date.map(|d| d.to_string()),
            m.author.as_deref().map(str::to_owned),
        )
    };
    // A browser's title that is only the site's name: the page's own headline and stamp.
    let (title, date, _) = meta(
        "3/6/24, 9:12 AM          Ministry of Port Affairs of the Harbour State\n\nHome > News\n\nPort Minister Holds Talks with Visiting Harbour Delegation\n\n2024-03-05 18:20\n\nOn March 5, the port minister held talks with the visiting delegation in the capital.\n",
    );
    assert_eq!(
        title.as_deref(),
        Some("Port Minister Holds Talks with Visiting Harbour Delegation")
    );
    assert_eq!(date.as_deref(), Some("2024-03-05"));
    // A section printed alone whose heading shares common words with the browser's
    // title; the site's short name after ` - ` is cut off.
    let (title, _, _) = meta(
        "1/19/23, 4:32 PM          Full Text: The Harbour's Green Ports in the New Era - Port Times\n\nII. Building Green Ports for the New Era\n\nThe harbour speeds up the building of green ports and the dredging of its channels.\n",
    );
    assert_eq!(
        title.as_deref(),
        Some("The Harbour's Green Ports in the New Era")
    );
    // A row of two headings in columns names no authors.
    let doc = tifa::parse(
        "Harbour Bank                                        Global Research\nPort Economics                                        22 July 2024\n\nPorts: the council's long to-do list\n\nExecutive Summary                             Market Impact\n\nThe port council met on 15-18 July and adopted a plan for the harbour channels.\n",
    );
    assert!(doc.credits().is_empty(), "{:?}", doc.credits());
    // A status word at the end of a note-taker's line is no author.
    let (_, date, author) = meta(
        "# Port council plan: my notes\n\n_last edited 2024-03-05 · shared with the team · DRAFT_\n\n## Summary\n\nThe plan sets three tasks.\n",
    );
    assert_eq!((date.as_deref(), author), (Some("2024-03-05"), None));
    // A translator with an institution in brackets is still a translator.
    let doc = tifa::parse(
        "Port Council Adopts Plan on the Channels\n\nTranslation: Anna Berg (Harbour University)\n\nThe port council adopted a plan for the channels on Tuesday.\n",
    );
    assert_eq!(
        doc.credits().first().map(|c| (c.role, &*c.name)),
        Some((
            tifa::CreditRole::Translator,
            "Anna Berg (Harbour University)"
        ))
    );
    // A LexisNexis record whose headline has no label.
    let (title, _, _) = meta(
        "                               7 of 112 DOCUMENTS\n\n                      Port Daily\n\n                 March 6, 2024 Wednesday\n\nCoastal plan opens berths to private capital\n\nBYLINE: Li Wen\n\nSECTION: PORTS\n\nBODY:\n\n The port council opened its berths to private capital on Tuesday.\n",
    );
    assert_eq!(
        title.as_deref(),
        Some("Coastal plan opens berths to private capital")
    );
}

#[test]
fn ninth_days_shapes_on_written_text() {
    let title = |t: &str| {
        tifa::parse(t)
            .metadata()
            .title
            .as_deref()
            .map(str::to_owned)
    };
    // A headline in capitals over a standfirst in sentence case, a venue and a date, as a
    // transcript sets its header.
    let t = "HARBOUR MINISTER MEETS THE PRESS\nPress conference after the closing meeting of the port council's annual session\nHarbour Hall, Port City\nThursday, 28 May 2020\n\nThe minister answered questions on the channels for two hours.\n";
    assert_eq!(
        title(t).as_deref(),
        Some("HARBOUR MINISTER MEETS THE PRESS")
    );
    // A masthead in capitals, however long, and a menu in capitals stay furniture.
    for t in [
        "MINISTRY OF PORT AFFAIRS OF THE HARBOUR STATE\nPress conference after the closing meeting of the port council's annual session\nHarbour Hall, Port City\nThursday, 28 May 2020\n\nThe minister answered questions on the channels for two hours.\n",
        "HOME  PORTS  CHANNELS  SHIPPING  PHOTOS\nPress conference after the closing meeting of the port council's annual session\nHarbour Hall, Port City\nThursday, 28 May 2020\n\nThe minister answered questions on the channels for two hours.\n",
    ] {
        assert_eq!(
            title(t).as_deref(),
            Some("Press conference after the closing meeting of the port council's annual session"),
            "{t}"
        );
    }
}

#[test]
fn a_ministrys_page_with_its_date_at_the_end() {
    // A menu of eight entries past 100 bytes, a trail from `Home` ending in the page's
    // long title, the headline; the date alone under the text, over the page's buttons,
    // copyright and contact footer.
    let page = "Ministry of Port Affairs of the Harbour State\nHome | Ministry | Port Minister | Spokesperson's Remarks | Ports & Channels | Topics | Press and Media Service | Shipping Affairs\n\nHome > Topics > Port Minister's Visits to the Northern Harbours, the Delta Ports and Meeting with the River Council\n\nPort Minister's Remarks on the Results of the Meeting with the River Council\n\nOn June 7, 2013, the port minister met the river council at the delta.\n\nThe two sides agreed to dredge the channels together.\n\nThe minister said that the talks were candid, friendly and in depth, and that the two sides had held more than eight hours of talks.\n\nOn the northern harbours, the two sides agreed to share their charts and to meet again in the autumn.\n\nOn the delta ports, the council said it would lower its fees for the ships of the harbour.\n\nThe minister also briefed the council on the harbour's plan for the channels.\n\n2013/06/09\n\nSuggest to a friend   Print\n\nCopyright © 1998-2013 Ministry of Port Affairs. All rights reserved.\nAddress: No. 2, Harbour Road, Port City, 100701 Tel: 86-10-65961114\n";
    let doc = tifa::parse(page);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Port Minister's Remarks on the Results of the Meeting with the River Council")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2013-06-09"));
    let back: Vec<&str> = doc.back_matter().iter().map(|b| b.text.as_ref()).collect();
    assert_eq!(
        back,
        [
            "2013/06/09",
            "Suggest to a friend   Print",
            "Copyright © 1998-2013 Ministry of Port Affairs. All rights reserved.",
            "Address: No. 2, Harbour Road, Port City, 100701 Tel: 86-10-65961114"
        ]
    );
    // A date alone with a paragraph after it is no closing stamp; a trail whose first
    // steps are long is no trail; an address without a telephone is text.
    let page = page
        .replace(
            "2013/06/09\n\n",
            "2013/06/09\n\nAddress: the minister's address to the council was brief.\n\n",
        )
        .replace(
            "Home > Topics >",
            "Home > The Ministry of Port Affairs and Its Many Departments >",
        );
    let doc = tifa::parse(&page);
    assert_eq!(doc.metadata().date, None);
    let blocks = doc
        .blocks()
        .iter()
        .map(|b| (b.kind, b.text.as_ref()))
        .collect::<Vec<_>>();
    assert!(
        blocks.contains(&(
            tifa::BlockKind::Paragraph,
            "Address: the minister's address to the council was brief."
        )),
        "{blocks:?}"
    );
}

#[test]
fn a_government_press_release_with_its_wire_furniture() {
    // Font and print buttons over the headline, the headline underlined with stars, and
    // the release's `Ends/` line, time of issue, end marker and footer under the text.
    let page = "HarbourGov  港府一站通  |  繁體版  |  简体版\nPress Releases\n\nText Size   A  A  A    Print this page    Email this article\n\nPort chief welcomes council decision on the channels\n****************************************************\n\n     The Port Chief, Mrs Anna Berg, today (March 11) issued the following statement:\n\n     The port government fully supports the decision of the council on dredging the channels.\n\n     The decision is another significant move to improve the harbour's ports.\n\nEnds/Thursday, March 11, 2021\nIssued at HKT 18:42\n\nNNNN\n\nToday's Press Releases\n\nBack to top\n2021 | Important notices | Privacy Policy\n";
    let doc = tifa::parse(page);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Port chief welcomes council decision on the channels")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2021-03-11"));
    let back: Vec<(tifa::BlockKind, &str)> = doc
        .back_matter()
        .iter()
        .map(|b| (b.kind, b.text.as_ref()))
        .collect();
    use tifa::BlockKind::{Byline, Chrome};
    assert_eq!(
        back,
        [
            (Byline, "Ends/Thursday, March 11, 2021"),
            (Chrome, "Issued at HKT 18:42"),
            (Chrome, "NNNN"),
            (Chrome, "Today's Press Releases"),
            (Chrome, "Back to top"),
            (Chrome, "2021 | Important notices | Privacy Policy"),
        ]
    );
    // `Ends` in a sentence is no stamp; a year inside a row of entries is no footer.
    let doc = tifa::parse(
        "Port chief welcomes council decision\n\nThe port government supports the decision.\n\nThe work ends/starts on March 11, 2021, the council said.\n\nPorts | 2021 | Channels\n",
    );
    assert_eq!(doc.metadata().date, None);
    assert!(doc.back_matter().is_empty(), "{:?}", doc.back_matter());
}

#[test]
fn a_document_of_a_collection_copied_from_its_pdf() {
    // The book's running header with its page number opens the copy; the document's
    // label, its title wrapped over two lines and its adoption note in brackets.
    let text = "56                                              HARBOUR DOCUMENTS IN ENGLISH, 2016\n\nDocument 9\n\nCommuniqué of the Sixth Plenary Session of the Port Council of\nthe Harbour State and Its Delta Provinces\n(Adopted on October 27, 2016)\n\nThe sixth plenary session of the port council was held in the capital from October 24 to\n27, 2016, and was attended by the members of the council and the heads of the harbours.\n\nCommuniqué of the Sixth Plenary Session of the Port Council          57\n\nThe session stressed that the harbours should dredge their channels and share their\ncharts, and that the council should meet again in the spring of the next year.\n\n58                                              HARBOUR DOCUMENTS IN ENGLISH, 2016\n\nThe session called on all the harbours to unite closely around the port council.\n";
    let doc = tifa::parse(text);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Communiqué of the Sixth Plenary Session of the Port Council of\nthe Harbour State and Its Delta Provinces"
        )
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2016-10-27"));
    // A running header without a page number on its line may be the cover's title.
    let text = "Green Ports of the Harbour\n\nPort Council of the Harbour State\n\nOctober 2021\n\nThe harbour has built green ports along its channels for ten years, and it has dredged\nthe channels of the delta and the northern harbours in that time, the council said.\n\n2\n\nGreen Ports of the Harbour\n\nThe ports share their charts and lower their fees for the ships of the harbour, and\nthe council will meet again in the spring of the next year to review the work.\n\n3\n\nGreen Ports of the Harbour\n\nThe council called on the harbours to unite closely.\n";
    assert_eq!(
        tifa::parse(text).metadata().title.as_deref(),
        Some("Green Ports of the Harbour")
    );
}

#[test]
fn a_sites_date_line_over_the_page() {
    // The site's date line opens the page, over the outlet's name and menus; the
    // headline stands over the article's own stamp.
    let page = "Wednesday, December 30, 2020\nHarbour Daily Online\nHome | China | World | Business | Ports | Society\nSearch\nHome>>Harbour Politics\n\nPort chief stresses dredging the channels, advancing the delta ports\n\n(Harbour News)    08:37, December 30, 2020\n\nPORT CITY, Dec. 29 (Harbour News) -- The port chief has called for efforts to dredge the channels of the delta.\n\nThe chief made the remarks at the port work conference held Monday and Tuesday.\n";
    let doc = tifa::parse(page);
    let m = doc.metadata();
    assert_eq!(
        m.title.as_deref(),
        Some("Port chief stresses dredging the channels, advancing the delta ports")
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2020-12-30"));
    // A page that opens with its date alone: the headline under it, over the first
    // paragraph (rule `headline_under_masthead`).
    let page = "Updated: December 30, 2020\n\nPort chief stresses dredging the channels\n\nThe port chief has called for efforts to dredge the channels of the delta.\n\nThe chief made the remarks at the port work conference held Monday and Tuesday.\n";
    assert_eq!(
        tifa::parse(page).metadata().title.as_deref(),
        Some("Port chief stresses dredging the channels")
    );
    // Under the date, a line over a short line or a list is no headline.
    for page in [
        "Updated: December 30, 2020\n\nPort chief stresses dredging the channels\n\nMore below\n\nThe chief made the remarks at the port work conference held Monday and Tuesday.\n",
        "December 30, 2020\n\nTasks for the ports in the year\n\n1. Dredge the channels.\n\n2. Share the charts.\n",
    ] {
        assert_eq!(tifa::parse(page).metadata().title, None, "{page}");
    }
}

#[test]
fn a_translations_headline_over_its_credits_and_tagline() {
    let title = |t: &str| {
        tifa::parse(t)
            .metadata()
            .title
            .as_deref()
            .map(str::to_owned)
    };
    // The headline, its original in Chinese, the credit lines, the project's tagline and
    // the posting date: the headline is the title, however long.
    let text = "Harbour Provincial Port Committee Holds Enlarged Meeting to Relay and Study the Port Chief's Important Speech at the Meeting Marking the 40th Anniversary of the Opening of the Delta Channels to All Ships\n\n港口委员会召开扩大会议\n\nOriginal source: Harbour Daily, 4 January 2019, p. 1\nTranslation: Anna Berg\nReviewed by: Tom Reyes\nHarbour Texts Project — volunteer translations of provincial documents on the ports\nPosted: 14 January 2019\n\nOn the afternoon of 3 January, the committee held an enlarged meeting on the channels.\n\nThe meeting held that the speech is a programmatic document for the work of the ports.\n";
    assert_eq!(
        title(text).as_deref(),
        Some(
            "Harbour Provincial Port Committee Holds Enlarged Meeting to Relay and Study the Port Chief's Important Speech at the Meeting Marking the 40th Anniversary of the Opening of the Delta Channels to All Ships"
        )
    );
    // Over a single credit line, the line over the stamp is the headline still.
    let text = "Harbour Daily Online | Home\n\nTranslation: Anna Berg\nPort Committee Holds Enlarged Meeting on the Channels\nPosted: 14 January 2019\n\nOn the afternoon of 3 January, the committee held an enlarged meeting on the channels.\n\nThe meeting held that the speech is a programmatic document for the work of the ports.\n";
    assert_eq!(
        title(text).as_deref(),
        Some("Port Committee Holds Enlarged Meeting on the Channels")
    );
}

#[test]
fn a_newsletters_subject_names_its_lead_story() {
    let meta = |t: &str| {
        let doc = tifa::parse(t);
        let m = doc.metadata();
        (
            m.title.as_deref().map(str::to_owned),
            m.kicker.as_deref().map(str::to_owned),
        )
    };
    let mail = |subject: &str| {
        format!(
            "From: Harbour Policy Brief <digest@harbour.example>\nTo: subscribers@harbour.example\nDate: Fri, 28 Jun 2024 17:05:11 +0800\nSubject: {subject}\n\nThe port council met on Monday and set a date for the channels.\n\nThe council will meet again in the spring.\n"
        )
    };
    assert_eq!(
        meta(&mail(
            "[HPB Weekly #214] Council sets 2035 date for the channels | Delta ports | fees law"
        )),
        (
            Some("Council sets 2035 date for the channels".to_owned()),
            Some("HPB Weekly #214".to_owned())
        )
    );
    // Without a tag, or without stories set apart by bars, the subject is the title.
    assert_eq!(
        meta(&mail(
            "Council sets 2035 date for the channels | Delta ports"
        ))
        .0
        .as_deref(),
        Some("Council sets 2035 date for the channels | Delta ports")
    );
    assert_eq!(
        meta(&mail(
            "[HPB Weekly #214] Council sets 2035 date for the channels"
        ))
        .0
        .as_deref(),
        Some("[HPB Weekly #214] Council sets 2035 date for the channels")
    );
}

#[test]
fn a_research_notes_header_dated_at_the_margin() {
    let meta = |t: &str| {
        let doc = tifa::parse(t);
        let m = doc.metadata();
        (
            m.title.as_deref().map(str::to_owned),
            m.date.map(|d| d.to_string()),
        )
    };
    // The bank's running header with the date at the right margin, on one line; the
    // section's label; the headline.
    let note = "Harbour Bank | Global Research                                  13 December 2024\n\nPort Economics | Delta\n\nPort council 2024: \"More dredging\", \"lower fees\" — now the numbers\n\nThe port council met on 11-12 December and confirmed the plan for the channels.\n\nThe council will meet again in the spring of the next year.\n";
    assert_eq!(
        meta(note),
        (
            Some(
                "Port council 2024: \"More dredging\", \"lower fees\" — now the numbers".to_owned()
            ),
            Some("2024-12-13".to_owned())
        )
    );
    // A sentence with a wide gap before a date is no header.
    let text = "Port council sets the plan for the channels\n\nThe council met on the delta      13 December 2024\n\nThe council will meet again in the spring of the next year.\n";
    assert_eq!(meta(text).1, None);
}

#[test]
fn a_page_copied_from_a_browsers_reader_view() {
    // The site's address, the headline, the author, the reading time; the page's line of
    // source, update and issue.
    let page = "en.harbourjournal.example\nSpeech at the Meeting on the Harbour's Channels\nAnna Berg\n5–6 minutes\n\nSource: Harbour Journal English Edition | Updated: 2023-11-22 | 2023 Issue No. 17\n\nThe harbour, with its long history, is the only great port of the delta that has kept its channels open.\n\nThe harbour has several prominent features, and the first is its continuity.\n";
    let doc = tifa::parse(page);
    let m = doc.metadata();
    assert_eq!(
        (
            m.title.as_deref(),
            m.date.map(|d| d.to_string()).as_deref(),
            m.author.as_deref(),
            m.publisher.as_deref()
        ),
        (
            Some("Speech at the Meeting on the Harbour's Channels"),
            Some("2023-11-22"),
            Some("Anna Berg"),
            Some("Harbour Journal English Edition")
        )
    );
    // A reading time needs its unit alone; an address needs a dot and a domain.
    let doc = tifa::parse(
        "The Ports of the Delta Observe a Silence\n\n5 minutes of silence\n\nharbour journal\n\nThe ports observed five minutes of silence on Monday.\n",
    );
    let chrome: Vec<&str> = doc
        .blocks()
        .iter()
        .filter(|b| b.kind == tifa::BlockKind::Chrome)
        .map(|b| b.text.as_ref())
        .collect();
    assert!(chrome.is_empty(), "{chrome:?}");
}

#[test]
fn a_white_papers_section_copied_under_its_title() {
    let title = |t: &str| {
        tifa::parse(t)
            .metadata()
            .title
            .as_deref()
            .map(str::to_owned)
    };
    // The white paper's short title over the numbered heading of the section copied.
    let text = "The Harbour's Port Strategy\n\nII. Missions and Strategic Tasks of the Harbour's Ports\n\nThe harbour's strategic goal is to complete the dredging of its channels by 2021, when\nthe port council marks its centenary, and to build modern ports by 2049.\n\nIn the new period, the ports will share their charts and lower their fees.\n";
    assert_eq!(title(text).as_deref(), Some("The Harbour's Port Strategy"));
    // A one-word label over a numbered heading stays a label.
    let text = "Ports\n\nII. Missions and Strategic Tasks of the Harbour's Ports\n\nThe harbour's strategic goal is to complete the dredging of its channels by 2021, when\nthe port council marks its centenary, and to build modern ports by 2049.\n";
    assert_ne!(title(text).as_deref(), Some("Ports"));
}

#[test]
fn a_notes_title_as_its_heading_prints_it() {
    let title = |t: &str| {
        tifa::parse(t)
            .metadata()
            .title
            .as_deref()
            .map(str::to_owned)
    };
    // Front matter gives the title with single quotes inside its double ones; the heading
    // prints double quotes.
    let note = "---\ntitle: \"Port council, 9 Dec 2024: 'lower fees' arrives\"\ntags: [ports]\n---\n\n# Port council, 9 Dec 2024: \"lower fees\" arrives\n\nThe council moved the fees from \"prudent\" to \"lower\".\n";
    assert_eq!(
        title(note).as_deref(),
        Some("Port council, 9 Dec 2024: \"lower fees\" arrives")
    );
    // A heading that says something else leaves the front matter's title.
    let note = "---\ntitle: \"Port council, 9 Dec 2024: 'lower fees' arrives\"\ntags: [ports]\n---\n\n# Notes on the meeting\n\nThe council moved the fees from \"prudent\" to \"lower\".\n";
    assert_eq!(
        title(note).as_deref(),
        Some("Port council, 9 Dec 2024: 'lower fees' arrives")
    );
}

#[test]
fn near_misses_of_the_ninth_days_rules_stay_text() {
    let meta = |t: &str| {
        let doc = tifa::parse(t);
        let m = doc.metadata();
        (
            m.title.as_deref().map(str::to_owned),
            m.author.as_deref().map(str::to_owned),
        )
    };
    // A kicker in capitals right over a headline and its stamp stays furniture.
    assert_eq!(
        meta("BELT AND ROAD AT TEN YEARS\n\nPort council approves new harbour dues for coastal shipping\n\n2024-03-03 10:00  Source: Harbour Daily\n\nNINGBO, March 3 -- The municipal port council on Sunday approved a new schedule of harbour dues for coastal shipping lines.\n\nThe council said the dues would take effect in May.\n").0.as_deref(),
        Some("Port council approves new harbour dues for coastal shipping")
    );
    // A tagline over two credit lines, with no original in Chinese, is no headline.
    assert_eq!(
        meta("Ningbo Harbour Daily Online: News of the Port and the Coast\n\nReporter: Li Ming\n\nEditor: Wang Fang\n\nPort council approves new harbour dues for coastal lines\n\n2025-03-03 10:00\n\nThe municipal port council on Monday approved a new schedule of harbour dues for coastal shipping lines, the first change in a decade.\n\nThe council said the dues would take effect in May, after a month of consultation with the lines.\n").0.as_deref(),
        Some("Port council approves new harbour dues for coastal lines")
    );
    // A date at the top over a headline and a paragraph: a later stamp's headline does
    // not take the title, and the first paragraph is no furniture.
    let doc = tifa::parse(
        "March 3, 2025\n\nPort council approves new harbour dues\n\nThe municipal port council on Monday approved a new schedule of harbour dues for coastal lines, its first change in a decade.\n\nPilots welcome decision\n\nUpdated: March 4, 2025\n\nThe pilots association said it welcomed the decision and would meet the council in April.\n",
    );
    assert_ne!(
        doc.metadata().title.as_deref(),
        Some("Pilots welcome decision")
    );
    assert!(
        doc.blocks()
            .iter()
            .all(|b| b.kind != tifa::BlockKind::Chrome),
        "{:?}",
        doc.blocks()
    );
    // A short headline under an issue line is no section label.
    assert_eq!(meta("HARBOUR REVIEW | Issue 187 | Monday, 3 March 2025\n\nPort Dues Rise\n\nWhat the council's new schedule means for the coastal lines\n\nBy Li Ming\n\nThe municipal port council on Monday approved a new schedule of harbour dues for coastal shipping lines, its first change in a decade.\n\nThe council said the dues would take effect in May.\n").0.as_deref(), Some("Port Dues Rise"));
    // A numbered heading under a short title is no author.
    assert_eq!(
        meta(
            "China's Harbour Strategy\n\nII. Coastal Defence and Port Security\n\nThe council reviewed the dues charged to coastal lines and agreed to cut them by a tenth.\n\nIII. Berth Planning\n\nThe council approved a plan for twelve new berths.\n"
        ),
        (Some("China's Harbour Strategy".to_owned()), None)
    );
    // Bare numbers over headings' words are numbered headings, not items.
    let doc = tifa::parse(
        "Harbour council report\n\n1  Introduction\n\nThe council met on Monday to review the berth plan for the coming year and approved it.\n\n2  Findings\n\nThe council found that dues were too high for small lines and agreed to cut them.\n",
    );
    let headings: Vec<&str> = doc
        .sections()
        .iter()
        .filter_map(|s| s.heading.as_ref().map(|h| h.text.as_ref()))
        .collect();
    assert_eq!(headings, ["1  Introduction", "2  Findings"]);
    // A place under the date is no author.
    assert_eq!(meta("Port council approves new harbour dues\n\nMarch 3, 2025\n\nHong Kong\n\nThe Marine Department said on Monday that the new schedule of harbour dues for river trade vessels would take effect in May.\n\nThe dues were last changed in 2015.\n").1, None);
    // An organisation or topics under a field's label are no persons.
    assert!(tifa::parse("Harbour Forum 2025 opens in Ningbo\n\nHost:\nNingbo Port Council\n\nSpeakers:\nHarbour Economics, Shipping Finance and Green Ports\n\nThe forum opened on Monday with three panels on the future of coastal shipping.\n").credits().is_empty());
    // A mail system's tag is no newsletter's.
    assert_eq!(
        meta("From: Li Ming <li.ming@harbour.example>\nTo: Port Council Members <council@harbour.example>\nDate: Mon, 3 Mar 2025 09:12:00 +0800\nSubject: [EXTERNAL] Minutes | Port Council meeting of 28 February\n\nDear members,\n\nPlease find below the minutes of the council's meeting of 28 February, at which the council approved the new harbour dues.\n\nLi Ming\n").0.as_deref(),
        Some("[EXTERNAL] Minutes | Port Council meeting of 28 February")
    );
    // Grades, descriptions of two parts and quoted headlines are no terms.
    for t in [
        "Harbour bonds keep their rating\n\nThe port authority said on Monday that its bonds kept the \"AA+\" grade from the agency, while the council's own notes were rated \"A+\" after the review.\n",
        "Port council meets shipping lines\n\nThe chairman said the talks were \"frank, friendly\", and described cargo volumes as \"up, then down\" over the year. He called the new berth \"big, busy and noisy\" and said the dues were \"too high, too fast\" for small lines.\n",
        "Port council meets shipping lines\n\nOn Monday the Harbour Daily ran the story \"Council Raises Dues, Lines Protest\" on its front page, and the council's spokesman, Li Ming, answered it on Tuesday.\n",
    ] {
        let doc = tifa::parse(t);
        assert!(doc.concepts().is_empty(), "{t}: {:?}", doc.concepts());
    }
}

#[test]
fn a_newsletters_contents_name_its_lead_story() {
    let title = |t: &str| {
        tifa::parse(t)
            .metadata()
            .title
            .as_deref()
            .map(str::to_owned)
    };
    let issue = "View this email in your browser\n\nTHE HARBOUR POLICY WEEKLY\nIssue 47 | 10 December 2012\nCurated by the Delta Ports Programme\n\nIn this issue\n* Port council sets eight rules on harbour dues\n* Channel conference: dates still unannounced\n\n--------------------------------------------------\n\nPORT COUNCIL SETS EIGHT RULES ON HARBOUR DUES\n\nThe port council met on 4 December and set eight rules on the dues of the harbour.\n\nCHANNEL CONFERENCE: DATES STILL UNANNOUNCED\n\nThe conference has not been dated yet.\n";
    assert_eq!(
        title(issue).as_deref(),
        Some("PORT COUNCIL SETS EIGHT RULES ON HARBOUR DUES")
    );
    // An email's subject stays its title.
    let mail = format!(
        "From: Harbour Weekly <news@harbour.example>\nDate: Mon, 10 Dec 2012 09:00:00 +0800\nSubject: Harbour Weekly No. 47 - dues and channels\n\n{}",
        issue
            .split_once("\n\nIn this issue")
            .map_or("", |(_, rest)| rest)
    );
    let mail = mail.replacen("\n* Port", "In this issue\n* Port", 1);
    assert_eq!(
        title(&mail).as_deref(),
        Some("Harbour Weekly No. 47 - dues and channels")
    );
}

#[test]
fn a_reports_contents_leave_its_title() {
    // A report's table of contents over its first chapter: the report's title stays.
    let text = "The Harbour's Green Ports in the New Era\n\nContents\n\n* Upholding the Council's Plan for the Ports\n* Dredging the Channels of the Delta\n\nUPHOLDING THE COUNCIL'S PLAN FOR THE PORTS\n\nThe council has upheld its plan for the ports for ten years, and it will go on.\n\nDREDGING THE CHANNELS OF THE DELTA\n\nThe channels of the delta were dredged in the spring.\n";
    assert_eq!(
        tifa::parse(text).metadata().title.as_deref(),
        Some("The Harbour's Green Ports in the New Era")
    );
}
