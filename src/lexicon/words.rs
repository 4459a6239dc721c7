//! Word lists the name scan uses around the lexicon: the head nouns that end a name and
//! tell its kind, the small words a name may contain, the words that stop it, and the words
//! that tell a quoted term from a quoted clause.
//!
//! Each list is written once here; the scan in `parse::names` reads them.

use crate::model::NameKind;

/// A head noun of names: the word (or words) a name of the genre ends in, the kind of
/// thing it names, and whether it makes a name in lower case too.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Head {
    pub(crate) word: &'static str,
    pub(crate) kind: NameKind,
    pub(crate) lower: bool,
}

const fn head(word: &'static str, kind: NameKind) -> Head {
    Head {
        word,
        kind,
        lower: false,
    }
}

/// Head nouns of names, in capitals (`… Initiative` also in lower case: `AI Plus
/// initiative`). A head makes a name with the capitalised words before it, or with a `for`
/// / `of` / `on` phrase of name words after it (`Declaration on the Conduct of Parties …`).
///
/// In: initiatives, plans, programmes, agendas, visions, strategies, laws, codes,
/// regulations, agreements, treaties, conventions, declarations, statements, consensuses,
/// partnerships, forums, summits, expos, conferences, funds, foundations, banks, facilities, centres,
/// alliances, platforms, mechanisms, clubs, dialogues, meetings, networks, associations,
/// leagues, industrial, science, technology and logistics parks. Out: nouns of
/// places and peoples (a country is not a named thing), and `Committee` / `Commission` /
/// `Council` (too often the start of a body's title in a byline; known bodies are in the
/// lexicon).
pub(crate) const HEADS: &[Head] = &[
    Head {
        word: "Initiative",
        kind: NameKind::Initiative,
        lower: true,
    },
    head("Campaign", NameKind::Initiative),
    head("Project", NameKind::Initiative),
    head("Scholarship", NameKind::Initiative),
    head("Contest", NameKind::Initiative),
    head("Silk Road", NameKind::Initiative),
    head("Corridor", NameKind::Initiative),
    head("Railway", NameKind::Initiative),
    head("Area", NameKind::Initiative),
    head("Zone", NameKind::Initiative),
    head("Industrial Park", NameKind::Initiative),
    head("Science Park", NameKind::Initiative),
    head("Technology Park", NameKind::Initiative),
    head("Logistics Park", NameKind::Initiative),
    head("Five-Year Plan", NameKind::Plan),
    head("Plan", NameKind::Plan),
    head("Program", NameKind::Plan),
    head("Programme", NameKind::Plan),
    head("Agenda", NameKind::Plan),
    head("Vision", NameKind::Plan),
    head("Framework", NameKind::Plan),
    head("Strategy", NameKind::Strategy),
    head("Law", NameKind::Law),
    head("Code", NameKind::Law),
    head("Regulations", NameKind::Law),
    head("Agreement", NameKind::Agreement),
    head("Treaty", NameKind::Agreement),
    head("Protocol", NameKind::Agreement),
    head("Accord", NameKind::Agreement),
    head("Charter", NameKind::Agreement),
    head("Amendment", NameKind::Agreement),
    head("Memorandum", NameKind::Agreement),
    head("Convention", NameKind::Agreement),
    head("Declaration", NameKind::Agreement),
    head("Statement", NameKind::Agreement),
    head("Consensus", NameKind::Agreement),
    head("Partnership", NameKind::Agreement),
    head("Partnerships", NameKind::Agreement),
    head("Forum", NameKind::Meeting),
    head("Summit", NameKind::Meeting),
    head("Expo", NameKind::Meeting),
    head("Conference", NameKind::Meeting),
    head("Dialogue", NameKind::Meeting),
    head("Meeting", NameKind::Meeting),
    head("Fund", NameKind::Organisation),
    head("Foundation", NameKind::Organisation),
    head("Bank", NameKind::Organisation),
    head("Facility", NameKind::Organisation),
    head("Centre", NameKind::Organisation),
    head("Center", NameKind::Organisation),
    head("Alliance", NameKind::Organisation),
    head("Association", NameKind::Organisation),
    head("League", NameKind::Organisation),
    head("Network", NameKind::Organisation),
    head("Platform", NameKind::Organisation),
    head("Mechanism", NameKind::Organisation),
    head("Club", NameKind::Organisation),
    head("Commission", NameKind::Organisation),
    head("Committee", NameKind::Organisation),
    head("Office", NameKind::Organisation),
    head("Administration", NameKind::Organisation),
    head("Bureau", NameKind::Organisation),
    head("Exchange", NameKind::Organisation),
];

/// Personal titles: a name by shape after one of these and `of` is part of the title
/// (rule `office_of_a_title`).
pub(crate) const PERSONAL_TITLES: &[&str] = &[
    "Chairman",
    "Chairwoman",
    "Chair",
    "Vice-Chairman",
    "President",
    "Vice-President",
    "Premier",
    "Vice-Premier",
    "Secretary",
    "Secretary-General",
    "Minister",
    "Director",
    "Deputy",
    "Member",
    "Members",
    "Head",
    "Governor",
    "Mayor",
    "Ambassador",
    "Spokesperson",
    "Spokesman",
    "Commissioner",
];

/// The units of a counted name, after a count and a hyphen: `eight-point proposal`,
/// `two-pillar solution`, `four-pronged strategy`, `three-step plan`.
pub(crate) const COUNT_UNITS: &[&str] = &["point", "pillar", "pronged", "step"];

/// The nouns a counted name ends in, in any case, and the kind of thing each names. A
/// count of something else (`a two-point lead`, `a three-step process`) is not a name.
pub(crate) const COUNTED_HEADS: &[(&str, NameKind)] = &[
    ("proposal", NameKind::Initiative),
    ("proposals", NameKind::Initiative),
    ("initiative", NameKind::Initiative),
    ("plan", NameKind::Plan),
    ("roadmap", NameKind::Plan),
    ("programme", NameKind::Plan),
    ("program", NameKind::Plan),
    ("agenda", NameKind::Plan),
    ("framework", NameKind::Plan),
    ("solution", NameKind::Plan),
    ("paper", NameKind::Plan),
    ("strategy", NameKind::Strategy),
    ("approach", NameKind::Strategy),
    ("principles", NameKind::Strategy),
    ("guidelines", NameKind::Strategy),
    ("consensus", NameKind::Agreement),
    ("agreement", NameKind::Agreement),
    ("understanding", NameKind::Agreement),
    ("rules", NameKind::Law),
];

/// Head nouns that make a name only between name words and an `of` phrase:
/// `China-ASEAN Year of Sustainable Development`, but not `New Year` or `this Year`.
pub(crate) const HEADS_OF: &[&str] = &["Year", "Years"];

/// Lower-case nouns that make a quoted name before them a named thing, and its kind:
/// `“Opening-Up” policy`, `"Chinese Bridge" summer camp`.
pub(crate) const QUOTED_HEADS: &[(&str, NameKind)] = &[
    ("policy", NameKind::Strategy),
    ("plan", NameKind::Plan),
    ("programme", NameKind::Plan),
    ("program", NameKind::Plan),
    ("project", NameKind::Initiative),
    ("projects", NameKind::Initiative),
    ("initiative", NameKind::Initiative),
    ("initiatives", NameKind::Initiative),
    ("scheme", NameKind::Plan),
    ("campaign", NameKind::Initiative),
    ("camp", NameKind::Initiative),
    ("strategy", NameKind::Strategy),
    ("reform", NameKind::Initiative),
    ("reforms", NameKind::Initiative),
    ("deployment", NameKind::Initiative),
    ("infrastructure", NameKind::Initiative),
    ("mechanism", NameKind::Initiative),
    ("framework", NameKind::Plan),
    ("zone", NameKind::Initiative),
    ("zones", NameKind::Initiative),
];

/// Small words a name may contain between its name words (`Belt and Road Forum for
/// International Cooperation`).
pub(crate) const CONNECTORS: &[&str] = &["and", "of", "for", "the", "on", "&"];

/// Words that end a name when walking back from its head: prepositions, determiners,
/// pronouns and conjunctions that open the phrase around it.
pub(crate) const STOP_WORDS: &[&str] = &[
    "in", "at", "by", "with", "from", "since", "as", "this", "these", "that", "its", "their",
    "our", "his", "her", "a", "an", "to", "we", "it", "under", "after", "before", "through", "via",
    "during", "while", "when", "if", "all", "both", "each", "every", "guided",
];

/// Months and days of the week, in full and abbreviated: a name never ends in one
/// (`Paris Peace Forum on Nov. 12` names the forum, not `… on Nov`).
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Chinese places whose names end in `-ing`, like a verb opening a clause.
pub(crate) const PLACES_IN_ING: &[&str] = &[
    "Beijing",
    "Nanjing",
    "Chongqing",
    "Kunming",
    "Nanning",
    "Xining",
    "Jining",
    "Liaoning",
    "Dongying",
    "Xianning",
    "Haining",
    "Zhaoqing",
];

/// Words that make a quotation a clause rather than a term.
pub(crate) const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "am", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "said", "says", "say", "has", "have", "had", "do", "does",
    "did",
];

/// Words a coined term does not open with: pronouns, negations and the degree adverbs of
/// scare quotes (`"very productive"`).
pub(crate) const NOT_FIRST: &[&str] = &[
    "the",
    "i",
    "he",
    "she",
    "they",
    "you",
    "not",
    "no",
    "very",
    "so",
    "too",
    "more",
    "most",
    "quite",
    "rather",
    "less",
    "highly",
    "fully",
    "really",
    "extremely",
    "totally",
    "completely",
    "truly",
    "relatively",
    "particularly",
    "especially",
];

/// Whether `w` is one of `list`, ignoring ASCII case.
pub(crate) fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Common Chinese surnames in pinyin: a reporter's name printed alone under a date stamp
/// (`Liu Jian`) is told from a heading by its first word.
pub(crate) const SURNAMES: &[&str] = &[
    "Bai", "Bao", "Bi", "Bian", "Cai", "Cao", "Chai", "Chang", "Chen", "Cheng", "Chu", "Cui",
    "Dai", "Deng", "Ding", "Dong", "Dou", "Du", "Duan", "Fan", "Fang", "Fei", "Feng", "Fu", "Gan",
    "Gao", "Ge", "Geng", "Gong", "Gu", "Guan", "Guo", "Han", "Hao", "He", "Hou", "Hu", "Hua",
    "Huang", "Huo", "Ji", "Jia", "Jiang", "Jiao", "Jin", "Jing", "Kang", "Kong", "Kou", "Lai",
    "Lan", "Lang", "Lao", "Le", "Lei", "Li", "Lian", "Liang", "Liao", "Lin", "Ling", "Liu", "Long",
    "Lou", "Lu", "Luo", "Lyu", "Ma", "Mao", "Mei", "Meng", "Miao", "Mo", "Mu", "Nie", "Ning",
    "Niu", "Ou", "Pan", "Pang", "Pei", "Peng", "Pu", "Qi", "Qian", "Qiao", "Qin", "Qiu", "Qu",
    "Rao", "Ren", "Ruan", "Sang", "Shang", "Shao", "Shen", "Shi", "Shu", "Si", "Song", "Su", "Sun",
    "Tan", "Tang", "Tao", "Tian", "Tong", "Wan", "Wang", "Wei", "Wen", "Wu", "Xi", "Xia", "Xiang",
    "Xiao", "Xie", "Xin", "Xing", "Xiong", "Xu", "Xue", "Yan", "Yang", "Yao", "Ye", "Yi", "Yin",
    "Yu", "Yuan", "Yue", "Zeng", "Zhai", "Zhan", "Zhang", "Zhao", "Zheng", "Zhong", "Zhou", "Zhu",
    "Zhuang", "Zhuo", "Zou", "Zuo",
];

/// Words that name an issuing body in a notice's signature (`General Office of the
/// People's Government of Hainan Province`).
pub(crate) const ISSUERS: &[&str] = &[
    "Administration",
    "Bureau",
    "Commission",
    "Committee",
    "Council",
    "Department",
    "Government",
    "Ministry",
    "Office",
];

/// Words that name an institution, in an author's affiliation line.
pub(crate) const INSTITUTION_WORDS: &[&str] = &[
    "Academy",
    "Center",
    "Centre",
    "College",
    "Foundation",
    "Institute",
    "Institution",
    "Ministry",
    "School",
    "University",
];

/// Words that end the name of a speech in a title: `Remarks by`, `Keynote Speech by`,
/// `Xi Jinping's address at`.
pub(crate) const SPEECH_WORDS: &[&str] = &[
    "address",
    "keynote",
    "lecture",
    "message",
    "remarks",
    "speech",
    "statement",
    "toast",
];

/// Words of a speaker's office or honour, printed before the name: `H.E. Ambassador Wei
/// Minghua`, `Chinese President Xi Jinping`.
pub(crate) const OFFICE_WORDS: &[&str] = &[
    "ambassador",
    "chairman",
    "chancellor",
    "commissioner",
    "consul",
    "councillor",
    "councilor",
    "counsellor",
    "director",
    "dr.",
    "envoy",
    "excellency",
    "general",
    "governor",
    "h.e.",
    "madam",
    "mayor",
    "minister",
    "mr.",
    "mrs.",
    "ms.",
    "premier",
    "president",
    "prof.",
    "representative",
    "secretary",
    "spokesperson",
    "vice",
];

/// Words of a staff byline that are not names: `By a staff reporter`, `By our
/// correspondent`, `By Xinhua writers Li Wei and Zhang Min`.
pub(crate) const BYLINE_ROLES: &[&str] = &[
    "correspondent",
    "correspondents",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "writer",
    "writers",
];

/// Words that name a writer's position (`Senior Fellow`, `China Correspondent`,
/// `Professor of Economics`), lower case.
pub(crate) const POSITION_WORDS: &[&str] = &[
    "fellow",
    "professor",
    "correspondent",
    "director",
    "editor",
    "researcher",
    "lecturer",
    "ambassador",
    "analyst",
    "reporter",
    "chair",
    "chairman",
    "chairwoman",
    "president",
    "dean",
    "head",
    "chief",
    "minister",
    "consul",
    "secretary",
    "commentator",
    "columnist",
    "scholar",
    "economist",
    "adviser",
    "advisor",
    "counsellor",
    "counselor",
    "envoy",
    "co-director",
    "founder",
    "partner",
    "premier",
    "governor",
    "mayor",
    "spokesperson",
];
