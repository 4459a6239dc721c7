//! The parser's rules: every heuristic that decides what a piece of text is, by name.
//!
//! tifa reads a genre, not a grammar: whether a line is a heading or the first item of a
//! list is decided by many interacting rules of thumb. Each rule that has been
//! migrated to this catalogue has a [`RuleId`], a row in [`RULES`] (its phase, what it
//! decides, an example, and the thresholds it uses with why they have their value), and
//! records every verdict it gives as a [`Decision`]. [`explain`](crate::explain) returns
//! those decisions, so that the question "why is this line a heading?" has an answer:
//!
//! ```
//! let text = "Rural Work Conference\n\n\"Two Musts\".\n\nWe must unite.\n\nWe must work hard.\n";
//! let why = tifa::explain(text);
//! let line3 = why.line(3).map(|d| d.rule.name()).collect::<Vec<_>>();
//! assert_eq!(line3, ["plain_heading", "declared_count", "section_rank"]);
//! let line5 = why.line(5).map(|d| d.rule.name()).collect::<Vec<_>>();
//! assert_eq!(line5, ["obligation_block", "obligation_run"]);
//! ```
//!
//! The thresholds are not options: they interact, and the development corpus, not the
//! caller, sets them. The same table is rendered in the repository's `ARCHITECTURE.md`; a
//! test keeps the two equal.

use crate::diagnostic::DiagnosticKind;
use crate::model::BlockKind;
use crate::span::Span;

/// The phase of the pipeline a rule belongs to, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Phase {
    /// Paragraph recovery: which lines make one paragraph-level unit (wrapped lines joined,
    /// a run-on line cut at its sentences).
    Units,
    /// What each paragraph-level block is: title, byline, heading, item, paragraph ...
    Blocks,
    /// Sections: which headings open them and which qualify another.
    Outline,
    /// Lists: which items belong together, and under which heading.
    Lists,
    /// Names: which words are a named thing (an initiative, a plan, a meeting ...) or a
    /// fixed formulation.
    Names,
    /// What the document says of itself: its date, publisher, the meeting it reports.
    Metadata,
    /// What the text as a whole reports as odd.
    Diagnostics,
}

impl Phase {
    /// The phase's name, as in the catalogue.
    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Units => "units",
            Phase::Blocks => "blocks",
            Phase::Outline => "outline",
            Phase::Lists => "lists",
            Phase::Names => "names",
            Phase::Metadata => "metadata",
            Phase::Diagnostics => "diagnostics",
        }
    }
}

/// A number a rule compares against, and why it has its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Threshold {
    /// What is measured.
    pub name: &'static str,
    /// The value, as written in the code.
    pub value: &'static str,
    /// Why it has that value.
    pub why: &'static str,
}

/// One row of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rule {
    /// The rule.
    pub id: RuleId,
    /// Its phase.
    pub phase: Phase,
    /// What it decides, in one sentence.
    pub summary: &'static str,
    /// A short text on which it fires (`¶` stands for a paragraph break).
    pub example: &'static str,
    /// The numbers it compares against.
    pub thresholds: &'static [Threshold],
}

macro_rules! catalogue {
    ($(
        $id:ident $name:literal $phase:ident
        $summary:literal
        example $example:literal
        [$($tname:literal = $tvalue:literal: $twhy:literal),* $(,)?]
    )*) => {
        /// A rule of the parser, by name. [`RuleId::info`] gives its catalogue row.
        ///
        /// The names are stable: they appear in diagnostics, explanations and JSON.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
        #[non_exhaustive]
        pub enum RuleId {
            $(
                #[doc = $summary]
                $id,
            )*
        }

        impl RuleId {
            /// The rule's snake_case name.
            pub const fn name(self) -> &'static str {
                match self {
                    $(RuleId::$id => $name,)*
                }
            }
        }

        /// Every rule, in the order the parser applies them.
        pub const RULES: &[Rule] = &[$(
            Rule {
                id: RuleId::$id,
                phase: Phase::$phase,
                summary: $summary,
                example: $example,
                thresholds: &[$(Threshold { name: $tname, value: $tvalue, why: $twhy }),*],
            },
        )*];
    };
}

catalogue! {
    HardWrap "hard_wrap" Units
    "In hard-wrapped text (a PDF extraction or a mail: most lines end near one width, or a third of them when a dozen do, as in a newsletter of many short lines; a narrow wrap of about thirty columns when a dozen and half of them do), the lines of a paragraph are one unit; a line break there is not a break of the text. Under a line well short of the width (a heading, a byline), a list item or a date alone starts a unit, and so does any line but a lower-case one under a short numbered line (a table of contents' entry); a credit line (`Authors: ...`), an email's header field or a row of links or buttons (`[Contents]   [Previous]   [Next]`) starts one under any line; an entry of a table of contents (`I. ... ........ 2`) is one of its own."
    example "The plenary session reviewed the work of the Political Bureau since the\nlast session and adopted the proposals for the next five-year plan."
    [
        "wrap width" = "40..=140 bytes": "the widths PDF extractions and mail clients wrap at; shorter is a list of short lines, longer is not wrapped",
        "width measured" = "the 9th decile of line lengths": "the longest lines are the full ones; the last lines of paragraphs are shorter",
        "a short line" = "< 3/4 of the width": "a full line of wrapped text is within a long word of the width",
        "lines near the width" = ">= 3/4 of it, for half the lines and four lines at least": "in wrapped text most lines are full; a list of lines of all lengths is not wrapped, and in a text of four short lines two can be near the longest by chance"
    ]

    LowercaseContinuation "lowercase_continuation" Units
    "A line that continues an unfinished line in lower case joins it: the text was wrapped, or a sentence broken by the copy."
    example "The meeting called for efforts to\nstabilise employment."
    ["line before, in text without blank lines" = ">= 3/4 of the wrap width": "there a line break is a unit break unless the line before was full"]

    CommaContinuation "comma_continuation" Units
    "In wrapped text, a paragraph that ends with a comma continues after the blank line: one paragraph split mid-sentence by a page or a copy."
    example "The session stressed that, in the face of risks,\n\nthe Party must stay united."
    []

    TranslationLine "translation_line" Units
    "On a bilingual page, the line in Latin script right under a numbered line in Chinese, without a number or an ordinal of its own, is that item's translation: one unit with it. A translation that numbers its items itself (`First, ...`) is a list of its own."
    example "1. 大力提振消费，全方位扩大国内需求\nVigorously boosting consumption and expanding domestic demand"
    []

    SplitWord "split_word" Units
    "An ordinal suffix (`th`) or a drop cap on a line of its own joins the line it belongs to (`the 20`, `th`, `Central Committee`); so does a part's number alone (`01`) the heading it numbers."
    example "the 20\nth\nCentral Committee"
    []

    ItemOpensUnit "item_opens_unit" Units
    "In wrapped text, a line that opens with a list marker after a finished sentence (or after `; and`), with `(1)` or `(a)` whatever comes before, or with the bullet the line above opens with (`•` under `•`: one-line bullets), starts a unit of its own."
    example "The tasks are as follows.\n(1) Expanding domestic demand and\nboosting consumption."
    []

    CentredLine "centred_line" Units
    "Lines centred on a page (each indented by its own amount, as on a PDF's cover: title, motto, adoption note) are units of their own."
    example "      Report on the Work of the Government\n   Delivered at the Fourth Session"
    ["indent" = ">= 2 bytes on both lines, and not the same": "wrapped lines share their paragraph's left edge; a first line indented alone is a paragraph's indent"]

    RunOnSplit "run_on_split" Units
    "A text scraped onto one long line is cut into units at sentence ends, dash bullets after a semicolon, photo credits, furniture in parentheses, datelines and ALL-CAPS sub-headings."
    example "Title ( Example News ) 08:20, March 3, 2024 The meeting was held. It set tasks. ..."
    ["line" = ">= 1,500 bytes and >= 6/10 of the text": "a paragraph of the genre is rarely over 1,000 bytes; a whole article on one line is"]

    TopChrome "top_chrome" Blocks
    "Page furniture above the headline (share buttons, navigation, a site name) is chrome."
    example "Share Tweet Email ¶ Rural Work Conference Sets Tasks"
    ["blocks looked at" = "8": "a headline sits within the first few lines of any page seen"]

    RunOnHeader "run_on_header" Blocks
    "In a text scraped onto one line, the headline cut before an inline stamp is the title and the stamp a byline."
    example "Meeting Sets Tasks (Example News) 08:20, March 3, 2024 The meeting was held ..."
    []

    StampKind "stamp_kind" Blocks
    "A short header line with a date and a source is a byline; one whose date has no year and that names no author is a dateline. The first stamp's date dates the text, except a translation's line on its original (`Original source: Xinhua News Agency, September 19, 2019`) with the page's own stamp under it (`Posted: September 22, 2019`)."
    example "Rural Work Conference Sets Tasks ¶ Example News | 2024-03-03"
    ["length of a stamp line" = "< 240 bytes": "a stamp is a line of furniture, never a paragraph"]

    LabelAboveHeadline "label_above_headline" Blocks
    "A place line, an editor's note, a section label, a breadcrumb, page furniture or a masthead (the site's name on the first line, over a breadcrumb, a label in capitals or furniture) printed above a longer headline is a dateline, a dek or furniture."
    example "Beijing, China ¶ Rural Work Conference Sets Tasks ¶ The meeting was held ..."
    ["header lines looked at" = "6": "a masthead, a menu, a language switch, a breadcrumb or a label, and a line or two of furniture",
     "masthead" = "first line after furniture, <= 16 words": "a site's or an institution's name, over the page's furniture",
     "section label" = "<= 3 capitalised words": "a section name (`Politics`, `East Asia`) is short; a headline has a verb and more words",
     "headline after labels" = ">= 4 words, not a stamp": "what follows a label is read as the headline only when it is longer than a label"]

    AfterStamp "after_stamp" Blocks
    "Right after the last stamp of the header, a byline (`By ...`, with its outlet on the next line, a name with its role, analysts' contact lines with their telephone numbers and addresses as a research note prints them (`Jennifer Lau, Chief Economist, Greater China      +852 3120 4417` / `jennifer.lau@bank.example`: each name an author), authors side by side in columns over their roles (`Helen Tsang      Marcus Ho` / `Chief Economist      Economist`), authors joined by `and`, alone or over their institution: `Ana Costa and Tom Reyes` / `Centre for River Policy`, or a reporter's name alone in pinyin: `Liu Jian`, a common Chinese surname first), a credit line, a place line (not a line in capitals over a list's first item: that is the list's heading), a delivery or adoption note (`—Delivered at the Fourth Session ...`, a dek) or page furniture (a relative time alone, `Updated 2 minutes ago`, too) still belongs to the header."
    example "Meeting Sets Tasks ¶ March 3, 2024 ¶ By Zhou Lan ¶ The meeting was held ..."
    ["blocks looked at" = "4": "a byline, a credit, a place and a share bar are the most seen under a stamp",
     "outlet line" = "<= 6 words": "an outlet's name under a byline is short and unpunctuated"]

    FrontMatter "front_matter" Blocks
    "A text that opens with YAML front matter between two `---` lines takes its `title` as the title, its first `published` or `date` as the date (a note's `created` when neither is there), its `author` list as the bylines and its `source` (not a page address) as a credit; the other fields are furniture. Without a `title` field the header is read under the front matter."
    example "--- ¶ title: \"The forum's plan\" ¶ author: ¶ - \"[[Ann Lee]]\" ¶ published: 2026-11-22 ¶ --- ¶ Hi all ..."
    ["lines looked at" = "40": "a clipper's front matter has a dozen fields, lists included"]

    EmailHeaders "email_headers" Blocks
    "A newsletter pasted from an email opens with its headers: when the first blocks hold a `Subject:` line and another field beside it (`From:`, `Date:`, `To:`), the subject is the title, the date line dates the text, the sender's name is the publisher and the other fields are furniture; so is a forwarder's note above them. A forward's own subject (`Subject: FW: ...`) gives way to the forwarded message's, under a forwarder's note of a few paragraphs; then the forwarder (the first `From:`) is a credit and the forwarded message's sender the publisher."
    example "From: River Letters ¶ Date: Fri, 19 Jun 2026 at 07:30 ¶ Subject: #188 — The forum's plan ¶ To: reader"
    ["header blocks" = "the first 10": "an email client prints four to six fields, a forwarded one a note and a line above them", "forwarded subject" = "in the first 40 blocks": "a forwarder's note runs to a few paragraphs, a short list and a signature", "fields beside the subject" = "within 3 blocks": "the headers stand together"]

    DocumentNumber "document_number" Blocks
    "An official document prints its issuer, its issuing number (`Qiongfuban [2027] No. 9`, `国办发〔2024〕7号`) and under it its title: the number's line is part of the header, the issuer's line above it a byline (and, for a joint notice, the issuers' lines above that), the line under it the title; a stamp under the number is no title. Above the issuers is the page's: furniture, or a credit line (a translator's)."
    example "General Office of the Provincial Government ¶ Qiongfuban [2027] No. 9 ¶ Notice on Issuing the Three-Year Action Plan ..."
    ["blocks looked at" = "7": "the issuers, the number and a few lines of a page's furniture or a translator's note come first on an official document's page",
     "issuers' lines" = "<= 3": "a joint notice names two or three issuing offices"]

    HeadlineOverStamp "headline_over_stamp" Blocks
    "With a date stamp in the header, the headline is the title-like line nearest above the first stamp, past bylines, credits, authors' affiliations (`Chongyang Institute for Financial Studies, Renmin University of China (RDCY)`), labels, a standfirst and a headline's original in another script; everything above it is the page's furniture (mastheads, taglines, menus one entry a line); a headline over its original's title in another script (`原标题：...`) is the headline, whatever title-like line stands above it. When the first stamp is a periodical's issue line (`Issue 187 | 14 December 2026`, `POLICY BRIEF | No. 31 | 3 November 2026`, or dated by its month alone: `RPC Policy Brief No. 9    March 2027`, a date without a day that a day of the same month printed later replaces), or a PDF's running header opens the text with its date at the right margin past a wide gap (`Harbour Bank      Global Research` / `Basin Economics      22 July 2027`), or a page's header of fields on two lines set apart by wide gaps holds a full date (a course handout's `POLS 347  Law and Politics      Spring 2015` / `Week 9 -- Tuesday 10 March 2015      Dr. N. Okafor`, the name at the right margin its author), the headline is the title-like line right under it; the series before the issue's number is the publisher."
    example "Markets Wire ¶ World ¶ Business ¶ China vows more support for consumption ¶ By Li Wen ¶ December 12, 2025"
    ["header blocks" = "8 that are not menu entries, of <= 40": "a page's menu copied one entry a line can run to a dozen lines above the headline",
     "stacked title-like lines" = "2: the upper is the headline": "a standfirst sits under its headline, never over it"]

    CoverMonth "cover_month" Blocks
    "Under a title without a stamp, a month and a year on a line of their own (`September 2028`), after at most two lines of the issuer's name, as a white paper's cover prints them: the issuer's lines are bylines and the month dates the text, a date without a day (`2028-09`)."
    example "China's Green Transition ¶ The State Council Information Office ¶ November 2024 ¶ Contents"
    ["lines looked at" = "3": "the issuer's name wraps over two lines at most"]

    BrowserPrint "browser_print" Blocks
    "A web page printed to PDF from a browser opens with the browser's header: the date and time it was printed, as an English-language browser prints them, and past a wide gap the page's title (`1/19/23, 4:32 PM          Full Text: China's Green Development in the New Era`). The header is furniture, and so is the same header opening each later page. The page's own header is read under it; where the page prints no headline the browser's title holds, the browser's title is the title (a kicker such as `Full Text:` set apart, the site's name after ` - ` cut off), and where nothing the page prints dates it, the day it was printed does."
    example "1/19/23, 4:32 PM          Full Text: The Port's Green Plan ¶ III. Developing the Channels"
    ["date" = "month/day/year (two or four digits), a comma, hours:minutes AM or PM": "the form an English-language browser prints"]

    SlideDeck "slide_deck" Blocks
    "A presentation's text export opens with a slide's marker (`Slide 1`, `--- Slide 1 ---`, `Slide 1 of 12`), after one line of the export's banner if any: the first slide's first line is the title (with the line under it when it ends with a colon), a line of that slide with a date (`Client briefing | 4 November 2025`) or a presenter's name (`Dr Helen Marsh`) a byline, its other lines deks; every slide's marker is furniture."
    example "--- Slide 1 --- ¶ Schooling the Successors: ¶ Xi Jinping at the 2018 National Education Conference ¶ Dr Helen Marsh ¶ 16 October 2018 ¶ --- Slide 2 ---"
    ["first slide's lines" = "<= 6 under the title": "a title slide holds a title, a subtitle, a presenter, an occasion and a date"]

    DatabaseRecord "database_record" Blocks
    "A news database's full record, as Factiva exports it with its field codes: the headline's field first (`HD   CPC sets out roadmap for deepening reform`), then the fields under it (`WC   548 words`, `PD   12 November 2013`, `SN   Xinhua News Agency`, `CY   (c) Copyright 2013 Xinhua News Agency`). The headline is the title, the date (`PD`) dates the text, the byline (`BY`) is the author, the source (`SN`) the publisher and a credit; the codes that open the text's paragraphs (`LP`, `TD`) are furniture, and so are the index fields after the text (`CO`, `NS`, `RE`, `AN` ...) and everything under the first of them. A LexisNexis record opens with its counter (`3 of 41 DOCUMENTS`, furniture wherever it stands), the copyright, the source's name (a credit), the date (a dateline) and labelled fields down to `BODY:`: `HEADLINE:` is the title, `BYLINE:` the byline, the others furniture, and so are the closing fields (`LOAD-DATE:`, `LANGUAGE:`) and the next record."
    example "HD   Port council sets out plan ¶ WC   548 words ¶ PD   12 November 2013 ¶ SN   Port News Agency ¶ LP   The port council on Tuesday ..."
    ["field" = "a known code of 2-4 capitals, then two spaces or a tab, then the value": "a sentence that opens with an acronym is no field"]

    WritersNote "writers_note" Blocks
    "Under a note's title without a stamp, the note-taker's line set in emphasis with a word of writing and a full date after it (`*JL, written 9 Nov 2012 (report delivered Thu 8 Nov). Source: ...*`, `_last edited 2021-11-03 · for the Q4 memo · MH_`) is a dek: it dates the text, and the name or initials it gives (before the word and a comma, or the last part after a `·`) are the author."
    example "# Port council: reading notes ¶ *JL, written 9 Nov 2012 (plan released on 8 Nov).* ¶ ## Summary"
    ["words of writing" = "written, edited, updated, drafted": "what note-takers print over their notes"]

    ChapterTitle "chapter_title" Blocks
    "A chapter of a report or a book copied alone: a chapter's label on a line of its own (`Chapter 2`, `CHAPTER II`, `Chapter Two`) over the chapter's title, and a name alone under it (`Helen Marsh`): the label is furniture with what stands above it (the report's own title), the chapter's title is the title, the name the byline. In wrapped text the label and a name under a short line are lines of their own."
    example "THE PARTY'S THIRD RESOLUTION ¶ Chapter 2 ¶ Ten Experiences, One Core: Reading the Resolution ¶ Helen Marsh ¶ On 11 November 2021 ..."
    ["label" = "`Chapter` and a number in digits, roman numerals or words, nothing else": "a heading that opens with the word is a heading"]

    SpeakerUnderNote "speaker_under_note" Blocks
    "Under a title without a stamp, a delivery or adoption note (`Delivered at the Second Session of the 13th National People's Congress ... on March 5, 2019`) and under it a speaker's name alone on its line, with at most one line of office under it (`Li Keqiang` / `Premier of the State Council`), as an official report or speech prints them: the note is a dek of the header and the name the byline."
    example "REPORT ON THE WORK OF THE GOVERNMENT ¶ Delivered at the Second Session of the 13th National People's Congress on March 5, 2019 ¶ Li Keqiang ¶ Premier of the State Council ¶ Esteemed Deputies,"
    ["office" = "<= 12 words, no final punctuation, no digit": "a title, not a sentence"]

    HeadlineInEmail "headline_in_email" Blocks
    "An email that carries an article or a document under its headers, a headline over its byline, over an official document's issuing number or over a wire story's lede that opens with its dateline, after at most a few lines of the newsletter's furniture or masthead (dated or not: `GLOBAL TIMES | EVENING BRIEF | April 30, 2025`) or a short note of the sender's over a separator (signed or not), takes that headline for the title (a headline over its own stamp too, under a sender's note); its subject is a line of the header."
    example "From: The China Desk <desk@example.org> ¶ Subject: Issue 212 ¶ THE CHINA DESK · Issue 212 ¶ Ports plan doubles down on berths ¶ By Mei Lind"
    ["lines looked at" = "4": "a newsletter's masthead and a link or two to its web page"]

    HeadlineUnderMasthead "headline_under_masthead" Blocks
    "An outlet's name alone over the stamp (`Xinhua` over `Friday, December 31, 2027`) is the page's masthead: the headline is the title-like line under the stamp and its furniture, when a credit line, a byline or another stamp follows it. A page that opens with its date alone has no masthead: the headline under the date stands over a credit line, a byline, a stamp or the text's first paragraph."
    example "Xinhua ¶ Friday, December 31, 2027 ¶ Font: A- A A+ ¶ Full text: President's New Year message ¶ Editor: Wang Xin | Source: Xinhua"
    ["masthead words" = "<= 3, no digit": "a headline is longer; an outlet's name is short"]

    TitleBeforeStamp "title_before_stamp" Blocks
    "With a stamp below it, the headline-like line at the top is the title, when no headline stands right over the stamp (rule `headline_over_stamp`)."
    example "Rural Work Conference Sets Tasks ¶ 2024-03-03 Source: Example News"
    ["title words" = "<= 30": "longer lines are sentences, not headlines"]

    HeaderFill "header_fill" Blocks
    "The other lines between the headline and the last stamp are chrome, credits, bylines (2 to 4 capitalised words), a one-word place, or a dek."
    example "Rural Work Conference Sets Tasks ¶ By Zhou Lan ¶ 2024-03-03"
    ["credit line length" = "<= 200 bytes": "a credit names people, it does not tell"]

    TitleWithoutStamp "title_without_stamp" Blocks
    "With no stamp, a headline-like first line is the title, unless the text is one scraped line."
    example "Rural Work Conference Sets Tasks ¶ The meeting was held in Beijing ..."
    ["title words" = "<= 30": "longer lines are sentences, not headlines"]

    EnglishTitle "english_title" Blocks
    "Under a headline without Latin letters, the English headline right after it is the title; the original becomes a dek."
    example "中央农村工作会议 ¶ Central Rural Work Conference Held in Beijing"
    ["English title words" = ">= 3": "a word or two is a label, not a translated headline"]

    PageTitle "page_title" Blocks
    "A first line that repeats the headline with a site name after a separator is the page's title bar, which is chrome."
    example "Meeting Sets Tasks - Example News ¶ Meeting Sets Tasks"
    []

    BackMatterChrome "back_matter_chrome" Blocks
    "Walking back from the end, furniture lines (related links, share buttons) and a syndication sign-off are chrome."
    example "The meeting closed. ¶ Related News"
    []

    BackMatterCredit "back_matter_credit" Blocks
    "Walking back from the end, credit lines and a note on the author are credits."
    example "The meeting closed. ¶ Editor: Li Zhe"
    ["credit line length" = "<= 200 bytes": "a credit names people, it does not tell"]

    UnitHint "unit_hint" Blocks
    "A piece cut from a longer line as a dateline or a capitalised sub-heading keeps that kind."
    example "SHANGHAI, Nov. 5 (Example News) -- The expo opened ..."
    []

    PageFurniture "page_furniture" Blocks
    "In a PDF extraction, a page number alone on a line (`- 3 -`, `Page 3 of 12`, `3 / 12`) and a running header (a short line that opens two or more pages after a form feed, or, where the extraction kept no form feeds, that stands next to a bare page number, in digits or lower-case roman numerals, twice or more, blank lines between allowed; then wherever it recurs) are chrome, lines of their own that split no list; so is a bare number of three digits at most right under a long line that stops mid-sentence, where a page broke the sentence (`... the 15th Five-Year` / `16` / `Plan and ...`), and the rest of that sentence weighs nothing against a list's support."
    example "... the six priority areas: ¶ (a) energy; ¶ - 2 - ¶ \u{c}Kunming Declaration ¶ (b) farming;"
    ["running header after form feeds" = "<= 80 bytes, opening >= 2 pages": "a page's first line is a full-width line of text unless it is furniture",
     "running header without form feeds" = "<= 120 bytes, two words or more, beside a page number of <= 3 digits twice or more": "a report's header repeats its title, longer than a page's first line; a four-digit number beside a repeated line is a year in a table"]

    BodyChrome "body_chrome" Blocks
    "Furniture inside the body (a QR-code prompt, a separator) is chrome."
    example "The meeting closed. ¶ Scan the QR code to follow us ¶ It was held ..."
    []

    RelatedLinks "related_links" Blocks
    "A heading over related links (`Related articles`, `More from China`) and the short unpunctuated headlines under it are chrome, wherever they stand."
    example "The meeting closed. ¶ More from China ¶ - Premier meets business leaders ¶ - Yuan firms"
    ["headlines looked at" = "12": "related-link boxes list five to ten stories",
     "headline words" = "<= 16": "a headline is short; a sentence of the text is longer or ends with a stop"]

    AdvertisementBlock "advertisement_block" Blocks
    "One or two short blocks between two `Advertisement` lines are the advertisement, which is chrome."
    example "Advertisement ¶ Shop the sale -- up to 60% off ¶ Advertisement"
    ["blocks between" = "<= 2 of <= 30 words": "an advertisement is a line or two; text of the document runs longer"]

    NavBar "nav_bar" Blocks
    "A site's menu copied as one line (`Home China World Business Video Live Search`, `Research  Analysis  Podcast  Events`) is chrome: four or more capitalised entries set apart by two spaces, or single words at least half of which name a site's sections."
    example "CGTN ¶ Home China World Business Opinions Video Live ¶ Xi meets ..."
    ["entries" = ">= 4 of <= 3 words": "a menu has several entries; a label or breadcrumb has fewer",
     "section words" = ">= half the words (single spaces)": "a title-case headline names no sections, a menu mostly does",
     "length" = "<= 160 bytes": "a menu is one short line"]

    LinkBar "link_bar" Blocks
    "A row of three or more short links set apart by bars (`Sign in to comment | Terms of use | Privacy`) is chrome."
    example "The meeting closed. ¶ Sign in to comment | Terms of use | Privacy"
    ["parts" = ">= 3 of <= 4 words": "a headline with its site's name after a bar has two parts",
     "length" = "<= 100 bytes": "a row of links is one short line"]

    LinkLine "link_line" Blocks
    "A line made only of links is chrome: markdown links and images (`[Skip to content](#main)`, `* [CHINA](https://...)`), a row of bracketed menu entries (`[Contents] [Previous] [Next]`), or a short label and a web address (`Clipped from: https://...`)."
    example "[Skip to content](#main) ¶ # Ports agree on a timetable ¶ The meeting closed."
    ["links" = ">= 1 with an address, or >= 2 bracketed": "one bracketed phrase without an address may be an editor's note",
     "label" = "<= 3 words": "a sentence that ends in an address is text"]

    FontButtons "font_buttons" Blocks
    "The text-size buttons of an article page (`A A A`, `Font size: A+ A A-`) are chrome."
    example "Font size: A+ A A- ¶ The meeting was held in Beijing."
    ["buttons" = ">= 2": "a lone `A` is a word"]

    StaffNote "staff_note" Blocks
    "A sentence that says who made a newsletter or report (`The Digest is edited by Ann Lee and compiled by Li Wen.`, `Transcript edited for length and clarity by Hannah Berg.`) is a credit line: a subject that names a publication (`digest`, `newsletter`, `report`, `transcript` ...), of at most six words with `is`, `are`, `was`, `were`, `has been` or `have been`, or of two words alone, then labels of editing, compiling, writing, producing, translating, proofreading or photography that end in `by`, each with a name of at most six capitalised words (one such word may take a `for` phrase before its `by`). A later sentence of a credit block, or of one of the last four blocks of the body, that is such a note or a credit line of those labels (`... in the China programme. Edited by Paul Okafor.`) gives credits too. `hosted by`, `reviewed by` and `contributed by` tell what a meeting or a fund had: no credit."
    example "The meeting closed. ¶ The Digest is edited by Ann Lee and compiled by Li Wen. Views are the authors' own."
    ["note length" = "<= 300 bytes": "the note and a sentence of notice after it"]

    BodyCredit "body_credit" Blocks
    "A short credit line inside the body is a credit."
    example "The meeting closed. ¶ Producer: Li Zhe ¶ It was held ..."
    ["credit line length" = "<= 200 bytes": "a credit names people, it does not tell"]

    ChineseCreditLabel "chinese_credit_label" Blocks
    "A credit line whose label is printed in Chinese (`责任编辑：`, `来源：`, `记者`) is a credit, wherever it sits."
    example "The meeting closed. ¶ 责任编辑：李哲"
    ["credit line length" = "<= 200 bytes": "a credit names people, it does not tell"]

    Caption "caption" Blocks
    "A paragraph that ends in a photo credit, with at most two sentences before it, is a caption: a credit in brackets (`(Xinhua/Li Zhe)`, `[Photo/Xinhua]`), or one after the last sentence labelled `Photo:`, `PHOTO |`, `Photo by` or set after a slash (`... 2027. /Xinhua`); a caption in markdown emphasis too."
    example "Delegates arrive for the meeting. (Example News/Li Zhe)"
    ["credit offset" = "<= 400 bytes": "captions are short", "sentences before the credit" = "<= 2": "a longer paragraph only mentions a photo"]

    NumberedHeading "numbered_heading" Blocks
    "A line numbered with digits, roman or Chinese numerals whose text is heading-like is a heading."
    example "II. Tasks for 2025"
    []

    MarkedItem "marked_item" Blocks
    "Any other paragraph that opens with an ordinal, a number or a bullet is a list item."
    example "First, we will stabilise grain output."
    []

    EmphasisedMarker "emphasised_marker" Blocks
    "A one-word marker wrapped in markdown emphasis (`**1.**`, `__First,__`, `*(2)*`) is a marker: the paragraph is an item, and its text starts after the emphasis."
    example "**1.** Stabilise grain output."
    ["marker token" = "<= 24 bytes, the first token only": "every emphasised marker seen is one token; a longer bold run is a lead-in"]

    BareNumber "bare_number" Blocks
    "A number with no punctuation, set off from a capitalised text by two or more spaces or a tab (`2  Continue to ...`), is a marker, as slides and tables exported to text print them."
    example "2  Persist in reform and opening up"
    [
        "number" = "1 to 99, no leading zero": "years, codes and figures are longer",
        "gap" = ">= 2 spaces or a tab, then a capital letter or a quotation mark": "one space is a figure in a sentence (`2 million people`)"
    ]

    ObligationBlock "obligation_block" Blocks
    "An unmarked paragraph whose first words state an obligation (`We must`, `It is necessary to`) is an obligation."
    example "We must hold the bottom line of food security."
    []

    PlainHeading "plain_heading" Blocks
    "An unmarked short line, capitalised, without final punctuation or a second sentence, is a heading."
    example "Safeguarding Energy Security"
    ["length" = "<= 240 bytes": "the longest heading seen is under half of that"]

    ListLeadBlock "list_lead_block" Blocks
    "A paragraph ending in a colon, a long dash or `as follows` announces a list."
    example "The meeting set out the following tasks:"
    []

    PlainParagraph "plain_paragraph" Blocks
    "A body paragraph that no other rule claims is a paragraph."
    example "The meeting was held in Beijing on Monday."
    []

    DeclaredCount "declared_count" Blocks
    "A heading or list lead that names a count of list nouns (`Ten Achievements`, `five key tasks`) declares that many items. A lead that counts other things first declares the count that agrees with the list under it (`... big enough for the two countries ... to build five pillars for the relationship:` over five items declares five)."
    example "\"Ten Achievements\"."
    []

    NumberedLineContinuesList "numbered_line_continues_list" Blocks
    "A numbered heading right after a list lead or after a numbered line of the same style is an item of that list; so is the run's first line (`I.` right before `II.`, a table of contents); and after a lead, the next numbers of its style are its items across their support paragraphs, up to a heading without a number."
    example "The tasks are: ¶ 1. Stable Grain Output"
    []

    Signature "signature" Blocks
    "An issuing body's name on a line of its own over a date alone, under a notice's text (`General Office of the Provincial Government` / `March 18, 2027`), is the notice's signature: a byline and a dateline, not a heading and its subtitle."
    example "... Please implement it conscientiously. ¶ General Office of the Provincial Government ¶ March 18, 2027"
    []

    DatedLineAfterHeader "dated_line_after_header" Blocks
    "The first line after the header, short, with a comma, ending in a date, is a dateline."
    example "Meeting Sets Tasks ¶ Example News ¶ Beijing, March 3, 2024"
    ["length" = "< 120 bytes": "a dateline is a line, not a sentence", "words" = "<= 10": "the same"]

    Lede "lede" Blocks
    "The first body paragraph after the header (past datelines, captions and chrome) is the lede."
    example "Meeting Sets Tasks ¶ The Central Rural Work Conference was held in Beijing ..."
    ["length" = ">= 40 bytes": "shorter first lines are headings or labels"]

    EmbeddedFirstItem "embedded_first_item" Blocks
    "When `Second,` follows a paragraph whose last sentence opens with `First,`, that sentence is split off as the first item."
    example "The meeting set two tasks. First, stabilise output. ¶ Second, raise incomes."
    ["blocks between" = "<= 4": "the same reach as support between items"]

    EmbeddedItem "embedded_item" Blocks
    "When an ordinal paragraph (`Fourth,`) follows the one two before it (`Second,`), a sentence inside the support between them, or inside the `Second,` paragraph itself, that opens with the missing ordinal (`Third,`) is split off as that item."
    example "Second, growth. ¶ He said more. Third, trade. ¶ Fourth, climate."
    ["blocks between" = "<= 4": "the same reach as support between items"]

    ClauseList "clause_list" Outline
    "The lines after a list lead that has no marked items are its clauses, up to the first that ends a sentence; a speech's salutation (`Distinguished Guests,`) is none."
    example "The tasks are as follows: ¶ stabilising output; ¶ raising incomes."
    []

    DashSubtitle "dash_subtitle" Outline
    "A dash bullet with heading-like text right after a heading is the heading's subtitle."
    example "Opening Up ¶ — A New Chapter ¶ The meeting ..."
    []

    Subtitle "subtitle" Outline
    "In a run of two or more headings, the second qualifies the first."
    example "Part One ¶ Steady Growth ¶ The economy grew ..."
    []

    Announcement "announcement" Outline
    "A run of headings most of which recur later as headings is a table of contents: it opens one section and the headings it announces are sections of their own."
    example "Work Review ¶ Tasks ¶ ... ¶ Work Review ¶ ... ¶ Tasks ¶ ..."
    ["recurring headings" = ">= 2": "one repeat is a coincidence"]

    SectionRank "section_rank" Outline
    "A heading that opens a run of headings, or is quoted, declares a count, is numbered or has a subtitle, opens a top-level section (rank 1); a lone plain heading (rank 2) opens a subsection inside an open rank-1 section, and a sibling section otherwise."
    example "\"Ten Achievements\" ¶ Economy ¶ The economy grew ..."
    []

    MarkedItems "marked_items" Lists
    "Items with markers of one style (ordinal words, numbers, bullets) form a list, across a few paragraphs of support between them."
    example "First, grain. ¶ Second, incomes. ¶ Third, reform."
    ["support between items" = "4 paragraphs (16 sentences of a scraped line)": "speeches support each ordinal item with several paragraphs"]

    ResumedNumbering "resumed_numbering" Lists
    "A numbered list whose heading declares more items than it holds, followed in the same section (after a caption or a paragraph or two, no heading between) by a list of the same marks numbered again from 1 with exactly the missing items, is one list: markdown numbers a list again after anything that interrupts it."
    example "Five indicators ¶ 1. Berths. ¶ 2. Channels. ¶ 3. Cranes. ¶ Figure 1: the ports. ¶ 1. Pilots. ¶ 2. Tugs."
    ["blocks between" = "<= 2, no heading": "an interruption, not a new part of the text", "items" = "the second list's items are exactly those the count misses": "a count that fits is the evidence"]

    CountBefore "count_before" Lists
    "A list of marked items with no count of its own takes the count a paragraph shortly before it declares (`put forward five priorities`, `a four-point proposal`, or a bare count ending the paragraph right before: `Let me highlight three.`), when that count equals the items; the sentence becomes the list's heading. A larger count (at most twice the items) is taken too from a short paragraph right before the list when it is set apart, in quotes (`sums up \"five musts\"`) or in a paragraph ending with a colon (`ten major tasks. The first five are:`), and any larger count when that colon follows a word saying the list is a part (`..., including:`, `Among them:`): the list is incomplete, and the mismatch is reported. A paragraph that opens with an obligation may hold the count. Numbered section headings take a count from the paragraph right above the first only."
    example "Xi raised two proposals at the summit. ¶ First, unity. ¶ Second, openness."
    ["blocks looked at" = "6, not across a heading; 1 for a list of numbered headings": "a speech's readout puts the lede and a few paragraphs of context between a count and its items; a section's text between headings holds counts of its own",
     "count" = "= items, or up to 2 × items when set apart right before": "a different count is more often another list's or a figure than a miscount, unless the text marks it as the list's"]

    CountedPlural "counted_plural" Lists
    "A count of any plural noun in a list's lead (`in three respects:`, `four observations`, `the two establishments ... are:`) declares the list's items when the number is exactly theirs; the list nouns (`tasks`, `musts`) declare a count whatever follows."
    example "The meeting set out measures in three respects: (1) supply; (2) demand; (3) prices."
    ["agreement" = "the count equals the items": "other plurals count things that are not the items as often as the items"]

    NumberingAcrossHeadings "numbering_across_headings" Lists
    "Paragraphs numbered with digits or Roman numerals at the left margin run on across section headings (a declaration's `1.` ... `5.` under one heading, `6.` under the next); bullets belong to their section, and word ordinals go on across a heading only with the next ordinal (`Third,` after `Second,`)."
    example "Preamble ¶ 1. We met. ¶ 2. We agreed. ¶ Climate ¶ 3. We will act."
    []

    LazyNumbering "lazy_numbering" Lists
    "Items each numbered `1.` with text between them (a markdown list written `1.`, `1.`, `1.`, which markdown renders as 1, 2, 3) are one list, numbered on; a `1.` followed by a `2.` is an ordinary list."
    example "Four respects: ¶ 1. **Consensus.** ... ¶ Text. ¶ 1. **Resources.** ... ¶ Text. ¶ 1. **Cooperation.** ..."
    ["lone items" = "2 or more one-item lists of `1.`, one after the other in their style": "two separate one-item numbered lists are rarer than a lazily numbered one"]

    LeadClosesBullets "lead_closes_bullets" Lists
    "A paragraph that leads in a list between two runs of bullets ends the run before it: bullets carry no support paragraphs of their own."
    example "- ports ¶ - roads ¶ The two sides also agreed that: ¶ - trade ¶ - visas"
    []

    LoneOrdinalIsProse "lone_ordinal_is_prose" Lists
    "A single `First,` or bullet with no count to announce it is prose, not a list; its block goes back to being a paragraph."
    example "First, the weather was fine. ¶ The meeting opened."
    []

    ClauseItems "clause_items" Lists
    "The clauses a list lead takes (see `clause_list`) form a soft list."
    example "The tasks are as follows: ¶ stabilising output; ¶ raising incomes."
    []

    ObligationRun "obligation_run" Lists
    "Under a heading that declares a count but has no marked items, the first run of consecutive obligations is the list."
    example "\"Two musts\". ¶ We must unite. ¶ We must work hard."
    ["obligations in the run" = ">= 2": "one obligation is a sentence, not a list"]

    DeclaredOnly "declared_only" Lists
    "A count heading with nothing that could be its items gets an empty list, so that the count is still reported."
    example "\"Three tasks\". ¶ The meeting discussed them at length."
    []

    RunInList "run_in_list" Lists
    "Inside one paragraph, numbered clauses (`(1) ...; (2) ...`, and after a colon `(i) ...; (ii) ...` or `(a) ...; (b) ...`), semicolon parts after a colon, counted comma parts, a counted definition or Chinese ordinal clauses (`一是...；二是...`) form a run-in list."
    example "The plan has three parts: growth; reform; and opening up."
    ["semicolon parts" = ">= 3, or exactly the count": "two parts are a sentence"]

    OrdinalClauses "ordinal_clauses" Lists
    "Inside one paragraph, sentences or clauses that open with ordinal words in sequence form a list, each item running to the next ordinal; a series opens at `first` (anywhere: a sentence, a clause after `;` or `:`, or `, first,` after a comma) or at `second` at a sentence start."
    example "Xi made two proposals. Firstly, unity. He said more. Secondly, openness."
    ["items" = ">= 2 from one, >= 3 from two": "two items starting at two are too weak to tell from prose"]

    RunInHeading "run_in_heading" Lists
    "The lead-in of a run-in list heads it when it presents the list: after a colon or before numbered parts always, before ordinal sentences only when it announces a list (`raising three proposals`, `there are`, a final `:`); otherwise the ordinals follow prose and the list has no heading and no declared count."
    example "Xi raised three proposals. First, unity. Second, openness. Third, trust."
    []

    OrdinalGap "ordinal_gap" Diagnostics
    "An item number that skips ahead in a list is reported."
    example "Fifth, ... ¶ Seventh, ..."
    []

    OrdinalRepeat "ordinal_repeat" Diagnostics
    "An item number that repeats or goes back, other than a restart at one, is reported."
    example "Third, ... ¶ Third, ..."
    []

    ListStartsLate "list_starts_late" Diagnostics
    "A run-in list whose first item is not the first is reported."
    example "It grew. Secondly, it opened. Thirdly, it reformed."
    []

    CountCheck "count_check" Diagnostics
    "A list whose heading declares a count and whose items differ in number is an error; a warning when the lead says the list is a part (`..., including:`, `Among them:`) and fewer follow, or when no items follow at all."
    example "\"Three tasks\". ¶ First, grain. ¶ Second, reform."
    []

    LexiconForm "lexicon_form" Names
    "A form of a lexicon entry (its name, a variant, an acronym in capitals, a Chinese original) at word boundaries is a mention of it; overlapping forms go to the leftmost and longest, for named things and for formulations separately."
    example "The Belt and Road Initiative (BRI) serves common prosperity."
    []

    AmbiguousFormSignal "ambiguous_form_signal" Names
    "An everyday phrase of the lexicon (`common development`) counts only when one of its mentions is quoted, capitalised inside a sentence, or near a formulation that is not itself an everyday phrase."
    example "We will build a community with a shared future for mankind through practical cooperation."
    ["reach" = "200 bytes, whitespace runs as one": "about a sentence of the genre (the reference's average ~180 bytes)"]

    NameByShape "name_by_shape" Names
    "Capitalised words before a head noun (`Initiative`, `Plan`, `Forum`, `Silk Road` ...), with an `of` or `for` phrase after it, name a thing the lexicon does not know."
    example "China launched the Global Data Security Initiative in Beijing."
    ["words before the head" = "<= 12": "names of the genre are shorter; a longer run is a sentence in capitals"]

    LongerNameByShape "longer_name_by_shape" Names
    "A head noun that ends a known name starts a longer name by shape when the words after it run the name on, and a capitalised known name one space before a name's words opens that name (`Belt and Road Studies Network`); the longer name is then the mention, and counts as the known name did for the everyday phrases near it."
    example "the 14th Five-Year Plan for National Economic and Social Development"
    []

    TitleCaseLine "title_case_line" Names
    "A name by shape inside a line whose words are nearly all capitalised (a headline) is not a name: the capitals are the headline's."
    example "China Unveils New Plan for Rural Revitalization"
    ["capitalised words" = ">= 90 % of at least 3": "headline style; a sentence has lower-case words", "reach" = "160 bytes either side": "a headline line"]

    OfficeOfATitle "office_of_a_title" Names
    "A name by shape right after a personal title and `of` (`Chairman of the Military Commission`) is part of a person's title, not a mention of the body."
    example "He met the Director of the General Office of the Basin Commission."
    []

    CountedName "counted_name" Names
    "A count, a hyphen and a unit (`point`, `pillar`, `pronged`), then at most two words ending in a noun for a plan or a proposal, name one, in lower case as in capitals."
    example "Li put forward an eight-point proposal on trade."
    []

    CoinedTerm "coined_term" Names
    "A short quoted phrase inside a sentence that no name covers is a coined term: a formulation the lexicon does not know, or a named thing when a head noun follows it."
    example "The meeting stressed the “six stabilities” and the “Opening-Up” policy."
    ["words" = "<= 5": "a coined term is a slogan, a longer quote is speech"]

    DateFromMeeting "date_from_meeting" Metadata
    "A document that nothing else dates (no dateline, byline, stamp or credit line) is dated by the meeting it reports, on its first day, when that date prints its year."
    example "G20 Leaders' Declaration ¶ We, the Leaders of the G20, met in New Delhi on 9-10 September 2023."
    []

    FrontDate "front_date" Metadata
    "A text that no stamp or source line dates takes the date its front matter prints: a dateline with its year, the lead photo's caption, a dek; a dateline without a year takes the year of such a date in the same month."
    example "Shanghai, February 28, 1972 ¶ Joint Communiqué ¶ The two sides met."
    []

    YearFromCopyright "year_from_copyright" Metadata
    "A dateline printed without a year dates the text with the year of the page's copyright line (the last year of a range), when nothing else dates it."
    example "BEIJING, Oct. 31 (Example News) -- The meeting closed. ¶ © 2023 Example News"
    ["blocks looked at" = "8 from the end": "the copyright line closes the page, under a few lines of furniture"]

    AdoptionNote "adoption_note" Metadata
    "The note under the title of a resolution, a law or a declaration (`(Adopted at the Third Plenary Session ... on July 18, 2024)`) dates the text with the day of adoption, when no stamp or dateline does."
    example "Resolution on River Cooperation ¶ (Adopted at the Second Session of the Forum on 3 May 2022) ¶ The forum ..."
    ["blocks looked at" = "the first 6": "the note sits under the title, a subtitle or a motto",
     "note length" = "<= 300 bytes": "a note is one line; a paragraph that mentions an adoption is not one"]

    SignatureDate "signature_date" Metadata
    "An official notice signed under its text, the issuer's name over a date alone (`General Office of the Provincial Government` / `March 18, 2027`), dates the text when nothing above does."
    example "Notice on Issuing the Action Plan ¶ ... Please implement it conscientiously. ¶ General Office of the Provincial Government / March 18, 2027"
    ["blocks looked at" = "8 from the start, 6 from the end": "the notice that issues a plan (issuer, number, title, addressees, text, signature) comes before the plan; a page that prints the notice alone signs it at its end, over its issuing number and the page's footer"]

    DateField "date_field" Metadata
    "A date label alone on its line (`Date:`) over a date alone, among the first blocks, as a press conference's transcript prints its fields (`Speakers:` / ... / `Moderator:` / ... / `Date:` / `Oct. 27, 2021`), dates the text when nothing above does."
    example "SCIO press conference on the white paper ¶ Moderator: ¶ Xi Yanchun ¶ Date: ¶ Oct. 27, 2021"
    ["blocks looked at" = "16 from the start": "a transcript lists its speakers, one a line, before the date"]

    SigningDate "signing_date" Metadata
    "The closing formula of a joint statement or an agreement (`Done in Beijing on 25 October 2023`, `Signed at ...`) dates the text, when nothing else dates it."
    example "The two sides agreed as follows. ¶ Done in Hanoi on 3 May 2022, in duplicate."
    ["date within" = "120 bytes of the formula": "the date is the formula's first clause"]

    FieldCredit "field_credit" Metadata
    "A transcript's people printed as fields, a label alone on its line (`Chairperson:`, `Moderator:`, `Host:`, `Speakers:`) over one person a line (`Ms. Shou Xiaoli, spokesperson of ...`), are credits under that label: the name before the comma, after an honorific (a name in pinyin needs none); the lines up to the first that names no one."
    example "Speakers: ¶ Mr. Yu Xuejun, vice minister of the National Health Commission ¶ Chairperson: ¶ Ms. Shou Xiaoli, spokesperson of the State Council Information Office"
    ["blocks looked at" = "16 from the start": "a transcript prints its fields under its title, with the date", "people under a label" = "1..=4, up to the first line that names no one": "a paragraph under a label is text, not a field"]

    SpeakerInTitle "speaker_in_title" Metadata
    "A speech's title names its speaker (`Remarks by H.E. Ambassador Wei Minghua at ...`, `Chinese President Xi Jinping's keynote speech at ...`): a speaker credit, the name after any office or honour. A signed article's title names its writer (`Ambassador Wang Lixin Publishes Signed Article: ...`, `Ambassador Li Ming's Signed Article on ...`): an author credit."
    example "Remarks by H.E. Ambassador Wei Minghua at the Symposium on the Global Governance Initiative"
    ["words before `by`" = "<= 4, the last a speech word": "a speech's name is short (`Keynote Speech by`); a longer clause with `by` is a sentence", "name" = "1..=3 capitalised words, after an office or alone": "a person's name as titles print it; `China and Brazil` is not one"]

    LedeReporters "lede_reporters" Metadata
    "The reporters a wire story names in parentheses after its dateline (`Beijing, December 24th (Reporters Liu Xu, Wang Yue) The conference ...`, `（记者 刘旭、王悦）`) are reporter credits."
    example "Xinhua News Agency, Beijing, December 24th (Reporters Liu Xu, Wang Yue) The council met."
    ["where" = "the first 300 bytes of the lede": "the parentheses follow the dateline", "name" = "<= 8 words, no digit": "names, not a remark"]

    WriterPosition "writer_position" Metadata
    "A writer's position is a note on the author: the line under the byline's name (`Helena Varga` ¶ `Senior Fellow, China Programme`), a closing sentence on the author by name (`Mr Zhou is the Ambassador of the People's Republic of China to Kenya.`), or a sign-off at the end, the name over the position (`Hannah Ostrowski` ¶ `Editor, China Policy Brief`), whose name is an author credit too."
    example "Helena Varga ¶ Senior Fellow, China Programme ¶ 24 July 2024"
    ["position line" = "<= 16 words, no full stop, a word of position (`Fellow`, `Correspondent`, `Professor` ...), not another name with its position": "a position is a title, not a sentence", "closing note" = "the last 6 blocks, one sentence, its subject an honorific and the author's name or two words of it, a word of position after `is`": "the note closes an op-ed, about its writer; a bare surname is as often an official's", "sign-off name" = "2..=4 capitalised words, none ending like a verb's or noun's form (`-ing`, `-ion`)": "a person's name, not a heading"]

    PublicationNote "publication_note" Metadata
    "A note near the start of a report or brief that opens with its publication stamp (`Published 14 November 2023. © CEDR 2023. Cover photo: ...`) dates the text, when nothing else does."
    example "Centre for Port Studies ¶ Published 14 November 2023. © CPS 2023. The views are the authors'."
    ["blocks looked at" = "the first 12": "an inside cover holds a title, authors, an institution and the note", "stamp" = "the block's first sentence, <= 8 words, a keyword and a date with its year": "a note opens with its stamp; a sentence that mentions a date is prose"]

    CopyrightHolder "copyright_holder" Metadata
    "When nothing else names a publisher, the holder a copyright line of the page names (`Copyright 2019 Xinhua News Agency. All Rights Reserved.`, `© 1995-2024 China Daily | About us`) is the publisher, and a source credit. A news database's record credits its copyright's holder beside its source even when the source names the publisher (`CY   (c) Copyright 2013 Xinhua News Agency`, a LexisNexis record's `Copyright 2014 Xinhua News Agency`)."
    example "The forum closed in Hanoi. ¶ Copyright 2019 Harbour News Agency. All Rights Reserved."
    ["holder" = "1 to 6 capitalised words, no digit": "a name, not a sentence of terms"]

    ClosingStamp "closing_stamp" Metadata
    "A stamp printed at the end of the text (`Published June 14, 2022`, `This page was last edited on 14 February 2025`) is back matter, and dates the text when nothing else does."
    example "The forum closed in Hanoi. ¶ Published June 14, 2022"
    ["blocks looked at" = "8 from the end": "the stamp closes the page, under a few lines of furniture"]

    YearInference "year_inference" Diagnostics
    "A meeting date printed without a year takes the year of publication; that is reported, and so is a year that cannot be inferred."
    example "Example News | 2024-01-31 ¶ The meeting was held on December 27-28."
    []

    Truncated "truncated" Diagnostics
    "A text whose last body paragraph stops without terminal punctuation is reported as cut off."
    example "The meeting called for efforts to"
    []

    ControlCharacter "control_character" Diagnostics
    "The first control character other than tab and line breaks is reported; it is read as a space."
    example "The meeting␀was held. (a NUL between two words)"
    []

    EmptyText "empty_text" Diagnostics
    "A text with no content at all is reported."
    example ""
    []

    MarkupInput "markup_input" Diagnostics
    "A text that opens with an HTML or XML tag, or holds several common tags, is reported as markup to extract first."
    example "<!doctype html><html><body>..."
    ["tags" = ">= 5 in the first 64 KiB": "prose quotes a tag now and then, pages hold hundreds"]
}

impl RuleId {
    /// The rule's catalogue row.
    ///
    /// ```
    /// use tifa::rules::{Phase, RuleId};
    /// assert_eq!(RuleId::ObligationRun.info().phase, Phase::Lists);
    /// ```
    pub fn info(self) -> &'static Rule {
        // RULES is written in declaration order, so a rule's discriminant is its index.
        match RULES.get(self as usize) {
            Some(r) => r,
            None => unreachable!("every RuleId has a row, in order"),
        }
    }

    /// The rule with this snake_case name.
    pub fn from_name(name: &str) -> Option<RuleId> {
        RULES.iter().map(|r| r.id).find(|id| id.name() == name)
    }
}

impl core::fmt::Display for RuleId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// The catalogue as a Markdown table, one row per rule: name, phase, what it decides, an
/// example and its thresholds. The repository's `ARCHITECTURE.md` holds this table.
///
/// ```
/// let table = tifa::rules::catalogue_markdown();
/// assert!(table.lines().any(|l| l.starts_with("| `obligation_run` | lists |")));
/// ```
pub fn catalogue_markdown() -> String {
    use core::fmt::Write;
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = String::from(
        "| rule | phase | what it decides | example | thresholds |\n| --- | --- | --- | --- | --- |\n",
    );
    for r in RULES {
        let thresholds: Vec<String> = r
            .thresholds
            .iter()
            .map(|t| format!("{} {} ({})", t.name, t.value, t.why))
            .collect();
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | `{}` | {} |",
            r.id.name(),
            r.phase.as_str(),
            cell(r.summary),
            cell(r.example).replace('`', "'"),
            cell(&thresholds.join("; ")),
        );
    }
    out
}

/// What a rule decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Verdict {
    /// The block is of this kind.
    Kind(BlockKind),
    /// The heading or lead declares this many items.
    Declares(u32),
    /// A list of this many items is formed.
    List(usize),
    /// What looked like a list is not one.
    NotAList,
    /// An open list goes on past this block (a heading it runs across).
    ListGoesOn,
    /// An open list ends at this block (a lead that starts another).
    ListEnds,
    /// A diagnostic of this kind is raised.
    Diagnostic(DiagnosticKind),
    /// The document is dated this day.
    Date(crate::model::Date),
    /// The words name a thing of this kind.
    Name(crate::model::NameKind),
    /// The words are a fixed formulation (a concept).
    Concept,
    /// A heading's rank in the outline: 1 opens a top-level section, 2 a subsection (or a
    /// sibling section when no rank-1 section is open).
    Rank(u8),
    /// The text heads the list that follows it.
    ListHeading,
    /// The words are not a name after all.
    NotAName,
    /// The words are a credit of this role.
    Credit(crate::model::CreditRole),
    /// This many line breaks inside the unit are not breaks of the text.
    Joined(u32),
    /// The line is a unit of its own, though it would have joined the line before.
    Apart,
    /// The line is cut into this many units.
    Cut(u32),
}

impl core::fmt::Display for Verdict {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Verdict::Kind(k) => write!(f, "{k}"),
            Verdict::Declares(n) => write!(f, "declares {n}"),
            Verdict::List(1) => f.write_str("list of 1 item"),
            Verdict::List(n) => write!(f, "list of {n} items"),
            Verdict::NotAList => f.write_str("not a list"),
            Verdict::ListGoesOn => f.write_str("list goes on"),
            Verdict::ListEnds => f.write_str("list ends"),
            Verdict::Diagnostic(k) => write!(f, "diagnostic {k}"),
            Verdict::Date(d) => write!(f, "date {d}"),
            Verdict::Name(k) => write!(f, "name ({k})"),
            Verdict::Rank(n) => write!(f, "rank {n}"),
            Verdict::ListHeading => f.write_str("heads the list"),
            Verdict::Concept => f.write_str("concept"),
            Verdict::NotAName => f.write_str("not a name"),
            Verdict::Joined(1) => f.write_str("1 line break joined"),
            Verdict::Joined(n) => write!(f, "{n} line breaks joined"),
            Verdict::Credit(r) => write!(f, "credit ({r})"),
            Verdict::Apart => f.write_str("a unit of its own"),
            Verdict::Cut(n) => write!(f, "cut into {n} units"),
        }
    }
}

/// One verdict of one rule, on one piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Decision {
    /// The rule that decided.
    pub rule: RuleId,
    /// The text it decided about: a block, a list, a diagnostic's place.
    pub span: Span,
    /// What it decided.
    pub verdict: Verdict,
}

impl core::fmt::Display for Decision {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} → {}", self.rule, self.verdict)
    }
}

/// Receives the decisions of the parser's rules as they are made.
///
/// `()` receives nothing, and the decisions it is given cost nothing: [`parse`](crate::parse)
/// uses it. A `Vec<Decision>` keeps them all, in the order they were made:
/// [`explain`](crate::explain) uses it.
pub(crate) trait Recorder {
    /// Whether decisions are kept at all: work done only to describe a decision (its
    /// verdict, looked up for the record) is skipped when they are not.
    const KEEPS: bool = true;

    /// Takes one decision.
    fn decide(&mut self, rule: RuleId, span: Span, verdict: Verdict);
}

impl Recorder for () {
    const KEEPS: bool = false;

    #[inline(always)]
    fn decide(&mut self, _: RuleId, _: Span, _: Verdict) {}
}

impl Recorder for Vec<Decision> {
    fn decide(&mut self, rule: RuleId, span: Span, verdict: Verdict) {
        self.push(Decision {
            rule,
            span,
            verdict,
        });
    }
}

/// The parser's decisions on one text, beside the document they produced.
///
/// Made by [`explain`](crate::explain). Each decision names its rule, the text it is about
/// and its verdict; a block's kind may be decided more than once (the outline and the list
/// rules revise what the block rules said), and every decision is kept, in order.
///
/// ```
/// let why = tifa::explain("Rural Work Conference\n\n\"Two Musts\".\n\nWe must unite.\n\nWe must work hard.\n");
/// assert_eq!(
///     why.render_line(5).as_deref(),
///     Some("line 5 \"We must unite.\": obligation_block → obligation; obligation_run → list of 2 items")
/// );
/// let heading = why.at(25).map(|d| d.to_string()).collect::<Vec<_>>();
/// assert_eq!(
///     heading,
///     ["plain_heading → heading", "declared_count → declares 2", "section_rank → rank 1"]
/// );
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Explanation<'a> {
    /// The document, the same as [`parse`](crate::parse) returns.
    pub document: crate::Document<'a>,
    /// Every decision, in the order the rules made them.
    pub decisions: Vec<Decision>,
}

impl<'a> Explanation<'a> {
    /// The 1-based line a decision's text starts on.
    fn line_of(&self, d: &Decision) -> Option<usize> {
        self.document.line_col(d.span.start).map(|at| at.line)
    }

    /// The decisions about text that starts on `line` (1-based), in the order they were
    /// made.
    pub fn line(&self, line: usize) -> impl Iterator<Item = &Decision> + '_ {
        self.decisions
            .iter()
            .filter(move |d| self.line_of(d) == Some(line))
    }

    /// The decisions about text that holds the byte `offset`, in the order they were made.
    pub fn at(&self, offset: usize) -> impl Iterator<Item = &Decision> + '_ {
        self.decisions.iter().filter(move |d| {
            d.span.start <= offset && (offset < d.span.end || d.span.start == offset)
        })
    }

    /// The lines that have decisions, in order.
    pub fn lines(&self) -> Vec<usize> {
        let mut lines: Vec<usize> = self
            .decisions
            .iter()
            .filter_map(|d| self.line_of(d))
            .collect();
        lines.sort_unstable();
        lines.dedup();
        lines
    }

    /// The decisions grouped by where their text starts, in the order of the text; within
    /// a group, in the order they were made.
    fn rows(&self) -> Vec<Vec<&Decision>> {
        let mut order: Vec<&Decision> = self.decisions.iter().collect();
        order.sort_by_key(|d| d.span.start);
        let mut rows: Vec<Vec<&Decision>> = Vec::new();
        for d in order {
            match rows.last_mut() {
                Some(row) if row.first().is_some_and(|f| f.span.start == d.span.start) => {
                    row.push(d);
                }
                _ => rows.push(vec![d]),
            }
        }
        rows
    }

    fn render_row(&self, row: &[&Decision], out: &mut String) {
        use core::fmt::Write;
        let Some(first) = row.first() else { return };
        let text = self.document.text(first.span).unwrap_or("");
        let text = text.lines().next().unwrap_or("").trim();
        let mut shown: String = text.chars().take(48).collect();
        if shown.len() < text.len() {
            shown.push('…');
        }
        // Decisions are made about the text's own spans, which always fall on character
        // boundaries; the column shows where on a long line (a scraped page is one line).
        match self.document.line_col(first.span.start) {
            Some(at) if at.column > 1 => {
                let _ = write!(out, "line {}, column {} {shown:?}:", at.line, at.column);
            }
            Some(at) => {
                let _ = write!(out, "line {} {shown:?}:", at.line);
            }
            None => {
                let _ = write!(out, "byte {} {shown:?}:", first.span.start);
            }
        }
        for (i, d) in row.iter().enumerate() {
            let sep = if i == 0 { " " } else { "; " };
            let _ = write!(out, "{sep}{d}");
        }
        out.push('\n');
    }

    /// What the rules decided about text that starts on `line`, as a person reads it: the
    /// line's number, the start of the text decided about, and each decision (`rule →
    /// verdict`), one output line per piece of text (a scraped one-line text holds many).
    /// `None` when no rule decided anything about text on that line.
    pub fn render_line(&self, line: usize) -> Option<String> {
        let mut out = String::new();
        for row in self.rows() {
            if row.first().and_then(|d| self.line_of(d)) == Some(line) {
                self.render_row(&row, &mut out);
            }
        }
        out.pop();
        (!out.is_empty()).then_some(out)
    }
}

impl core::fmt::Display for Explanation<'_> {
    /// Every piece of text a rule decided about, one per line, in the order of the text.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut out = String::new();
        for row in self.rows() {
            self.render_row(&row, &mut out);
        }
        f.write_str(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_in_declaration_order_with_unique_names() {
        for (i, r) in RULES.iter().enumerate() {
            assert_eq!(r.id as usize, i, "{}", r.id);
            assert_eq!(RuleId::from_name(r.id.name()), Some(r.id));
            assert!(r.summary.ends_with('.'), "{}", r.id);
        }
        assert_eq!(RuleId::from_name("no_such_rule"), None);
    }

    #[test]
    fn names_are_snake_case_and_match_the_variants() {
        for r in RULES {
            let camel: String =
                r.id.name()
                    .split('_')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                            .unwrap_or_default()
                    })
                    .collect();
            assert_eq!(format!("{:?}", r.id), camel);
        }
    }

    #[test]
    fn the_unit_recorder_keeps_nothing_and_a_vec_keeps_everything() {
        const { assert!(!<() as Recorder>::KEEPS) };
        const { assert!(<Vec<Decision> as Recorder>::KEEPS) };
        let mut nothing = ();
        nothing.decide(
            RuleId::Lede,
            Span::new(0, 1),
            Verdict::Kind(BlockKind::Lede),
        );
        let mut all: Vec<Decision> = Vec::new();
        all.decide(
            RuleId::Lede,
            Span::new(0, 1),
            Verdict::Kind(BlockKind::Lede),
        );
        all.decide(RuleId::OrdinalGap, Span::new(2, 3), Verdict::NotAList);
        assert_eq!(
            all.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["lede → lede", "ordinal_gap → not a list"]
        );
    }
}
