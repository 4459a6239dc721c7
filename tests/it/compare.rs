//! Comparisons on real pairs, with the expected changes checked by hand.

use tifa::{Comparison, Document, EnumerationKind, Status};

fn corpus(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/corpus")
            .join(format!("{name}.txt")),
    )
    .unwrap()
}

fn names(v: &[tifa::NameSide<'_>]) -> Vec<(String, usize, usize)> {
    v.iter()
        .map(|n| (n.name.to_string(), n.mentions_a, n.mentions_b))
        .collect()
}

/// `(enumeration heading, ordinal, line)` of an item side.
fn at(doc: &Document<'_>, s: &Option<tifa::ItemSide<'_>>) -> Option<(Option<String>, u32, usize)> {
    s.as_ref().map(|s| {
        (
            s.enumeration.as_deref().map(str::to_owned),
            s.ordinal,
            doc.line_col(s.span.start).unwrap().line,
        )
    })
}

#[test]
fn a_document_against_itself_changes_nothing() {
    let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
    let c = tifa::compare(&doc, &doc);
    assert!(c.is_unchanged());
    assert!(c.items.added.is_empty() && c.items.dropped.is_empty() && c.items.reworded.is_empty());
    assert_eq!(c.items.kept.len(), 10 + 6 + 6 + 5);
    assert!(c.items.kept.iter().all(|i| i.score == Some(1.0)));
    assert!(c.enumerations.iter().all(|e| e.status == Status::Kept));
    assert_eq!(c.concepts.kept.len(), doc.concepts().len());
    assert!(!c.metadata.changed());
}

#[test]
fn a_removed_achievement_and_a_reworded_must_are_exactly_what_changed() {
    let text = tifa::REFERENCE_DOCUMENT
        .replace(
            "Seventh, we have promoted high-quality Belt and Road cooperation and built the world's broadest and largest platform for international cooperation.\n\n",
            "",
        )
        .replace(
            "We must carry forward the spirit of struggle,",
            "We must always carry forward the fighting spirit,",
        );
    let a = tifa::parse(tifa::REFERENCE_DOCUMENT);
    let b = tifa::parse(&text);
    let c: Comparison<'_> = tifa::compare(&a, &b);

    assert!(c.items.added.is_empty());
    let dropped: Vec<_> = c.items.dropped.iter().map(|i| at(&a, &i.a)).collect();
    assert_eq!(
        dropped,
        vec![Some((Some("Ten Achievements".to_owned()), 7, 25))]
    );
    assert_eq!(c.items.reworded.len(), 1);
    let r = &c.items.reworded[0];
    assert_eq!(at(&a, &r.a), Some((Some("Six musts".to_owned()), 5, 49)));
    assert_eq!(at(&b, &r.b), Some((Some("Six musts".to_owned()), 5, 47)));
    let score = r.score.unwrap();
    assert!(score > 0.8 && score < 1.0, "{score}");
    assert_eq!(c.items.kept.len(), 10 + 6 + 6 + 5 - 2);

    // Names: nothing added or dropped; Belt and Road lost the mention in the seventh item.
    assert!(c.initiatives.added.is_empty() && c.initiatives.dropped.is_empty());
    let belt = c
        .initiatives
        .kept
        .iter()
        .find(|n| n.name == "Belt and Road Initiative")
        .unwrap();
    assert_eq!((belt.mentions_a, belt.mentions_b), (2, 1));

    // Lists: the achievements list is kept with one item fewer.
    let lists: Vec<(Status, EnumerationKind, Option<u32>, usize, usize)> = c
        .enumerations
        .iter()
        .map(|e| (e.status, e.kind, e.declared_count.b, e.found.a, e.found.b))
        .collect();
    assert_eq!(
        lists,
        vec![
            (Status::Kept, EnumerationKind::Achievements, Some(10), 10, 9),
            (Status::Kept, EnumerationKind::Principles, Some(6), 6, 6),
            (Status::Kept, EnumerationKind::Other, None, 6, 6),
        ]
    );
    assert!(!c.is_unchanged());
}

#[test]
fn the_reference_against_another_translation_of_the_same_meeting() {
    // `cfawc` is Xinhua's translation of the same conference, cut off after the second
    // achievement.
    let other = corpus("cfawc-2023-citizenshipdaily");
    let a = tifa::parse(tifa::REFERENCE_DOCUMENT);
    let b = tifa::parse(&other);
    let c = tifa::compare(&a, &b);

    assert_eq!(
        c.metadata.meeting.a.as_deref(),
        Some("Foreign Affairs Work Conference")
    );
    assert_eq!(
        c.metadata.meeting.b.as_deref(),
        Some("Central Conference on Work Relating to Foreign Affairs")
    );
    assert_eq!(c.metadata.start.a.unwrap().to_string(), "2023-12-27");
    assert_eq!(c.metadata.start.b.unwrap().to_string(), "--12-27");

    // The excerpt names the conference, the Party and its congress, and none of the
    // initiatives.
    assert_eq!(
        names(&c.initiatives.kept),
        vec![
            (
                "Central Conference on Work Relating to Foreign Affairs".to_owned(),
                2,
                2
            ),
            ("Communist Party of China".to_owned(), 1, 1),
            (
                "18th National Congress of the Communist Party of China".to_owned(),
                1,
                1
            ),
        ]
    );
    // ... and the Party's bodies and its latest congress, which the reference leaves out.
    assert_eq!(
        names(&c.initiatives.added),
        vec![
            ("CPC Central Committee".to_owned(), 0, 1),
            ("Central Military Commission".to_owned(), 0, 1),
            (
                "20th National Congress of the Communist Party of China".to_owned(),
                0,
                1
            ),
        ]
    );
    assert_eq!(
        names(&c.initiatives.dropped),
        vec![
            ("Belt and Road Initiative".to_owned(), 2, 0),
            ("Global Development Initiative".to_owned(), 1, 0),
            ("Global Security Initiative".to_owned(), 1, 0),
            ("Global Civilization Initiative".to_owned(), 1, 0),
            ("Charter of the United Nations".to_owned(), 1, 0),
        ]
    );
    // Xinhua names the guiding thought; both name the core formulations.
    assert_eq!(
        names(&c.concepts.added),
        vec![
            ("spirit of the 20th CPC National Congress".to_owned(), 0, 1),
            (
                "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"
                    .to_owned(),
                0,
                1
            ),
            ("Xi Jinping Thought on Diplomacy".to_owned(), 0, 2),
            ("new journey in the new era".to_owned(), 0, 1),
        ]
    );
    assert_eq!(
        names(&c.concepts.kept),
        vec![
            (
                "major-country diplomacy with Chinese characteristics".to_owned(),
                11,
                2
            ),
            (
                "socialism with Chinese characteristics for a new era".to_owned(),
                2,
                1
            ),
            (
                "community with a shared future for mankind".to_owned(),
                6,
                1
            ),
        ]
    );
    assert_eq!(c.concepts.dropped.len(), a.concepts().len() - 3);

    // The first two achievements, worded differently, are aligned; the rest are missing
    // from the excerpt.
    let reworded: Vec<_> = c
        .items
        .reworded
        .iter()
        .map(|i| (at(&a, &i.a), at(&b, &i.b)))
        .collect();
    assert_eq!(
        reworded,
        vec![
            (
                Some((Some("Ten Achievements".to_owned()), 1, 13)),
                Some((None, 1, 11))
            ),
            (
                Some((Some("Ten Achievements".to_owned()), 2, 15)),
                Some((None, 2, 13))
            ),
        ]
    );
    assert!(c.items.added.is_empty() && c.items.kept.is_empty());
    assert_eq!(c.items.dropped.len(), 10 + 6 + 6 + 5 - 2);
    let ten = &c.enumerations[0];
    assert_eq!(
        (ten.status, ten.found.a, ten.found.b),
        (Status::Kept, 10, 2)
    );
    assert_eq!(ten.declared_count.a, Some(10));
    assert_eq!(ten.declared_count.b, None);
}

#[test]
fn two_readouts_of_different_meetings() {
    let plenum = corpus("plenum5-2020-xinhua-peoplesdaily");
    let cabinet = corpus("statecouncil-2020-consumption-peoplesdaily");
    let a = tifa::parse(&plenum);
    let b = tifa::parse(&cabinet);
    let c = tifa::compare(&a, &b);

    assert_eq!(c.metadata.publisher.a, c.metadata.publisher.b);
    assert_eq!(c.metadata.date.a.unwrap().to_string(), "2020-10-30");
    assert_eq!(c.metadata.date.b.unwrap().to_string(), "2020-11-19");
    assert_eq!(
        names(&c.initiatives.added),
        vec![
            ("Internet Plus".to_owned(), 0, 5),
            ("State Council".to_owned(), 0, 1),
            // The lexicon knows the meeting by its name.
            ("State Council executive meeting".to_owned(), 0, 1),
            ("Ministry of Commerce".to_owned(), 0, 1),
        ]
    );
    let dropped: Vec<String> = c
        .initiatives
        .dropped
        .iter()
        .map(|n| n.name.to_string())
        .collect();
    assert_eq!(
        dropped,
        vec![
            "Communist Party of China",
            // `Communist Party of China (CPC) Central Committee`: the parenthesis parts
            // the known name, and the body is found by its head noun.
            "Central Committee",
            "fifth plenary session of the 19th CPC Central Committee",
            "proposals for formulating the 14th Five-Year Plan for National Economic and Social Development",
            "Long-Range Objectives Through the Year 2035",
            "14th Five-Year Plan",
            "CPC Central Committee",
            "Political Bureau of the CPC Central Committee",
            // `The work of the Political Bureau was fully acknowledged`.
            "Political Bureau",
            "Peaceful China",
            "Political Bureau of the Communist Party of China",
        ]
    );
    assert!(c.concepts.kept.is_empty());
    assert_eq!(
        names(&c.concepts.added),
        vec![
            ("consumption upgrading".to_owned(), 0, 1),
            ("domestic demand".to_owned(), 0, 1),
            ("strategy of expanding domestic demand".to_owned(), 0, 1),
            ("new forms and models of business".to_owned(), 0, 1),
            ("cloud tourism".to_owned(), 0, 1),
            ("accommodating and prudent regulation".to_owned(), 0, 2),
        ]
    );
    // The plenum's two lists have no counterpart; the cabinet's three obligations are new.
    let lists: Vec<(Status, usize)> = c
        .enumerations
        .iter()
        .map(|e| (e.status, e.found.a))
        .collect();
    assert_eq!(lists, vec![(Status::Dropped, 4), (Status::Dropped, 9)]);
    assert_eq!(c.items.dropped.len(), 4 + 9 + 2);
    let added: Vec<&str> = c
        .items
        .added
        .iter()
        .map(|i| &*i.b.as_ref().unwrap().text)
        .collect();
    assert_eq!(added.len(), 3);
    assert!(added[0].starts_with("We need to explore new highlights"));
    assert!(c.items.reworded.is_empty() && c.items.kept.is_empty());
}

#[cfg(feature = "serde")]
#[test]
fn comparison_json_has_the_stable_keys() {
    let doc = tifa::parse(tifa::REFERENCE_DOCUMENT);
    let v = serde_json::to_value(tifa::compare(&doc, &doc)).unwrap();
    for k in ["initiatives", "concepts"] {
        for s in ["added", "dropped", "kept"] {
            assert!(v[k][s].is_array(), "{k}.{s}");
        }
    }
    for s in ["added", "dropped", "reworded", "kept"] {
        assert!(v["items"][s].is_array(), "items.{s}");
    }
    let item = &v["items"]["kept"][0];
    for side in ["a", "b"] {
        for key in ["enumeration", "ordinal", "span", "text", "kind", "list"] {
            assert!(
                !item[side][key].is_null() || key == "enumeration",
                "{side}.{key}"
            );
        }
    }
    assert_eq!(item["score"], 1.0);
    let e = &v["enumerations"][0];
    for key in ["status", "kind", "heading", "declared_count", "found"] {
        assert!(!e[key].is_null(), "{key}");
    }
    assert_eq!(e["found"]["a"], 10);
    assert!(v["metadata"]["title"]["a"].is_string());
    // An owned comparison reads back equal.
    let owned = tifa::compare(&doc, &doc).into_owned();
    let back: Comparison<'static> =
        serde_json::from_value(serde_json::to_value(&owned).unwrap()).unwrap();
    assert_eq!(back, owned);
}

/// A long bulleted list on each side, every item reworded: each item is compared with the
/// items near its place in the other document (not with all of them), which keeps the
/// cost linear and still pairs every item with its own rewording.
#[test]
fn long_lists_are_compared_item_by_item_near_their_place() {
    const N: usize = 3000;
    // Every item has words of its own, so that each is similar only to itself.
    let word = |k: usize| -> String {
        let letters = b"bcdfghjklmnpqrstvwz";
        let mut w = String::new();
        let mut k = k + letters.len();
        while k > 0 {
            w.push(char::from(letters[k % letters.len()]));
            k /= letters.len();
        }
        w
    };
    let item = |k: usize| {
        format!(
            "- We must advance the {}a reform and the {}o programme of {}e districts.\n",
            word(3 * k),
            word(3 * k + 1),
            word(3 * k + 2)
        )
    };
    let head =
        "Plenary session communique\n\nThe plenary session was held in Beijing on March 3.\n\n";
    let mut a = String::from(head);
    let mut b = String::from(head);
    for k in 0..N {
        a.push_str(&item(k));
        if k != 1234 {
            b.push_str(&item(k).replace("We must advance", "We must steadily advance"));
        }
    }
    let (da, db) = (tifa::parse(&a), tifa::parse(&b));
    let listed: usize = da.enumerations().iter().map(|e| e.items.len()).sum();
    assert_eq!(listed, N);

    let same = tifa::compare(&da, &da);
    assert!(same.is_unchanged());
    assert_eq!(same.items.kept.len(), N);

    let c = tifa::compare(&da, &db);
    assert!(c.items.added.is_empty() && c.items.kept.is_empty());
    let dropped: Vec<&str> = c
        .items
        .dropped
        .iter()
        .map(|i| &*i.a.as_ref().unwrap().text)
        .collect();
    assert_eq!(dropped.len(), 1);
    assert!(item(1234).contains(dropped[0].trim_end()), "{dropped:?}");
    assert_eq!(c.items.reworded.len(), N - 1);
    for r in &c.items.reworded {
        let (x, y) = (r.a.as_ref().unwrap(), r.b.as_ref().unwrap());
        assert_eq!(
            x.text
                .replace("We must advance", "We must steadily advance"),
            y.text
        );
        assert!(r.score.unwrap() > 0.8);
    }
}
