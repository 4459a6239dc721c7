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
    initiative(
        "Polar Silk Road",
        None,
        &["Ice Silk Road", "Silk Road on Ice"],
    ),
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
    // Regional strategies, funds, programmes and frameworks.
    initiative(
        "coordinated development of the Beijing-Tianjin-Hebei region",
        None,
        &[
            "Beijing-Tianjin-Hebei coordinated development",
            "coordinated development of Beijing, Tianjin and Hebei",
        ],
    ),
    initiative(
        "integrated development of the Yangtze River Delta",
        None,
        &[
            "Yangtze River Delta integration",
            "Yangtze River Delta integrated development",
        ],
    ),
    initiative(
        "Chengdu-Chongqing economic circle",
        None,
        &["Chengdu-Chongqing twin-city economic circle"],
    ),
    initiative(
        "ecological protection and high-quality development of the Yellow River basin",
        None,
        &["ecological protection and high-quality development in the Yellow River basin"],
    ),
    initiative(
        "revitalization of northeast China",
        None,
        &[
            "Northeast China revitalization",
            "revitalization of the northeast",
        ],
    ),
    initiative(
        "rise of central China",
        None,
        &["rise of the central region"],
    ),
    initiative(
        "China-Europe Railway Express",
        None,
        &["China-Europe freight trains"],
    ),
    initiative("Luban Workshop", None, &["Luban Workshops"]),
    initiative(
        "Global Development and South-South Cooperation Fund",
        None,
        &[],
    ),
    initiative("South-South Cooperation Assistance Fund", None, &[]),
    initiative("China-UN Peace and Development Fund", None, &[]),
    initiative("Kunming Biodiversity Fund", None, &[]),
    initiative(
        "Kunming-Montreal Global Biodiversity Framework",
        None,
        &["Kunming-Montreal Framework"],
    ),
    initiative("Digital Economy Partnership Agreement", Some("DEPA"), &[]),
    initiative("China Standards 2035", None, &[]),
    initiative(
        "Double First-Class initiative",
        None,
        &["Double First-Class"],
    ),
    initiative("double reduction policy", None, &["double reduction"]),
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
        &[
            "people-centered approach",
            "people-centred development philosophy",
            "people-centred approach",
        ],
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
    // The Party's guiding thought and its fixed formulations.
    concept("Marxism-Leninism", &[]),
    concept("Mao Zedong Thought", &[]),
    concept("Deng Xiaoping Theory", &[]),
    concept(
        "Three Represents",
        &[
            "important thought of Three Represents",
            "Theory of Three Represents",
        ],
    ),
    concept(
        "Scientific Outlook on Development",
        &["Scientific Development Concept"],
    ),
    concept(
        "Xi Jinping Thought on Ecological Civilization",
        &["Xi Jinping's thought on ecological civilization"],
    ),
    concept("Xi Jinping Thought on the Rule of Law", &[]),
    concept(
        "Xi Jinping Thought on Economy",
        &[
            "Xi Jinping Economic Thought",
            "Xi Jinping's economic thought",
        ],
    ),
    concept("Xi Jinping Thought on Culture", &[]),
    concept(
        "Xi Jinping Thought on Strengthening the Military",
        &["Xi Jinping Thought on a Strong Military"],
    ),
    concept("Two Establishments", &["two establishes"]),
    concept("Two Upholds", &["two safeguards"]),
    concept(
        "four consciousnesses",
        &[
            "four-consciousness",
            "four kinds of consciousness",
            "four awarenesses",
            "four kinds of awareness",
        ],
    ),
    concept(
        "four matters of confidence",
        &[
            "four confidences",
            "four-sphere confidence",
            "four self-confidences",
        ],
    ),
    concept(
        "five-sphere integrated plan",
        &["five-pronged overall plan", "five-in-one overall layout"],
    ),
    concept("primary stage of socialism", &[]),
    concept("self-revolution", &["Party's self-reform"]),
    concept(
        "law-based governance",
        &[
            "law-based governance on all fronts",
            "comprehensive law-based governance",
            "law-based governance in all fields",
        ],
    ),
    concept("one-China principle", &["one China principle"]),
    concept("1992 Consensus", &[]),
    concept(
        "peaceful reunification",
        &[
            "complete reunification of the motherland",
            "complete reunification of China",
            "national reunification",
            "reunification of the motherland",
        ],
    ),
    concept("independent foreign policy of peace", &[]),
    concept("amity, sincerity, mutual benefit and inclusiveness", &[]),
    concept("sincerity, real results, amity and good faith", &[]),
    concept("Silk Road spirit", &["spirit of the Silk Road"]),
    concept("Shanghai Spirit", &[]),
    concept("Bandung Spirit", &[]),
    // Development and governance.
    concept(
        "self-reliance and strength in science and technology",
        &[
            "greater self-reliance and strength in science and technology",
            "self-reliance in science and technology",
            "self-reliance and self-improvement in science and technology",
        ],
    ),
    concept(
        "new system for mobilizing resources nationwide",
        &["new whole-nation system", "whole-nation system"],
    ),
    concept(
        "high-standard opening up",
        &["high-level opening up", "institutional opening up"],
    ),
    concept(
        "modern industrial system",
        &["modernized industrial system"],
    ),
    concept(
        "modernized economic system",
        &["modern economic system", "modernized economy"],
    ),
    concept("new industrialization", &["new type of industrialization"]),
    concept("new infrastructure", &[]),
    concept(
        "modernization of the national governance system and capacity",
        &["modernization of China's system and capacity for governance"],
    ),
    concept(
        "stability on six fronts",
        &["six stabilities", "ensuring stability on six fronts"],
    ),
    concept(
        "security in six areas",
        &["six guarantees", "maintaining security in six areas"],
    ),
    concept("three critical battles", &["three tough battles"]),
    concept(
        "dynamic zero-COVID",
        &["dynamic zero-COVID policy", "dynamic clearing"],
    ),
    // Ecology and the world.
    concept(
        "harmony between humanity and nature",
        &[
            "harmony between man and nature",
            "harmonious coexistence between humanity and nature",
            "harmonious coexistence between man and nature",
        ],
    ),
    concept(
        "lucid waters and lush mountains are invaluable assets",
        &[
            "clear waters and green mountains are as valuable as mountains of gold and silver",
            "green mountains are gold mountains",
        ],
    ),
    concept(
        "community of life for man and nature",
        &["community of life for humanity and nature"],
    ),
    concept("common but differentiated responsibilities", &[]),
    concept("Vasudhaiva Kutumbakam", &[]),
    // Economic work: the general principle and the standing policy formulations.
    concept(
        "pursuing progress while ensuring stability",
        &[
            "seeking progress while maintaining stability",
            "seeking progress while keeping stability",
            "pursuing progress while maintaining stability",
            "making progress while maintaining stability",
            "seek progress while maintaining stability",
            "pursue progress while ensuring stability",
        ],
    ),
    concept("proactive fiscal policy", &["more proactive fiscal policy"]),
    concept(
        "prudent monetary policy",
        &[
            "sound monetary policy",
            "prudent and flexible monetary policy",
        ],
    ),
    concept(
        "unified national market",
        &["unified domestic market", "national unified market"],
    ),
    concept(
        "coordinated regional development",
        &[
            "coordinated development among regions",
            "coordinated development between regions",
        ],
    ),
    concept(
        "military-civilian integration",
        &[
            "civil-military integration",
            "military-civil fusion",
            "civil-military fusion",
        ],
    ),
    // Party conduct and governance.
    concept(
        "eight-point decision on improving conduct",
        &[
            "eight-point decision",
            "eight-point rules",
            "eight-point regulation",
            "eight-point regulations",
            "eight-point frugality rules",
            "eight-point code",
        ],
    ),
    concept(
        "formalism and bureaucratism",
        &[
            "bureaucratism and formalism",
            "formalities for formalities' sake",
            "pointless formalities",
        ],
    ),
    concept(
        "four forms of decadence",
        &[
            "four undesirable work styles",
            "four forms of undesirable conduct",
        ],
    ),
    concept(
        "adapting Marxism to the Chinese context and the needs of our times",
        &[
            "Sinicization of Marxism",
            "adapting Marxism to the Chinese context",
            "adapting Marxism to China's realities",
        ],
    ),
    concept(
        "sense of community for the Chinese nation",
        &[
            "strong sense of community for the Chinese nation",
            "sense of community of the Chinese nation",
        ],
    ),
    concept(
        "harmonious socialist society",
        &["socialist harmonious society", "harmonious society"],
    ),
    // Hong Kong, Macao and foreign relations.
    concept(
        "patriots administering Hong Kong",
        &[
            "Hong Kong administered by patriots",
            "patriots governing Hong Kong",
            "patriots administering Macao",
            "Macao administered by patriots",
        ],
    ),
    concept("high degree of autonomy", &[]),
    concept(
        "new model of major-country relations",
        &[
            "new type of major-country relationship",
            "new type of major-country relations",
            "new model of major-power relations",
            "new type of major-power relations",
        ],
    ),
    initiative(
        "East Data, West Computing",
        None,
        &[
            "East Data West Computing",
            "eastern data and western computing",
        ],
    ),
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
