//! A document outline for the structure-aware target: the fuzzer's bytes choose genre
//! pieces (title, byline, dateline, a lede naming a meeting with dates, count headings with
//! items marked in many styles, obligations, lists with gaps and repeats, credits, page
//! chrome, Chinese pieces) and [`Outline::render`] assembles them into a document, so lists,
//! counts and headings are reached far more often than random bytes reach them.

use arbitrary::Arbitrary;

/// Picks `list[i % len]`.
fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[usize::from(i) % list.len()]
}

const TITLES: &[&str] = &[
    "Xi Jinping Attends Central Foreign Affairs Work Conference and Delivers Important Speech",
    "Central Economic Work Conference held in Beijing",
    "Communique of the Fifth Plenary Session of the 19th Central Committee of the Communist Party of China",
    "Li Qiang chairs State Council executive meeting",
    "中央外事工作会议在北京举行",
    "Full text: Proposals for formulating the 14th Five-Year Plan",
    "KEY TAKEAWAYS",
    "",
];

const KICKERS: &[&str] = &[
    "POLITICS",
    "Xinhua",
    "Opinion",
    "China Daily | Updated: 2023-12-28 21:12",
    "新华社",
];

const BYLINES: &[&str] = &[
    "By Xinhua Writers Zhang Wei and Li Na",
    "By Wang Yi",
    "Source: Xinhua",
    "Editor: Liu Qing",
    "Web editor: Chen Lu",
    "Author: Zhou Min",
    "People's Daily Online | 2023-12-28",
    "Updated 14:05, 28 December 2023",
    "(Xinhua) 2023-12-28 20:15:31",
    "By",
];

const DATELINES: &[&str] = &[
    "BEIJING, Dec. 28 (Xinhua) --",
    "BEIJING, Dec. 12 (Xinhua) —",
    "BEIJING, March 5 (Xinhua) –",
    "Beijing, 28 December 2023 --",
    "SHANGHAI, Nov. 5 (Xinhua) --",
    "BEIJING --",
    "新华社北京12月28日电",
    "BEIJING, Feb. 30 (Xinhua) --",
];

const MEETINGS: &[&str] = &[
    "the Central Foreign Affairs Work Conference",
    "the Central Economic Work Conference",
    "the fifth plenary session of the 19th Central Committee of the Communist Party of China",
    "the State Council executive meeting",
    "the Third Plenary Session",
    "a symposium",
    "the Belt and Road Forum for International Cooperation",
];

const PLACES: &[&str] = &[
    "in Beijing",
    "in Chongqing",
    "in Shanghai",
    "in the capital",
    "",
    "at the Great Hall of the People",
];

const DATES: &[&str] = &[
    "from Wednesday to Thursday",
    "on Dec. 27 and 28",
    "from December 27 to 28, 2023",
    "on 11 and 12 December",
    "on Oct. 26-29",
    "from March 5 to March 11",
    "on Feb. 29",
    "on 2023年12月27日至28日",
    "",
];

const COUNTS: &[&str] = &[
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Thirteen", "Fifteen", "Twenty",
];

const COUNT_NOUNS: &[&str] = &[
    "Achievements",
    "musts",
    "principles",
    "points",
    "tasks",
    "priorities",
    "proposals",
    "Major Achievements",
    "adherences",
    "key areas",
    "things",
];

const CJK_HEADINGS: &[&str] = &[
    "十个坚持",
    "六个必须",
    "五个统筹",
    "两个确立",
    "四个全面",
    "三大倡议",
];

const ORDINAL_WORDS: &[&str] = &[
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
];

const ORDINAL_ADVERBS: &[&str] = &[
    "Firstly",
    "Secondly",
    "Thirdly",
    "Fourthly",
    "Fifthly",
    "Sixthly",
    "Seventhly",
    "Eighthly",
    "Ninthly",
    "Tenthly",
];

const NUMBER_WORDS: &[&str] = &[
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve",
];

const CJK_NUMBERS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

const LEADS: &[&str] = &[
    "We must",
    "It is necessary to",
    "We should",
    "We need to",
    "It is imperative to",
    "We will",
    "China will",
    "we must",
    "must",
    "",
];

const BODIES: &[&str] = &[
    "uphold the centralized, unified leadership of the CPC Central Committee",
    "build a community with a shared future for mankind",
    "promote high-quality Belt and Road cooperation",
    "implement the Global Development Initiative, the Global Security Initiative and the Global Civilization Initiative",
    "advance the 14th Five-Year Plan (2021-2025)",
    "follow Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
    "推动构建人类命运共同体",
    "promote an equal and orderly multipolar world and a universally beneficial and inclusive economic globalization",
    "deepen reform and opening up, and pursue high-quality development",
    "adhere to the principle of \"one country, two systems\"",
    "safeguard the \"two establishments\" and achieve the “two upholds”",
    "strengthen the BRI and the GDI",
    "build the Digital Silk Road; the Health Silk Road; and the Green Silk Road",
    "Taiwan",
    "",
];

const CONNECTIVES: &[&str] = &[
    ". ",
    "; ",
    ", and ",
    ": ",
    "。",
    " -- ",
    " — ",
    "... ",
    ". It is necessary to ",
    ". We must ",
];

const CREDITS: &[&str] = &[
    "Editor: Liu Qing",
    "Source: Xinhua",
    "Web editor: Chen Lu, Wang Fang",
    "(Web editor: Zhang Kaiwei, Liang Jun)",
    "Responsible editor: Li Ming",
    "Translated by Zhou Min",
    "(Xinhua)",
    "Enditem",
    "[Editor: Lu Hui]",
    "责任编辑：王雪",
];

const CHROME: &[&str] = &[
    "Share",
    "Print",
    "Comments",
    "Related Stories",
    "Copyright © 2023 Xinhua Net. All rights reserved.",
    "Photo: Xinhua",
    "Home | News | World",
    "Follow us on",
    "Reading time: 5 min",
    "Most Viewed",
    "Nav Search",
    "**",
    "(1/3)",
];

/// A document assembled from genre pieces.
#[derive(Arbitrary, Debug)]
pub struct Outline {
    bom: bool,
    title: Option<u8>,
    kicker: Option<u8>,
    bylines: Vec<u8>,
    dateline: Option<u8>,
    lede: Option<Lede>,
    sections: Vec<SectionPiece>,
    credits: Vec<u8>,
    chrome: Vec<u8>,
    /// Blank lines between paragraphs (else one paragraph per line).
    blank_lines: bool,
    /// The body joined into one line, as scraped web pages often are.
    one_line: bool,
    /// CRLF line ends.
    crlf: bool,
    trailing: Trailing,
    /// No-break spaces in place of some spaces.
    nbsp: bool,
}

/// The lede: a meeting, where and when.
#[derive(Arbitrary, Debug)]
struct Lede {
    meeting: u8,
    place: u8,
    dates: u8,
    tail: u8,
    /// The lede on the dateline's line.
    after_dateline: bool,
}

/// A count heading and its items, or a run of obligations, or a free paragraph.
#[derive(Arbitrary, Debug)]
enum SectionPiece {
    Counted {
        heading: HeadingStyle,
        count: u8,
        noun: u8,
        /// Items as declared (a different number than `count` makes a mismatch).
        items: Vec<ItemPiece>,
        style: MarkerStyle,
        /// All items in one paragraph (a run-in list).
        run_in: bool,
    },
    Obligations(Vec<(u8, u8)>),
    Paragraph(Vec<(u8, u8)>),
    SubHeading(u8),
    Chrome(u8),
    Raw(String),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum HeadingStyle {
    /// `"Ten Achievements".`
    Quoted,
    /// `“Six musts”`
    Curly,
    /// `Six musts`
    Plain,
    /// `**Ten Achievements**`
    Bold,
    /// `The conference summed up the "ten achievements" ...`
    InSentence,
    /// `II. Six musts`
    Roman,
    /// `十个坚持`
    Chinese,
    /// A heading that declares no count.
    NoCount,
    /// No heading at all.
    None,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum MarkerStyle {
    Word,
    Adverb,
    TheNthIsTo,
    NumberIsTo,
    Paren,
    Dot,
    Ideographic,
    ChineseIs,
    ChineseParen,
    Dash,
    Bullet,
    Question,
    /// Each item chooses its own style.
    Mixed,
}

/// One item: which ordinal it carries relative to its place, and its body.
#[derive(Arbitrary, Debug)]
struct ItemPiece {
    ordinal: OrdinalShift,
    own_style: Option<MarkerStyle>,
    lead: u8,
    body: u8,
    more: Option<(u8, u8)>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum OrdinalShift {
    InPlace,
    Skip,
    Repeat,
    Back,
    Last,
}

impl MarkerStyle {
    fn all() -> [MarkerStyle; 12] {
        use MarkerStyle::*;
        [
            Word,
            Adverb,
            TheNthIsTo,
            NumberIsTo,
            Paren,
            Dot,
            Ideographic,
            ChineseIs,
            ChineseParen,
            Dash,
            Bullet,
            Question,
        ]
    }

    /// The marker for ordinal `n` (1-based), with what follows it.
    fn marker(self, n: usize) -> String {
        let i = n.saturating_sub(1);
        let word = |list: &[&str]| list.get(i).map_or_else(|| n.to_string(), |s| s.to_string());
        match self {
            MarkerStyle::Word => format!("{}, ", word(ORDINAL_WORDS)),
            MarkerStyle::Adverb => format!("{}, ", word(ORDINAL_ADVERBS)),
            MarkerStyle::TheNthIsTo => format!("The {} is to ", word(ORDINAL_WORDS).to_lowercase()),
            MarkerStyle::NumberIsTo => format!("{} is to ", word(NUMBER_WORDS)),
            MarkerStyle::Paren => format!("({n}) "),
            MarkerStyle::Dot => format!("{n}. "),
            MarkerStyle::Ideographic => format!("{n}、"),
            MarkerStyle::ChineseIs => format!("{}是", word(CJK_NUMBERS)),
            MarkerStyle::ChineseParen => format!("（{}）", word(CJK_NUMBERS)),
            MarkerStyle::Dash => "—— ".to_string(),
            MarkerStyle::Bullet => "• ".to_string(),
            MarkerStyle::Question => format!("Q{n}: "),
            MarkerStyle::Mixed => Self::all()[n % 12].marker(n),
        }
    }
}

fn sentence(lead: u8, body: u8) -> String {
    let lead = pick(LEADS, lead);
    let body = pick(BODIES, body);
    match (lead.is_empty(), body.is_empty()) {
        (true, _) => format!("{body}."),
        (false, true) => lead.to_string(),
        (false, false) => format!("{lead} {body}."),
    }
}

/// What ends every line besides the line feed.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Trailing {
    Nothing,
    Spaces,
    Tab,
    NoBreakSpace,
}

impl Outline {
    /// The document as text.
    pub fn render(&self) -> String {
        let mut paras: Vec<String> = Vec::new();
        if let Some(k) = self.kicker {
            paras.push(pick(KICKERS, k).to_string());
        }
        if let Some(t) = self.title {
            paras.push(pick(TITLES, t).to_string());
        }
        for &b in self.bylines.iter().take(4) {
            paras.push(pick(BYLINES, b).to_string());
        }
        let dateline = self.dateline.map(|d| pick(DATELINES, d).to_string());
        if let Some(l) = &self.lede {
            let place = pick(PLACES, l.place);
            let dates = pick(DATES, l.dates);
            let mut lede = format!("{} was held {place} {dates}", pick(MEETINGS, l.meeting));
            lede = lede.split_whitespace().collect::<Vec<_>>().join(" ");
            lede.push_str(pick(CONNECTIVES, l.tail));
            lede.push_str(&sentence(l.tail, l.meeting));
            match (&dateline, l.after_dateline) {
                (Some(d), true) => paras.push(format!("{d} {lede}")),
                (Some(d), false) => {
                    paras.push(d.clone());
                    paras.push(lede);
                }
                (None, _) => paras.push(lede),
            }
        } else if let Some(d) = dateline {
            paras.push(d);
        }
        for s in self.sections.iter().take(12) {
            s.render(&mut paras);
        }
        for &c in self.credits.iter().take(4) {
            paras.push(pick(CREDITS, c).to_string());
        }
        for &c in self.chrome.iter().take(4) {
            paras.push(pick(CHROME, c).to_string());
        }

        let eol = if self.crlf { "\r\n" } else { "\n" };
        let trail = match self.trailing {
            Trailing::Nothing => "",
            Trailing::Spaces => "  ",
            Trailing::Tab => "\t",
            Trailing::NoBreakSpace => "\u{a0}",
        };
        let mut out = String::new();
        if self.bom {
            out.push('\u{feff}');
        }
        let sep = if self.blank_lines { 2 } else { 1 };
        for p in &paras {
            // A paragraph may hold line breaks of its own (a raw piece): they follow the style.
            for (i, line) in p.split('\n').enumerate() {
                if i > 0 {
                    out.push_str(trail);
                    out.push_str(eol);
                }
                out.push_str(line);
            }
            for _ in 0..sep {
                out.push_str(trail);
                out.push_str(eol);
            }
            if self.one_line {
                // Undo the line ends: everything after the front matter runs on.
                let cut = out.len() - sep * (trail.len() + eol.len());
                out.truncate(cut);
                out.push(' ');
            }
        }
        if self.nbsp {
            out = out.replace(", ", ",\u{a0}");
        }
        out
    }
}

impl SectionPiece {
    fn render(&self, paras: &mut Vec<String>) {
        match self {
            SectionPiece::Counted {
                heading,
                count,
                noun,
                items,
                style,
                run_in,
            } => {
                let n = usize::from(*count % 16);
                let count_word = COUNTS.get(n.wrapping_sub(1)).copied().unwrap_or("Ten");
                let noun = pick(COUNT_NOUNS, *noun);
                let h = match heading {
                    HeadingStyle::Quoted => Some(format!("\"{count_word} {noun}\".")),
                    HeadingStyle::Curly => Some(format!("“{count_word} {}”", noun.to_lowercase())),
                    HeadingStyle::Plain => Some(format!("{count_word} {}", noun.to_lowercase())),
                    HeadingStyle::Bold => Some(format!("**{count_word} {noun}**")),
                    HeadingStyle::InSentence => Some(format!(
                        "The conference summed up the \"{} {noun}\" of the past decade, as follows:",
                        count_word.to_lowercase()
                    )),
                    HeadingStyle::Roman => Some(format!("{}. {count_word} {noun}", ["I", "II", "III", "IV", "V"][n % 5])),
                    HeadingStyle::Chinese => Some(pick(CJK_HEADINGS, *count).to_string()),
                    HeadingStyle::NoCount => Some(format!("On {}", noun.to_lowercase())),
                    HeadingStyle::None => None,
                };
                if let Some(h) = h {
                    paras.push(h);
                }
                let mut ordinal = 0usize;
                let mut run = String::new();
                for (place, item) in items.iter().take(16).enumerate() {
                    ordinal = match item.ordinal {
                        OrdinalShift::InPlace => place + 1,
                        OrdinalShift::Skip => ordinal + 2,
                        OrdinalShift::Repeat => ordinal.max(1),
                        OrdinalShift::Back => ordinal.saturating_sub(1).max(1),
                        OrdinalShift::Last => 99,
                    };
                    let style = item.own_style.unwrap_or(*style);
                    let mut text = style.marker(ordinal);
                    text.push_str(&sentence(item.lead, item.body));
                    if let Some((l, b)) = item.more {
                        text.push(' ');
                        text.push_str(&sentence(l, b));
                    }
                    if *run_in {
                        if !run.is_empty() {
                            run.push(' ');
                        }
                        run.push_str(&text);
                    } else {
                        paras.push(text);
                    }
                }
                if !run.is_empty() {
                    paras.push(run);
                }
            }
            SectionPiece::Obligations(list) => {
                for &(l, b) in list.iter().take(8) {
                    paras.push(sentence(l, b));
                }
            }
            SectionPiece::Paragraph(list) => {
                let mut p = String::new();
                for &(c, b) in list.iter().take(8) {
                    p.push_str(&sentence(c, b));
                    p.push_str(pick(CONNECTIVES, c));
                }
                paras.push(p);
            }
            SectionPiece::SubHeading(h) => paras.push(pick(COUNT_NOUNS, *h).to_uppercase()),
            SectionPiece::Chrome(c) => paras.push(pick(CHROME, *c).to_string()),
            // Raw text keeps the model's CR-free precondition for the variants check.
            SectionPiece::Raw(s) => {
                paras.push(s.chars().take(200).filter(|&c| c != '\r').collect())
            }
        }
    }
}
