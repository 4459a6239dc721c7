//! The development corpus: real documents with hand-checked expectations
//! (`data/corpus/NAME.json`; `data/corpus/README.md` explains every field).
//!
//! Each document's checks: title, date, credits, every enumeration (item count, the first
//! words of every item, declared count, heading), the obligations (`musts`), initiatives
//! and concepts. How a check decides:
//! - an **enumeration** is matched by the first words of its first item; its items must
//!   have exactly the expected first words (the first six whitespace-separated tokens,
//!   including an ordinal word but not a pure marker such as `(1)`); an expected heading
//!   must be found in ours or contain it;
//! - a **must** is an obligation whose first six tokens are the expected ones;
//! - an expected **initiative** or **concept** (exact text from the document) is found
//!   when the mentions of that kind cover at least half of one of its occurrences;
//! - the **date** is the publication date, or the meeting's first day when the text prints
//!   no publication date (the corpus takes the meeting date in that case);
//! - a **credit** is found when a credit of the same role has the same name.
//!
//! What the parser cannot meet yet is listed in [`KNOWN_GAPS`] with the reason, and each
//! gap is a separate `#[ignore]`d test that fails until it is met. A gap that starts
//! passing fails the document's main test, so the list stays true.
#![cfg(feature = "serde")]

use std::path::PathBuf;

use serde_json::Value;
use tifa::{CreditRole, Document, MarkerKind};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/corpus")
}

/// The first `n` whitespace-separated tokens of `s`, with the text between them.
fn first_words(s: &str, n: usize) -> &str {
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if in_word {
                count += 1;
                if count == n {
                    return &s[..i];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    s.trim_end()
}

fn role_label(role: CreditRole) -> &'static str {
    match role {
        CreditRole::WebEditor => "Web editor",
        CreditRole::Source => "Source",
        CreditRole::Author => "Byline",
        CreditRole::AboutAuthor => "Writer's position",
        CreditRole::Photo => "photo",
        CreditRole::Producer => "Producer",
        CreditRole::EditorInChief => "Editor-in-chief",
        CreditRole::Editor => "Editor",
        CreditRole::Proofreader => "Proofreader",
        CreditRole::EditorInCharge => "Editor in charge",
        _ => "other",
    }
}

/// One check that failed: `(what, detail)`.
type Failure = (String, String);

/// Byte ranges where `needle` occurs in `hay`.
fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    hay.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

/// Whether the spans cover at least half of one occurrence of `expected`.
fn covered(text: &str, expected: &str, spans: &[tifa::Span]) -> bool {
    occurrences(text, expected).iter().any(|&(a, b)| {
        let mut covered = vec![false; b - a];
        for s in spans {
            for (k, c) in covered.iter_mut().enumerate() {
                let p = a + k;
                if p >= s.start && p < s.end {
                    *c = true;
                }
            }
        }
        covered.iter().filter(|&&c| c).count() * 2 >= b - a
    })
}

/// The text an item's first words are counted from: an ordinal word is part of the item,
/// a pure marker is not.
fn item_words<'a>(doc: &'a Document<'_>, item: &'a tifa::Item<'_>) -> &'a str {
    if item.marker_kind == MarkerKind::Word {
        doc.text(item.span).unwrap()
    } else {
        &item.text
    }
}

pub(crate) fn check(name: &str) -> Vec<Failure> {
    let dir = corpus_dir();
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let want: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap())
            .unwrap();
    let doc = tifa::parse(&text);
    let mut fails: Vec<Failure> = Vec::new();
    let mut fail = |what: String, detail: String| fails.push((what, detail));

    // Title.
    let title = want["title"].as_str();
    if doc.metadata().title.as_deref() != title {
        fail(
            "title".into(),
            format!("expected {title:?}, found {:?}", doc.metadata().title),
        );
    }

    // Date.
    let date = want["date"].as_str();
    let ours = doc.metadata().date.or_else(|| {
        doc.metadata()
            .meeting
            .as_ref()
            .and_then(|m| m.start)
            .filter(|d| d.year().is_some())
    });
    if ours.map(|d| d.to_string()).as_deref() != date {
        fail("date".into(), format!("expected {date:?}, found {ours:?}"));
    }

    // Credits.
    for (role, name) in want["credits"].as_object().unwrap() {
        let name = name.as_str().unwrap();
        let found = doc
            .credits()
            .iter()
            .any(|c| role_label(c.role).eq_ignore_ascii_case(role) && c.name == name);
        if !found {
            fail(format!("credit: {role}"), format!("expected {name:?}"));
        }
    }

    // Enumerations.
    for e in want["enumerations"].as_array().unwrap() {
        let words: Vec<&str> = e["first_words"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap())
            .collect();
        // An enumeration listed without first words (an implicit one the annotators
        // named but did not itemise) has nothing to check, as in the corpus scorer.
        let Some(&first) = words.first() else {
            continue;
        };
        let what = format!("enumeration: {first}");
        let found = doc.enumerations().iter().find(|ours| {
            ours.items
                .first()
                .is_some_and(|i| first_words(item_words(&doc, i), 6) == first)
        });
        let Some(ours) = found else {
            fail(what, "no list starts with these words".into());
            continue;
        };
        let got: Vec<&str> = ours
            .items
            .iter()
            .map(|i| first_words(item_words(&doc, i), 6))
            .collect();
        if got != words {
            fail(what.clone(), format!("items {got:?}"));
        }
        let declared = e["declared_count"].as_u64().map(|n| n as u32);
        if ours.declared_count != declared {
            fail(
                what.clone(),
                format!("declared {:?}, expected {declared:?}", ours.declared_count),
            );
        }
        match (e["heading"].as_str(), &ours.heading) {
            (None, None) => {}
            (Some(h), Some(o)) => {
                let o = doc.text(o.span).unwrap();
                if !(o.contains(h) || h.contains(o)) {
                    fail(what, format!("heading {o:?}, expected {h:?}"));
                }
            }
            (h, o) => fail(
                what,
                format!("heading {:?}, expected {h:?}", o.as_ref().map(|o| &o.text)),
            ),
        }
    }

    // Musts: obligations in lead position.
    let musts: Vec<&str> = want["musts_first_words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    let ours: Vec<&str> = doc
        .obligations()
        .iter()
        .map(|o| first_words(doc.text(o.span).unwrap().trim_start_matches('"'), 6))
        .collect();
    if ours != musts {
        fail(
            "musts".into(),
            format!("found {ours:?}, expected {musts:?}"),
        );
    }

    // Initiatives and concepts.
    let initiative_spans: Vec<tifa::Span> = doc
        .initiatives()
        .iter()
        .flat_map(|i| i.mentions.iter().copied())
        .collect();
    let concept_spans: Vec<tifa::Span> = doc
        .concepts()
        .iter()
        .flat_map(|c| c.mentions.iter().copied())
        .collect();
    for (key, spans) in [
        ("initiatives", &initiative_spans),
        ("concepts", &concept_spans),
    ] {
        for n in want[key].as_array().unwrap() {
            let n = n.as_str().unwrap();
            if !covered(&text, n, spans) {
                fail(
                    format!("{}: {n}", &key[..key.len() - 1]),
                    "not found".into(),
                );
            }
        }
    }
    fails
}

const ASEAN: &str = "asean30-2021-ambassador-jakartapost";
const G20: &str = "g20-2023-newdelhi-declaration-t20ind";
const FYP14: &str = "fyp14-2020-commentary-byline-peoplesdaily";
const STATE: &str = "statecouncil-2020-consumption-peoplesdaily";
const XI: &str = "xithought-ch14g-bri-casi";

const ASEAN_2020: &str = "asean-2020-li-proposals-peoplesdaily";
const BRF_2023: &str = "brf-2023-qstheory";
const CEWC_2023: &str = "cewc-2023-newsflash";
const CFAWC_2023: &str = "cfawc-2023-lwxsd";
const G7_2023: &str = "g7-2023-hiroshima-communique-agorahub";
const LAWGOV_2020: &str = "lawgov-2020-conference-peoplesdaily";
const PPF_2020: &str = "ppf-2020-xi-three-proposals-peoplesdaily";
const PROPOSALS14_2020: &str = "proposals14-2020-xi-explanation-peoplesdaily";
const SHANGHAI_COMMUNIQUE: &str = "shanghai-communique-1972-pantrypoints";
const XITHOUGHT_CH14: &str = "xithought-ch14-community-casi";

/// What the parser does not meet yet: `(document, check)`. Each has an `#[ignore]`d test
/// below that states the reason.
pub(crate) const KNOWN_GAPS: &[(&str, &str)] = &[
    (ASEAN, "initiative: “fast tracks”"),
    (ASEAN, "initiative: “green lanes”"),
    (
        XI,
        "initiative: \"Belt and Road\" action plan for science and\ntechnology innovation",
    ),
    (ASEAN, "initiative: blue economic partnership"),
    (STATE, "initiative: national emission standard III"),
    (FYP14, "concept: long-term perspective"),
    (
        G20,
        "concept: One Earth, One Family, and we share One Future",
    ),
    (
        STATE,
        "enumeration: Auto consumption will be stabilized and",
    ),
    (
        STATE,
        "enumeration: Development of smart facilities in tourist",
    ),
    (ASEAN_2020, "enumeration: public health,"),
    (
        ASEAN_2020,
        "initiative: China-ASEAN public health emergency liaison network",
    ),
    (
        ASEAN_2020,
        "initiative: 3rd China-ASEAN health cooperation forum",
    ),
    (ASEAN_2020, "initiative: regional \"fast tracks\" network"),
    (
        BRF_2023,
        "initiative: trans-Caspian international transportation corridor",
    ),
    (
        CEWC_2023,
        "enumeration: important progress has been made in",
    ),
    (
        CFAWC_2023,
        "concept: pattern of major country relations characterized by peaceful coexistence, overall stability, and balanced development",
    ),
    (G7_2023, "title"),
    (G7_2023, "date"),
    (G7_2023, "enumeration: support a free and open Indo-Pacific"),
    (
        G7_2023,
        "enumeration: upholding and reinforcing the free and",
    ),
    (G7_2023, "initiative: G7 Ocean Deal"),
    (G7_2023, "initiative: Hiroshima AI process"),
    (G7_2023, "initiative: Data Free Flow with Trust"),
    (G7_2023, "concept: de-risking, not de-coupling"),
    (G7_2023, "concept: human security"),
    (G7_2023, "concept: trustworthy AI"),
    (
        LAWGOV_2020,
        "enumeration: developing a socialist rule of law",
    ),
    (
        LAWGOV_2020,
        "concept: rule of law for the people, by the people",
    ),
    (PPF_2020, "enumeration: fight COVID-19,"),
    (PPF_2020, "musts"),
    (
        PROPOSALS14_2020,
        "enumeration: the relations between building on past",
    ),
    (
        PROPOSALS14_2020,
        "enumeration: remain committed to the new development",
    ),
    (PROPOSALS14_2020, "concept: modern socialist China"),
    (
        PROPOSALS14_2020,
        "concept: moderately prosperous (xiaokang) society in all respects",
    ),
    (SHANGHAI_COMMUNIQUE, "date"),
    (
        SHANGHAI_COMMUNIQUE,
        "enumeration: for the Japanese people's desire to",
    ),
    (
        SHANGHAI_COMMUNIQUE,
        "enumeration: respect for the sovereignty and territorial",
    ),
    (
        SHANGHAI_COMMUNIQUE,
        "enumeration: \"one China, one Taiwan\"",
    ),
    (SHANGHAI_COMMUNIQUE, "enumeration: science,"),
    (SHANGHAI_COMMUNIQUE, "musts"),
    (
        SHANGHAI_COMMUNIQUE,
        "initiative: 8-point program for the peaceful unification of Korea",
    ),
    (
        SHANGHAI_COMMUNIQUE,
        "initiative: United Nations Security Council Resolution of December 21, 1971",
    ),
    (SHANGHAI_COMMUNIQUE, "concept: normalization of relations"),
    (
        SHANGHAI_COMMUNIQUE,
        "concept: non-interference in the internal affairs of other states",
    ),
    (
        SHANGHAI_COMMUNIQUE,
        "concept: sole legal government of China",
    ),
    (
        SHANGHAI_COMMUNIQUE,
        "concept: there is but one China and that Taiwan is a part of China",
    ),
    (
        SHANGHAI_COMMUNIQUE,
        "concept: people-to-people contacts and exchanges",
    ),
    (
        XITHOUGHT_CH14,
        "enumeration: Adhere to dialogue and consultation to",
    ),
    (XITHOUGHT_CH14, "enumeration: governance deficit,"),
    (XITHOUGHT_CH14, "musts"),
    (XITHOUGHT_CH14, "initiative: human health community"),
    (
        XITHOUGHT_CH14,
        "concept: new security concept that is common,\ncomprehensive, cooperative and sustainable",
    ),
];

/// A gap's own test: fails until the parser meets the expectation.
fn assert_gap_met(doc: &str, check_name: &str) {
    let fails = check(doc);
    let failing: Vec<&Failure> = fails.iter().filter(|f| f.0 == check_name).collect();
    assert!(failing.is_empty(), "{doc}: {failing:?}");
}

macro_rules! gaps {
    ($($test:ident: $doc:ident, $check:literal, $reason:literal;)*) => {
        $(
            #[test]
            #[ignore = $reason]
            fn $test() {
                assert_gap_met($doc, $check);
            }
        )*
        #[test]
        fn every_gap_has_a_test() {
            let tested: Vec<(&str, &str)> = vec![$(($doc, $check)),*];
            assert_eq!(tested, KNOWN_GAPS.to_vec());
        }
    };
}

gaps! {
    gap_quoted_fast_tracks: ASEAN, "initiative: “fast tracks”",
        "found, but as a coined concept: nothing in `fast tracks` marks it as an initiative";
    gap_quoted_green_lanes: ASEAN, "initiative: “green lanes”",
        "found, but as a coined concept: nothing in `green lanes` marks it as an initiative";
    gap_quoted_belt_and_road_action_plan: XI, "initiative: \"Belt and Road\" action plan for science and\ntechnology innovation",
        "a known name in quotes is not extended by the lowercase `action plan for ...` after it";
    gap_lowercase_blue_economic_partnership: ASEAN, "initiative: blue economic partnership",
        "lowercase names cannot be told from prose by pattern; not in the lexicon";
    gap_lowercase_emission_standard: STATE, "initiative: national emission standard III",
        "a lowercase technical standard, not a named initiative the lexicon or patterns know";
    gap_long_term_perspective: FYP14, "concept: long-term perspective",
        "an ordinary phrase in this text, not a fixed formulation the lexicon should hold";
    gap_one_earth_one_family: G20, "concept: One Earth, One Family, and we share One Future",
        "the G20 motto is printed with `and we share` inside; the lexicon alias covers `One Earth, One Family` only";
    gap_implicit_parallel_measures: STATE, "enumeration: Auto consumption will be stabilized and",
        "unmarked parallel sentences (implicit lists) are not detected: no marker, count or colon announces them";
    gap_implicit_parallel_tourism: STATE, "enumeration: Development of smart facilities in tourist",
        "unmarked parallel sentences (implicit lists) are not detected: `a host of measures` declares no count";
    gap_asean_2020_enumeration_public_health: ASEAN_2020, "enumeration: public health,",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_asean_2020_initiative_china_asean_public_health_emergency_li: ASEAN_2020, "initiative: China-ASEAN public health emergency liaison network",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_asean_2020_initiative_3rd_china_asean_health_cooperation_for: ASEAN_2020, "initiative: 3rd China-ASEAN health cooperation forum",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_asean_2020_initiative_regional_fast_tracks_network: ASEAN_2020, "initiative: regional \"fast tracks\" network",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_brf_2023_initiative_trans_caspian_international_transportati: BRF_2023, "initiative: trans-Caspian international transportation corridor",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_cewc_2023_enumeration_important_progress_has_been_made_in: CEWC_2023, "enumeration: important progress has been made in",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_cfawc_2023_concept_pattern_of_major_country_relations_charac: CFAWC_2023, "concept: pattern of major country relations characterized by peaceful coexistence, overall stability, and balanced development",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_g7_2023_title: G7_2023, "title",
        "the headline is not found (not yet analysed)";
    gap_g7_2023_date: G7_2023, "date",
        "the date is not found (not yet analysed)";
    gap_g7_2023_enumeration_support_a_free_and_open_indo_pacific: G7_2023, "enumeration: support a free and open Indo-Pacific",
        "the list is found but its items differ from the expected ones";
    gap_g7_2023_enumeration_upholding_and_reinforcing_the_free_and: G7_2023, "enumeration: upholding and reinforcing the free and",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_g7_2023_initiative_g7_ocean_deal: G7_2023, "initiative: G7 Ocean Deal",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_g7_2023_initiative_hiroshima_ai_process: G7_2023, "initiative: Hiroshima AI process",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_g7_2023_initiative_data_free_flow_with_trust: G7_2023, "initiative: Data Free Flow with Trust",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_g7_2023_concept_de_risking_not_de_coupling: G7_2023, "concept: de-risking, not de-coupling",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_g7_2023_concept_human_security: G7_2023, "concept: human security",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_g7_2023_concept_trustworthy_ai: G7_2023, "concept: trustworthy AI",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_lawgov_2020_enumeration_developing_a_socialist_rule_of_law: LAWGOV_2020, "enumeration: developing a socialist rule of law",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_lawgov_2020_concept_rule_of_law_for_the_people_by_the_people: LAWGOV_2020, "concept: rule of law for the people, by the people",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_ppf_2020_enumeration_fight_covid_19: PPF_2020, "enumeration: fight COVID-19,",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_ppf_2020_musts: PPF_2020, "musts",
        "the obligations differ from the expected ones: an opening quote mark is not part of the sentence's first words";
    gap_proposals14_2020_enumeration_the_relations_between_building: PROPOSALS14_2020, "enumeration: the relations between building on past",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_proposals14_2020_enumeration_remain_committed_to_the_new_dev: PROPOSALS14_2020, "enumeration: remain committed to the new development",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_proposals14_2020_concept_modern_socialist_china: PROPOSALS14_2020, "concept: modern socialist China",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_proposals14_2020_concept_moderately_prosperous_xiaokang_soci: PROPOSALS14_2020, "concept: moderately prosperous (xiaokang) society in all respects",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_shanghai_communique_date: SHANGHAI_COMMUNIQUE, "date",
        "the date is not found (not yet analysed)";
    gap_shanghai_communique_enumeration_for_the_japanese_people_s_de: SHANGHAI_COMMUNIQUE, "enumeration: for the Japanese people's desire to",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_shanghai_communique_enumeration_respect_for_the_sovereignty: SHANGHAI_COMMUNIQUE, "enumeration: respect for the sovereignty and territorial",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_shanghai_communique_enumeration_one_china_one_taiwan: SHANGHAI_COMMUNIQUE, "enumeration: \"one China, one Taiwan\"",
        "the list is found but its items differ from the expected ones";
    gap_shanghai_communique_enumeration_science: SHANGHAI_COMMUNIQUE, "enumeration: science,",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_shanghai_communique_musts: SHANGHAI_COMMUNIQUE, "musts",
        "the obligations differ from the expected ones: an expected obligation is missed";
    gap_shanghai_communique_initiative_8_point_program_for_the_peace: SHANGHAI_COMMUNIQUE, "initiative: 8-point program for the peaceful unification of Korea",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_shanghai_communique_initiative_united_nations_security_counc: SHANGHAI_COMMUNIQUE, "initiative: United Nations Security Council Resolution of December 21, 1971",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_shanghai_communique_concept_normalization_of_relations: SHANGHAI_COMMUNIQUE, "concept: normalization of relations",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_shanghai_communique_concept_non_interference_in_the_internal: SHANGHAI_COMMUNIQUE, "concept: non-interference in the internal affairs of other states",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_shanghai_communique_concept_sole_legal_government_of_china: SHANGHAI_COMMUNIQUE, "concept: sole legal government of China",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_shanghai_communique_concept_there_is_but_one_china_and_that: SHANGHAI_COMMUNIQUE, "concept: there is but one China and that Taiwan is a part of China",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_shanghai_communique_concept_people_to_people_contacts_and_ex: SHANGHAI_COMMUNIQUE, "concept: people-to-people contacts and exchanges",
        "a formulation the lexicon does not hold (or holds in another wording)";
    gap_xithought_ch14_enumeration_adhere_to_dialogue_and_consultati: XITHOUGHT_CH14, "enumeration: Adhere to dialogue and consultation to",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_xithought_ch14_enumeration_governance_deficit: XITHOUGHT_CH14, "enumeration: governance deficit,",
        "no list is found starting with these words: the items are not marked in a way the list rules read";
    gap_xithought_ch14_musts: XITHOUGHT_CH14, "musts",
        "the obligations differ from the expected ones: an opening quote mark is not part of the sentence's first words";
    gap_xithought_ch14_initiative_human_health_community: XITHOUGHT_CH14, "initiative: human health community",
        "not a lexicon entry, and not of a shape the name rules read (lower case, quotes, or no head noun)";
    gap_xithought_ch14_concept_new_security_concept_that_is_common_c: XITHOUGHT_CH14, "concept: new security concept that is common,\ncomprehensive, cooperative and sustainable",
        "a formulation the lexicon does not hold (or holds in another wording)";
}

fn assert_document(name: &str) {
    let fails = check(name);
    let gaps: Vec<&str> = KNOWN_GAPS
        .iter()
        .filter(|g| g.0 == name)
        .map(|g| g.1)
        .collect();
    let unexpected: Vec<&Failure> = fails
        .iter()
        .filter(|f| !gaps.contains(&f.0.as_str()))
        .collect();
    let met: Vec<&&str> = gaps
        .iter()
        .filter(|g| !fails.iter().any(|f| f.0 == **g))
        .collect();
    assert!(
        unexpected.is_empty() && met.is_empty(),
        "{name}: failing checks {unexpected:#?}; gaps now met (remove them from KNOWN_GAPS): {met:?}"
    );
}

macro_rules! documents {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                assert_document($name);
            }
        )*
    };
}

documents! {
    asean_li_proposals => "asean-2020-li-proposals-peoplesdaily",
    asean30_ambassador => "asean30-2021-ambassador-jakartapost",
    brf_2023 => "brf-2023-qstheory",
    cewc_2013 => "cewc-2013-chinascope",
    cewc_2023_newsflash => "cewc-2023-newsflash",
    cfawc_2023 => "cfawc-2023-citizenshipdaily",
    cfawc_2023_lwxsd => "cfawc-2023-lwxsd",
    fyp14_commentary => "fyp14-2020-commentary-byline-peoplesdaily",
    g20_declaration => "g20-2023-newdelhi-declaration-t20ind",
    g7_communique => "g7-2023-hiroshima-communique-agorahub",
    gwr_2024 => "gwr-2024-baidutranslate",
    lawgov_2020 => "lawgov-2020-conference-peoplesdaily",
    plenum5_2020 => "plenum5-2020-xinhua-peoplesdaily",
    ppf_2020 => "ppf-2020-xi-three-proposals-peoplesdaily",
    proposals14_2020 => "proposals14-2020-xi-explanation-peoplesdaily",
    shanghai_1972 => "shanghai-communique-1972-pantrypoints",
    statecouncil_2020 => "statecouncil-2020-consumption-peoplesdaily",
    xithought_bri => "xithought-ch14g-bri-casi",
    xithought_community => "xithought-ch14-community-casi",
}

#[test]
fn every_corpus_document_has_a_test() {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "txt").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 19, "{names:?}");
}

/// Prints every failing check as `GAP<TAB>document<TAB>check<TAB>detail`, to fill
/// [`KNOWN_GAPS`] after a change: `cargo test --test it corpus::dump_failures -- --ignored
/// --nocapture`. It asserts nothing; remove it once the list is filled.
#[test]
#[ignore = "maintenance aid: lists the failing checks to fill KNOWN_GAPS"]
fn dump_failures() {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "txt").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    for n in names {
        for (what, detail) in check(&n) {
            println!("GAP\t{n}\t{what:?}\t{detail:?}");
        }
    }
}
