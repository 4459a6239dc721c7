//! Every fact the reference document's README lists, asserted one by one.

use tifa::{
    BlockKind, CreditRole, Document, EnumerationKind, MarkerKind, Modality, Severity, Strength,
};

pub(crate) fn line(doc: &Document<'_>, offset: usize) -> usize {
    doc.line_col(offset).unwrap().line
}

fn reference() -> Document<'static> {
    tifa::parse(tifa::REFERENCE_DOCUMENT)
}

#[test]
fn metadata() {
    let doc = reference();
    let m = doc.metadata();
    assert_eq!(m.kicker.as_deref(), Some("Highlight it!"));
    assert_eq!(
        m.title.as_deref(),
        Some("The main points of the Central Foreign Affairs Work Conference were sorted out")
    );
    assert_eq!(m.publisher.as_deref(), Some("Mondo Social"));
    assert_eq!(m.date.unwrap().to_string(), "2024-01-31");
    let meeting = m.meeting.as_ref().unwrap();
    assert_eq!(
        meeting.name.as_deref(),
        Some("Foreign Affairs Work Conference")
    );
    assert_eq!(meeting.place.as_deref(), Some("Beijing"));
    assert_eq!(meeting.start.unwrap().to_string(), "2023-12-27");
    assert_eq!(meeting.end.unwrap().to_string(), "2023-12-28");
    assert!(meeting.year_inferred);
    assert_eq!(line(&doc, meeting.span.start), 5);
}

#[test]
fn inferred_year_is_reported_not_silent() {
    let doc = reference();
    let d = doc
        .diagnostics()
        .iter()
        .find(|d| d.kind == tifa::DiagnosticKind::YearInferred)
        .unwrap();
    assert_eq!(d.severity, Severity::Info);
    assert_eq!(doc.text(d.span), Some("December 27-28"));
    assert_eq!((d.line, d.column), (5, 62));
    assert!(!doc.has_errors());
    assert!(
        doc.diagnostics()
            .iter()
            .all(|d| d.severity == Severity::Info)
    );
}

#[test]
fn front_and_back_matter() {
    let doc = reference();
    let front: Vec<(BlockKind, usize)> = doc
        .front_matter()
        .iter()
        .map(|b| (b.kind, line(&doc, b.span.start)))
        .collect();
    assert_eq!(
        front,
        vec![
            (BlockKind::Title, 1),
            (BlockKind::Byline, 3),
            (BlockKind::Lede, 5)
        ]
    );
    let back: Vec<(BlockKind, usize)> = doc
        .back_matter()
        .iter()
        .map(|b| (b.kind, line(&doc, b.span.start)))
        .collect();
    assert_eq!(
        back,
        vec![
            (BlockKind::Credit, 121),
            (BlockKind::Credit, 123),
            (BlockKind::Credit, 125),
            (BlockKind::Chrome, 127)
        ]
    );
}

#[test]
fn credits() {
    let doc = reference();
    let credits: Vec<(CreditRole, &str, &str, usize)> = doc
        .credits()
        .iter()
        .map(|c| (c.role, &*c.label, &*c.name, line(&doc, c.span.start)))
        .collect();
    assert_eq!(
        credits,
        vec![
            (CreditRole::Producer, "Producer", "Li Zhe", 121),
            (
                CreditRole::EditorInChief,
                "Editor-in-chief",
                "Ma Wenjia",
                121
            ),
            (CreditRole::Editor, "Edited by", "Ma Weilu", 123),
            (CreditRole::Proofreader, "Proofread by", "Gao Shaozhuo", 123),
            (
                CreditRole::EditorInCharge,
                "Editor in charge",
                "Jia Hongwei",
                125
            ),
        ]
    );
}

/// `(heading line, subtitle line, declared count, block lines, subsections)`.
#[derive(Debug, PartialEq)]
struct Outline(
    Option<usize>,
    Option<usize>,
    Option<u32>,
    Vec<usize>,
    Vec<Outline>,
);

fn outline(doc: &Document<'_>, s: &tifa::Section<'_>) -> Outline {
    Outline(
        s.heading.as_ref().map(|h| line(doc, h.span.start)),
        s.subtitle.as_ref().map(|h| line(doc, h.span.start)),
        s.declared_count,
        s.blocks.iter().map(|b| line(doc, b.span.start)).collect(),
        s.sections.iter().map(|c| outline(doc, c)).collect(),
    )
}

#[test]
fn sections_in_order() {
    let doc = reference();
    let got: Vec<Outline> = doc.sections().iter().map(|s| outline(&doc, s)).collect();
    let odd = |a: usize, b: usize| (a..=b).step_by(2).collect::<Vec<_>>();
    let want: Vec<Outline> = vec![
        Outline(Some(7), Some(9), Some(10), odd(11, 33), vec![]),
        Outline(Some(35), Some(37), Some(6), odd(39, 51), vec![]),
        Outline(Some(53), Some(55), None, vec![57, 59], vec![]),
        Outline(Some(61), Some(63), None, odd(65, 81), vec![]),
        Outline(
            Some(83),
            None,
            None,
            vec![87],
            vec![
                Outline(Some(89), None, None, vec![91, 93], vec![]),
                Outline(Some(95), None, None, vec![97, 99], vec![]),
            ],
        ),
        Outline(
            Some(101),
            Some(103),
            None,
            vec![],
            vec![
                Outline(Some(105), None, None, vec![107], vec![]),
                Outline(Some(109), None, None, vec![111, 113], vec![]),
                Outline(Some(115), None, None, vec![117, 119], vec![]),
            ],
        ),
    ];
    assert_eq!(got, want);
    let announced: Vec<usize> = doc.sections()[4]
        .announces
        .iter()
        .map(|h| line(&doc, h.span.start))
        .collect();
    assert_eq!(announced, vec![83, 85]);
    let headings: Vec<&str> = doc
        .sections()
        .iter()
        .map(|s| &*s.heading.as_ref().unwrap().text)
        .collect();
    assert_eq!(
        headings,
        vec![
            "Ten Achievements",
            "Six musts",
            "Major country diplomacy with Chinese characteristics in the new era",
            "Building a community with a shared future for mankind",
            "A multipolar world of equality and order",
            "The goal of creating a new situation in major-country diplomacy with Chinese characteristics is required",
        ]
    );
}

#[test]
fn ten_achievements() {
    let doc = reference();
    let e = &doc.enumerations()[0];
    assert_eq!(e.heading.as_ref().unwrap().text, "Ten Achievements");
    assert_eq!(e.kind, EnumerationKind::Achievements);
    assert_eq!(e.declared_count, Some(10));
    let markers: Vec<(u32, &str, usize)> = doc
        .achievements()
        .iter()
        .map(|a| {
            (
                a.ordinal,
                a.marker.as_deref().unwrap(),
                line(&doc, a.span.start),
            )
        })
        .collect();
    assert_eq!(
        markers,
        vec![
            (1, "First,", 13),
            (2, "Second,", 15),
            (3, "The third is to", 17),
            (4, "Fourth,", 19),
            (5, "Fifth,", 21),
            (6, "Sixth,", 23),
            (7, "Seventh,", 25),
            (8, "Eighth,", 27),
            (9, "Ninth,", 29),
            (10, "Ten is to", 31),
        ]
    );
    assert_eq!(
        doc.achievements()[2].text,
        "advocate the building of a community with a shared future for mankind, pointing out the right direction for the common development, long-term peace and stability of human society, and mutual learning among civilizations."
    );
    assert!(e.items.iter().all(|i| i.marker_kind == MarkerKind::Word));
    // Items 4, 5, 8 and 9 say `we should` / `it is necessary to`: still achievements.
    assert!(
        doc.obligations()
            .iter()
            .all(|o| !(13..=31).contains(&line(&doc, o.span.start)))
    );
}

#[test]
fn six_musts() {
    let doc = reference();
    let e = &doc.enumerations()[1];
    assert_eq!(e.heading.as_ref().unwrap().text, "Six musts");
    assert_eq!(e.kind, EnumerationKind::Principles);
    assert_eq!(e.declared_count, Some(6));
    assert_eq!(e.strength, Strength::Explicit);
    let principles: Vec<(u32, Option<Modality>, usize)> = doc
        .principles()
        .iter()
        .map(|p| (p.ordinal, p.modality, line(&doc, p.span.start)))
        .collect();
    use Modality::{Must, Necessary};
    assert_eq!(
        principles,
        vec![
            (1, Some(Must), 41),
            (2, Some(Must), 43),
            (3, Some(Necessary), 45),
            (4, Some(Must), 47),
            (5, Some(Must), 49),
            (6, Some(Necessary), 51),
        ]
    );
    assert!(
        doc.principles()[0]
            .text
            .starts_with("We must uphold principles")
    );
}

#[test]
fn clause_list_after_dash_lead() {
    let doc = reference();
    let e = &doc.enumerations()[2];
    assert_eq!(
        e.heading.as_ref().unwrap().text,
        "Building a community with a shared future for mankind is ——"
    );
    assert_eq!(line(&doc, e.heading.as_ref().unwrap().span.start), 69);
    assert_eq!(e.strength, Strength::Soft);
    let lines: Vec<usize> = e.items.iter().map(|i| line(&doc, i.span.start)).collect();
    assert_eq!(lines, vec![71, 73, 75, 77, 79, 81]);
    assert_eq!(doc.enumerations().len(), 3);
}

#[test]
fn obligations() {
    let doc = reference();
    let lines: Vec<(usize, &str)> = doc
        .obligations()
        .iter()
        .map(|o| (line(&doc, o.span.start), &*o.lead))
        .collect();
    assert_eq!(
        lines,
        vec![
            (41, "We must"),
            (43, "We must"),
            (45, "It is necessary to"),
            (47, "We must"),
            (49, "We must"),
            (51, "It is necessary to"),
            (99, "It is necessary to"),
            (107, "It is necessary to"),
            (113, "It is necessary to"),
            (117, "We must"),
            (119, "All regions and departments should"),
        ]
    );
}

/// An initiative as the test compares it: name, kind, acronym, known, lines of mentions.
type NamedThing<'a> = (&'a str, tifa::NameKind, Option<&'a str>, bool, Vec<usize>);

#[test]
fn initiatives_with_every_mention() {
    use tifa::NameKind::*;
    let doc = reference();
    let got: Vec<NamedThing<'_>> = doc
        .initiatives()
        .iter()
        .map(|i| {
            (
                &*i.name,
                i.kind,
                i.acronym.as_deref(),
                i.known,
                i.mentions.iter().map(|m| line(&doc, m.start)).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Central Conference on Work Relating to Foreign Affairs",
                Meeting,
                None,
                true,
                vec![1, 5]
            ),
            (
                "Communist Party of China",
                Organisation,
                Some("CPC"),
                true,
                vec![5]
            ),
            (
                "18th National Congress of the Communist Party of China",
                Meeting,
                None,
                true,
                vec![11]
            ),
            (
                "Belt and Road Initiative",
                Initiative,
                Some("BRI"),
                true,
                vec![25, 81]
            ),
            (
                "Global Development Initiative",
                Initiative,
                Some("GDI"),
                true,
                vec![79]
            ),
            (
                "Global Security Initiative",
                Initiative,
                Some("GSI"),
                true,
                vec![79]
            ),
            (
                "Global Civilization Initiative",
                Initiative,
                Some("GCI"),
                true,
                vec![79]
            ),
            (
                "Charter of the United Nations",
                Agreement,
                None,
                true,
                vec![93]
            ),
        ]
    );
    let belt = &doc.initiatives()[3];
    assert!(
        belt.mentions
            .iter()
            .all(|m| doc.text(*m) == Some("Belt and Road"))
    );
}

#[test]
fn concepts_with_every_mention() {
    let doc = reference();
    let lines = |name: &str| -> Vec<usize> {
        let c = doc
            .concepts()
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("{name} not found"));
        c.mentions.iter().map(|m| line(&doc, m.start)).collect()
    };
    assert_eq!(
        lines("community with a shared future for mankind"),
        vec![17, 61, 65, 67, 69, 107]
    );
    assert_eq!(
        lines("major-country diplomacy with Chinese characteristics"),
        vec![9, 13, 33, 37, 53, 59, 63, 65, 101, 107, 111]
    );
    // Leftmost-longest: line 87's `equal and orderly multipolar world` is a formulation of
    // its own.
    assert_eq!(lines("multipolar world"), vec![83, 89, 91]);
    assert_eq!(lines("equal and orderly multipolar world"), vec![87]);
    assert_eq!(
        lines("inclusive economic globalization"),
        vec![85, 87, 95, 97]
    );
    assert_eq!(
        lines("Chinese-style modernization"),
        vec![59, 105, 107, 111]
    );
    assert_eq!(lines("global governance"), vec![29, 73]);
    assert_eq!(lines("new type of international relations"), vec![77]);
    assert_eq!(lines("common values of all mankind"), vec![75]);
    assert_eq!(lines("true multilateralism"), vec![93]);
}

#[test]
fn strict_parse_accepts_the_reference() {
    assert!(tifa::parse_strict(tifa::REFERENCE_DOCUMENT).is_ok());
}
