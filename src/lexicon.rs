//! The lexicon of named initiatives and fixed political concepts (*tifa*).
//!
//! Each entry has a canonical name, an optional acronym and aliases. Matching ignores ASCII
//! case and accepts spelling variants generated from each alias: a hyphen or a space
//! between words (`major-country` / `major country`), `-ization` / `-isation`, and straight
//! or curly apostrophes. Names the lexicon does not know are still found when they follow
//! the pattern of an initiative (`Global … Initiative`, `14th Five-Year Plan`); those are
//! reported with [`Initiative::known`](crate::Initiative::known) set to `false`.
//!
//! # Example
//!
//! ```
//! use tifa::lexicon::{entries, EntryKind};
//!
//! let bri = entries().iter().find(|e| e.acronym == Some("BRI")).unwrap();
//! assert_eq!(bri.name, "Belt and Road Initiative");
//! assert_eq!(bri.kind, EntryKind::Initiative);
//! assert!(bri.aliases.contains(&"Belt and Road"));
//! ```

/// Whether an entry names an initiative or a concept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntryKind {
    /// A named initiative, programme, plan, agreement, forum or fund.
    Initiative,
    /// A fixed political formulation.
    Concept,
}

/// One lexicon entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// Initiative or concept.
    pub kind: EntryKind,
    /// The canonical name, reported for every mention.
    pub name: &'static str,
    /// The usual acronym, matched in capitals only.
    pub acronym: Option<&'static str>,
    /// Other names and spellings, matched like the canonical name.
    pub aliases: &'static [&'static str],
}

const fn initiative(
    name: &'static str,
    acronym: Option<&'static str>,
    aliases: &'static [&'static str],
) -> Entry {
    Entry {
        kind: EntryKind::Initiative,
        name,
        acronym,
        aliases,
    }
}

const fn concept(name: &'static str, aliases: &'static [&'static str]) -> Entry {
    Entry {
        kind: EntryKind::Concept,
        name,
        acronym: None,
        aliases,
    }
}

/// Every entry of the lexicon.
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

static ENTRIES: &[Entry] = &[
    // Initiatives, programmes, plans and agreements.
    initiative(
        "Belt and Road Initiative",
        Some("BRI"),
        &[
            "Belt and Road",
            "One Belt, One Road",
            "One Belt One Road",
            "Belt & Road",
        ],
    ),
    initiative(
        "Belt and Road Forum for International Cooperation",
        None,
        &["Belt and Road Forum"],
    ),
    initiative("Global Development Initiative", Some("GDI"), &[]),
    initiative("Global Security Initiative", Some("GSI"), &[]),
    initiative("Global Civilization Initiative", Some("GCI"), &[]),
    initiative("Global Governance Initiative", Some("GGI"), &[]),
    initiative(
        "Global Initiative on Data Security",
        None,
        &["Global Data Security Initiative"],
    ),
    initiative("Silk Road Economic Belt", None, &[]),
    initiative(
        "21st Century Maritime Silk Road",
        None,
        &["21st-Century Maritime Silk Road", "Maritime Silk Road"],
    ),
    initiative("Digital Silk Road", None, &[]),
    initiative("Green Silk Road", None, &[]),
    initiative("Health Silk Road", None, &[]),
    initiative("Polar Silk Road", None, &[]),
    initiative("Silk Road Fund", None, &[]),
    initiative(
        "Green Investment Principles for the Belt and Road",
        None,
        &["Green Investment Principles"],
    ),
    initiative("Asian Infrastructure Investment Bank", Some("AIIB"), &[]),
    initiative("New Development Bank", Some("NDB"), &[]),
    initiative("China-Pakistan Economic Corridor", Some("CPEC"), &[]),
    initiative(
        "Regional Comprehensive Economic Partnership",
        Some("RCEP"),
        &[],
    ),
    initiative(
        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
        Some("CPTPP"),
        &[],
    ),
    initiative(
        "China-ASEAN Free Trade Area",
        Some("CAFTA"),
        &["ASEAN-China Free Trade Area"],
    ),
    initiative("China-ASEAN Expo", Some("CAEXPO"), &[]),
    initiative("ASEAN Community Vision 2025", None, &[]),
    initiative("China-ASEAN Strategic Partnership Vision 2030", None, &[]),
    initiative(
        "Treaty of Amity and Cooperation in Southeast Asia",
        Some("TAC"),
        &[],
    ),
    initiative("Lancang-Mekong Cooperation", Some("LMC"), &[]),
    initiative("Forum on China-Africa Cooperation", Some("FOCAC"), &[]),
    initiative("China-Arab States Cooperation Forum", None, &[]),
    initiative("China International Import Expo", Some("CIIE"), &[]),
    initiative("Boao Forum for Asia", None, &[]),
    initiative("Made in China 2025", None, &[]),
    initiative("Internet Plus", None, &["Internet+"]),
    initiative(
        "Healthy China",
        None,
        &["Healthy China 2030", "Healthy China initiative"],
    ),
    initiative("Peaceful China", None, &["Peaceful China initiative"]),
    initiative("Digital China", None, &[]),
    initiative(
        "Guangdong-Hong Kong-Macao Greater Bay Area",
        None,
        &["Greater Bay Area"],
    ),
    initiative("Xiong'an New Area", None, &["Xiongan New Area"]),
    initiative("Yangtze River Economic Belt", None, &[]),
    initiative("Hainan Free Trade Port", None, &[]),
    initiative(
        "Western Development Strategy",
        None,
        &["Western Development"],
    ),
    initiative("Thousand Talents Plan", None, &[]),
    initiative("Long-Range Objectives Through the Year 2035", None, &[]),
    initiative(
        "2030 Agenda for Sustainable Development",
        None,
        &["2030 Agenda"],
    ),
    initiative("Sustainable Development Goals", Some("SDGs"), &[]),
    initiative("Paris Agreement", None, &[]),
    // Concepts.
    concept(
        "community with a shared future for mankind",
        &[
            "community with a shared future for humanity",
            "community with a shared future for humankind",
            "community with a shared future for all mankind",
            "community of shared future for mankind",
            "community of common destiny for mankind",
            "community of common destiny",
            "human community with a shared future",
        ],
    ),
    concept("community with a shared future", &[]),
    concept(
        "major-country diplomacy with Chinese characteristics",
        &[
            "major-power diplomacy with Chinese characteristics",
            "major-country diplomacy with distinctive Chinese characteristics",
        ],
    ),
    concept(
        "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
        &[
            "Thought on Socialism with Chinese Characteristics for a New Era",
            "Xi Jinping Thought",
        ],
    ),
    concept(
        "socialism with Chinese characteristics for a new era",
        &[
            "socialism with Chinese characteristics in the new era",
            "socialism with Chinese characteristics in a new era",
        ],
    ),
    concept("socialism with Chinese characteristics", &[]),
    concept(
        "Xi Jinping Thought on Diplomacy",
        &[
            "Thought on Diplomacy",
            "Xi Jinping's Thought on Diplomacy",
            "Xi Jinping Diplomatic Thought",
            "Xi Jinping's diplomatic thought",
        ],
    ),
    concept("multipolar world", &["multi-polar world"]),
    concept("inclusive economic globalization", &[]),
    concept("economic globalization", &[]),
    concept(
        "Chinese-style modernization",
        &["Chinese modernization", "Chinese path to modernization"],
    ),
    concept("global governance", &[]),
    concept("new type of international relations", &[]),
    concept(
        "common values of all mankind",
        &["common values of humanity", "common values of humankind"],
    ),
    concept("true multilateralism", &[]),
    concept("multilateralism", &[]),
    concept(
        "Chinese Dream",
        &[
            "Chinese dream of the great rejuvenation of the Chinese nation",
            "China Dream",
        ],
    ),
    concept(
        "national rejuvenation",
        &[
            "great rejuvenation of the Chinese nation",
            "rejuvenation of the Chinese nation",
        ],
    ),
    concept(
        "moderately prosperous society in all respects",
        &[
            "moderately prosperous society",
            "well-off society in all respects",
            "xiaokang society",
        ],
    ),
    concept(
        "four-pronged comprehensive strategy",
        &["Four Comprehensives"],
    ),
    concept(
        "important period of strategic opportunity",
        &[
            "important period of strategic opportunities",
            "period of important strategic opportunities",
        ],
    ),
    concept(
        "new development pattern",
        &["dual circulation", "new development paradigm"],
    ),
    concept(
        "new development philosophy",
        &[
            "new development concept",
            "new concept of green development",
        ],
    ),
    concept("socialist market economy", &[]),
    concept("core socialist values", &["socialist core values"]),
    concept("ecological civilization", &[]),
    concept("Beautiful China", &[]),
    concept(
        "innovation-driven development",
        &["innovation-driven development strategy"],
    ),
    concept(
        "rural revitalization",
        &["rural vitalization", "rural revitalization strategy"],
    ),
    concept(
        "new type of urbanization",
        &["new urbanization", "people-centered new urbanization"],
    ),
    concept("common prosperity", &[]),
    concept("high-quality development", &[]),
    concept(
        "high-quality Belt and Road cooperation",
        &["high-quality Belt and Road development"],
    ),
    concept(
        "modern socialist country",
        &[
            "great modern socialist country",
            "modern socialist country in all respects",
            "modern socialist country in an all-round way",
        ],
    ),
    concept(
        "two centenary goals",
        &[
            "two centennial goals",
            "first centennial goal",
            "second centennial goal",
            "first centenary goal",
            "second centenary goal",
        ],
    ),
    concept(
        "institutional advantages",
        &["institutional advantage", "institutional strengths"],
    ),
    concept(
        "changes unseen in a century",
        &[
            "profound changes unseen in a century",
            "major changes unseen in a century",
        ],
    ),
    concept("ASEAN centrality", &[]),
    concept("peaceful development", &[]),
    concept(
        "good-neighborliness",
        &["good neighborliness", "good-neighbourliness"],
    ),
    concept("common development", &[]),
    concept("win-win cooperation", &[]),
    concept("openness and inclusiveness", &[]),
    concept("mutual learning among civilizations", &[]),
    concept("open world economy", &[]),
    concept("multilateral trading system", &[]),
    concept("community of interests", &[]),
    concept(
        "spirit of the 20th CPC National Congress",
        &[
            "spirit of the 20th National Congress of the CPC",
            "spirit of the 20th National Congress of the Communist Party of China",
            "guiding principles of the 20th CPC National Congress",
            "guiding principles from the 20th CPC National Congress",
        ],
    ),
    concept(
        "Party Central Committee with Comrade Xi Jinping at its core",
        &[
            "Party Central Committee with Comrade Xi Jinping at the core",
            "CPC Central Committee with Comrade Xi Jinping at its core",
            "CPC Central Committee with Comrade Xi Jinping at the core",
            "Central Committee of the Party with Comrade Xi Jinping at the core",
            "Central Committee of the Party with Comrade Xi Jinping at its core",
        ],
    ),
    concept(
        "whole-process people's democracy",
        &["whole-process democracy"],
    ),
    concept("new quality productive forces", &[]),
    concept(
        "holistic approach to national security",
        &[
            "holistic national security concept",
            "overall national security outlook",
        ],
    ),
    concept(
        "people-centered development philosophy",
        &["people-centered approach"],
    ),
    concept("one country, two systems", &[]),
    concept("reform and opening up", &["reform and opening-up"]),
    concept("supply-side structural reform", &[]),
    concept("targeted poverty alleviation", &[]),
    concept("Five Principles of Peaceful Coexistence", &[]),
    concept(
        "common, comprehensive, cooperative and sustainable security",
        &[],
    ),
    concept("Global South", &[]),
    concept(
        "carbon peaking and carbon neutrality",
        &["dual carbon goals", "carbon peak and carbon neutrality"],
    ),
    concept(
        "full and rigorous Party self-governance",
        &["full and rigorous self-governance of the Party"],
    ),
    concept("consumption upgrading", &["consumption upgrade"]),
    concept(
        "strategy of expanding domestic demand",
        &[
            "strategy of bolstering domestic demands",
            "strategy of bolstering domestic demand",
            "strategy of boosting domestic demand",
        ],
    ),
    concept("domestic demand", &["domestic demands"]),
    concept(
        "accommodating and prudent regulation",
        &[
            "accommodating yet prudent regulation",
            "accommodating yet prudent regulatory approaches",
            "inclusive and prudent regulation",
        ],
    ),
    concept("cloud tourism", &["cloud tour"]),
    concept("leave no one behind", &["leaving no one behind"]),
    concept(
        "just transitions",
        &["just transition", "just energy transitions"],
    ),
    concept(
        "One Earth, One Family, One Future",
        &["One Earth, One Family"],
    ),
    concept("Vasudhaiva Kutumbakam", &[]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_aliases_distinct() {
        let mut seen = std::collections::HashSet::new();
        for e in entries() {
            for n in core::iter::once(&e.name).chain(e.aliases.iter()) {
                assert!(seen.insert(n.to_ascii_lowercase()), "duplicate {n}");
            }
        }
    }
}
