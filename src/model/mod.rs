//! The typed document model.
//!
//! Text fields borrow from the parsed input (`Cow::Borrowed`), so building the model copies
//! no prose; every `into_owned` detaches a value from its input.

use std::borrow::Cow;

use crate::span::Span;

mod date;
mod display;
mod document;

pub use date::{Date, DateParseError};
pub use document::Document;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

pub(crate) fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

fn own_opt(c: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    c.map(own)
}

/// Facts about the document as a publication: title, publisher, dates, the meeting.
///
/// In JSON these keys sit at the top level of the document object.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Metadata<'a> {
    /// The headline, without a kicker glued to it.
    pub title: Option<Cow<'a, str>>,
    /// A short tag glued before the title, such as `Highlight it!`.
    pub kicker: Option<Cow<'a, str>>,
    /// Who published the text (`Mondo Social`, `Xinhua`).
    pub publisher: Option<Cow<'a, str>>,
    /// The author named in a byline (`By Kou Jie`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub author: Option<Cow<'a, str>>,
    /// Publication date.
    pub date: Option<Date>,
    /// The meeting the text reports on, when the lede names one.
    pub meeting: Option<Meeting<'a>>,
}

impl Metadata<'_> {
    /// Detaches the metadata from the input text.
    pub fn into_owned(self) -> Metadata<'static> {
        Metadata {
            title: own_opt(self.title),
            kicker: own_opt(self.kicker),
            publisher: own_opt(self.publisher),
            author: own_opt(self.author),
            date: self.date,
            meeting: self.meeting.map(Meeting::into_owned),
        }
    }
}

/// A meeting named in the lede: `The Foreign Affairs Work Conference was held in Beijing on
/// December 27-28`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Meeting<'a> {
    /// The meeting's name as printed, without a leading article.
    pub name: Option<Cow<'a, str>>,
    /// Where it was held.
    pub place: Option<Cow<'a, str>>,
    /// First day.
    pub start: Option<Date>,
    /// Last day (the same as `start` for a one-day meeting).
    pub end: Option<Date>,
    /// Whether the year was not printed and was taken from the publication date.
    pub year_inferred: bool,
    /// The sentence the meeting was found in.
    #[cfg_attr(feature = "serde", serde(default))]
    pub span: Span,
}

impl Meeting<'_> {
    /// Detaches the meeting from the input text.
    pub fn into_owned(self) -> Meeting<'static> {
        Meeting {
            name: own_opt(self.name),
            place: own_opt(self.place),
            start: self.start,
            end: self.end,
            year_inferred: self.year_inferred,
            span: self.span,
        }
    }
}

/// A heading, subtitle or list lead-in: its text and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Heading<'a> {
    /// The text without surrounding quotes, bold markers or a final period.
    pub text: Cow<'a, str>,
    /// The whole heading as printed, quotes included.
    pub span: Span,
}

impl Heading<'_> {
    /// Detaches the heading from the input text.
    pub fn into_owned(self) -> Heading<'static> {
        Heading {
            text: own(self.text),
            span: self.span,
        }
    }
}

/// What a paragraph-level block of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A line under the headline that summarises it (a dek or standfirst).
    Dek,
    /// Publisher, author, date or source printed under the headline.
    Byline,
    /// The place-and-date opener of a news report (`BEIJING, Oct. 29 (Xinhua) --`).
    Dateline,
    /// The first paragraph of the body, usually naming the meeting.
    Lede,
    /// A section heading.
    Heading,
    /// A line that qualifies the heading above it.
    Subtitle,
    /// A list item opened by an ordinal, a number or a bullet.
    Item,
    /// A paragraph whose first words state an obligation (`We must`).
    Obligation,
    /// A paragraph that announces a list (`... is ——`, a trailing `:`).
    ListLead,
    /// An ordinary paragraph.
    Paragraph,
    /// A photo caption and its credit.
    Caption,
    /// A credit line (`Producer: Li Zhe`).
    Credit,
    /// Page furniture that is not content (`Related Pages`, a promo line, a separator).
    Chrome,
}

impl BlockKind {
    /// The snake_case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Dek => "dek",
            BlockKind::Byline => "byline",
            BlockKind::Dateline => "dateline",
            BlockKind::Lede => "lede",
            BlockKind::Heading => "heading",
            BlockKind::Subtitle => "subtitle",
            BlockKind::Item => "item",
            BlockKind::Obligation => "obligation",
            BlockKind::ListLead => "list_lead",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
            BlockKind::Chrome => "chrome",
        }
    }
}

/// A paragraph-level piece of the text: a paragraph, a heading, a list item, a credit line.
///
/// In texts without paragraph breaks (a whole article on one line) blocks are recovered
/// from sentence and bullet boundaries.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Block<'a> {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text as printed (hard line breaks included).
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl Block<'_> {
    /// Detaches the block from the input text.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            kind: self.kind,
            text: own(self.text),
            span: self.span,
        }
    }
}

/// A section of the body: a heading, an optional subtitle, its blocks and nested sections.
///
/// A section's `blocks` are the body blocks between its heading (and subtitle) and its
/// first subsection. The first section has no heading when body text precedes the first
/// heading.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Section<'a> {
    /// The heading that opens the section.
    pub heading: Option<Heading<'a>>,
    /// A line that qualifies the heading.
    pub subtitle: Option<Heading<'a>>,
    /// The number of items the heading announces (`"Ten Achievements".` → 10).
    pub declared_count: Option<u32>,
    /// Headings that announce the subsections to come, when a section opens with a run of
    /// them (`A multipolar world ...` / `Inclusive economic globalization`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub announces: Vec<Heading<'a>>,
    /// From the heading to the end of the last block or subsection.
    pub span: Span,
    /// Body blocks, in order.
    pub blocks: Vec<Block<'a>>,
    /// Nested sections, in order.
    pub sections: Vec<Section<'a>>,
}

impl Section<'_> {
    /// Detaches the section from the input text.
    pub fn into_owned(self) -> Section<'static> {
        Section {
            heading: self.heading.map(Heading::into_owned),
            subtitle: self.subtitle.map(Heading::into_owned),
            declared_count: self.declared_count,
            announces: self
                .announces
                .into_iter()
                .map(Heading::into_owned)
                .collect(),
            span: self.span,
            blocks: self.blocks.into_iter().map(Block::into_owned).collect(),
            sections: self.sections.into_iter().map(Section::into_owned).collect(),
        }
    }
}

/// How a list item is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkerKind {
    /// An ordinal or number word that is part of the sentence: `First,`, `Secondly,`,
    /// `The third is to`, `Ten is to`.
    Word,
    /// Arabic digits: `1.`, `2)`, `(3)`, `4、`.
    Number,
    /// Roman numerals: `IV.`, `(ii)`.
    Roman,
    /// Letters: `(a)`, `b)`.
    Letter,
    /// Chinese numerals: `一是`, `（二）`, `三、`.
    Chinese,
    /// A bullet without a number: `--`, `——`, `•`.
    Bullet,
    /// No marker: items found by their position after a heading or lead-in.
    None,
}

/// One item of an [`Enumeration`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Item<'a> {
    /// The item's number: the one its marker states, or its position for unnumbered items.
    pub ordinal: u32,
    /// The marker as printed (`First,`, `The third is to`, `(2)`), if any.
    pub marker: Option<Cow<'a, str>>,
    /// How the item is marked.
    pub marker_kind: MarkerKind,
    /// The item's text after its marker.
    pub text: Cow<'a, str>,
    /// The whole item, marker included.
    pub span: Span,
}

impl Item<'_> {
    /// Detaches the item from the input text.
    pub fn into_owned(self) -> Item<'static> {
        Item {
            ordinal: self.ordinal,
            marker: own_opt(self.marker),
            marker_kind: self.marker_kind,
            text: own(self.text),
            span: self.span,
        }
    }
}

/// What a list enumerates, read from the noun of its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EnumerationKind {
    /// Achievements, accomplishments, successes.
    Achievements,
    /// Musts, principles, requirements, experiences to uphold.
    Principles,
    /// Tasks, priorities, focuses.
    Tasks,
    /// Measures, steps, policies.
    Measures,
    /// Goals, targets, objectives.
    Goals,
    /// Proposals, suggestions, initiatives put forward.
    Proposals,
    /// Anything else, or a list without a heading noun.
    Other,
}

/// How plainly the text marks a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Strength {
    /// Items carry markers, or are the obligation paragraphs under a count heading.
    Explicit,
    /// A run-in list inside a sentence, or unmarked clauses after a lead-in.
    Soft,
    /// A count with no items found.
    DeclaredOnly,
}

/// A list: a heading or lead-in, the count it declares, and its items.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Enumeration<'a> {
    /// The heading or lead-in that introduces the list, if any.
    pub heading: Option<Heading<'a>>,
    /// What it enumerates.
    pub kind: EnumerationKind,
    /// How plainly it is marked.
    pub strength: Strength,
    /// The number of items the heading or lead-in announces.
    pub declared_count: Option<u32>,
    /// The items found, in order.
    pub items: Vec<Item<'a>>,
    /// From the first item to the end of the last.
    pub span: Span,
}

impl Enumeration<'_> {
    /// Detaches the list from the input text.
    pub fn into_owned(self) -> Enumeration<'static> {
        Enumeration {
            heading: self.heading.map(Heading::into_owned),
            kind: self.kind,
            strength: self.strength,
            declared_count: self.declared_count,
            items: self.items.into_iter().map(Item::into_owned).collect(),
            span: self.span,
        }
    }
}

/// An item of a list whose heading names achievements.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Achievement<'a> {
    /// Its number in the list.
    pub ordinal: u32,
    /// The marker as printed, if any.
    pub marker: Option<Cow<'a, str>>,
    /// The text after the marker.
    pub text: Cow<'a, str>,
    /// The whole item.
    pub span: Span,
}

impl Achievement<'_> {
    /// Detaches the achievement from the input text.
    pub fn into_owned(self) -> Achievement<'static> {
        Achievement {
            ordinal: self.ordinal,
            marker: own_opt(self.marker),
            text: own(self.text),
            span: self.span,
        }
    }
}

/// The strength of an obligation, read from its first words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Modality {
    /// `We must`, `It must`, `We have to`.
    Must,
    /// `We should`.
    Should,
    /// `We need to`.
    NeedTo,
    /// `It is necessary to`, `It is essential to`.
    Necessary,
    /// `It is imperative to`.
    Imperative,
    /// `It is important to`, `It is crucial to`.
    Important,
    /// Any other obligation.
    Other,
}

/// An item of a list whose heading names musts or principles.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Principle<'a> {
    /// Its number in the list.
    pub ordinal: u32,
    /// The obligation its first words state, if they state one.
    pub modality: Option<Modality>,
    /// The text after any marker.
    pub text: Cow<'a, str>,
    /// The whole item.
    pub span: Span,
}

impl Principle<'_> {
    /// Detaches the principle from the input text.
    pub fn into_owned(self) -> Principle<'static> {
        Principle {
            ordinal: self.ordinal,
            modality: self.modality,
            text: own(self.text),
            span: self.span,
        }
    }
}

/// A paragraph (or, in texts without paragraphs, a sentence) whose first words state an
/// obligation: `We must ...`, `It is necessary to ...`, `All regions should ...`.
///
/// Items opened by an ordinal are list items, not obligations.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Obligation<'a> {
    /// The strength of the obligation.
    pub modality: Modality,
    /// The words that state it (`We must`, `It is necessary to`).
    pub lead: Cow<'a, str>,
    /// The whole paragraph or sentence.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

impl Obligation<'_> {
    /// Detaches the obligation from the input text.
    pub fn into_owned(self) -> Obligation<'static> {
        Obligation {
            modality: self.modality,
            lead: own(self.lead),
            text: own(self.text),
            span: self.span,
        }
    }
}

/// What kind of named thing an [`Initiative`] is: read from the lexicon for known names,
/// from the head noun for names found by their shape (`... Law`, `... Summit`).
///
/// A country or a person is never a named thing; the United Nations is an organisation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NameKind {
    /// An initiative, project, campaign or programme of work: `Belt and Road Initiative`,
    /// `China-Laos Railway`, `Healthy China`.
    #[default]
    Initiative,
    /// A plan, programme, agenda or vision with a text of its own: `14th Five-Year Plan`,
    /// `2030 Agenda for Sustainable Development`.
    Plan,
    /// A strategy or a policy: `innovation-driven development strategy`, `“Opening-Up”
    /// policy`.
    Strategy,
    /// A law, code or regulation: `Civil Code`, `Foreign Investment Law`.
    Law,
    /// An agreement, treaty, convention, declaration or partnership between parties:
    /// `Paris Agreement`, `Treaty of Amity and Cooperation in Southeast Asia`.
    Agreement,
    /// A meeting, conference, forum, summit or expo: `Boao Forum for Asia`, `Central
    /// Economic Work Conference`.
    Meeting,
    /// An organisation, body, fund or mechanism: `State Council`, `Silk Road Fund`,
    /// `United Nations`.
    Organisation,
}

impl NameKind {
    /// The snake_case name used in JSON and in the lexicon's `kind` column.
    pub const fn as_str(self) -> &'static str {
        match self {
            NameKind::Initiative => "initiative",
            NameKind::Plan => "plan",
            NameKind::Strategy => "strategy",
            NameKind::Law => "law",
            NameKind::Agreement => "agreement",
            NameKind::Meeting => "meeting",
            NameKind::Organisation => "organisation",
        }
    }

    /// The kind named by `s` (as written by [`NameKind::as_str`]).
    pub fn from_name(s: &str) -> Option<NameKind> {
        Some(match s {
            "initiative" => NameKind::Initiative,
            "plan" => NameKind::Plan,
            "strategy" => NameKind::Strategy,
            "law" => NameKind::Law,
            "agreement" => NameKind::Agreement,
            "meeting" => NameKind::Meeting,
            "organisation" => NameKind::Organisation,
            _ => return None,
        })
    }
}

impl core::fmt::Display for NameKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A named thing (an initiative, plan, strategy, law, agreement, meeting or organisation),
/// with every place it is mentioned.
///
/// # Example
///
/// ```
/// let doc = tifa::parse("China backs the Global Development Initiative and the Foreign Investment Law.");
/// let kinds: Vec<_> = doc.initiatives().iter().map(|i| (i.name.as_ref(), i.kind)).collect();
/// assert_eq!(kinds, [
///     ("Global Development Initiative", tifa::NameKind::Initiative),
///     ("Foreign Investment Law", tifa::NameKind::Law),
/// ]);
/// assert_eq!(doc.initiatives()[0].zh.as_deref(), Some("全球发展倡议"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Initiative<'a> {
    /// The canonical name (from the lexicon), or the name as printed when the lexicon does
    /// not know it.
    pub name: Cow<'a, str>,
    /// The usual acronym: the lexicon's, or the one printed in parentheses right after a
    /// name the lexicon does not know.
    pub acronym: Option<Cow<'a, str>>,
    /// What kind of named thing it is.
    #[cfg_attr(feature = "serde", serde(default))]
    pub kind: NameKind,
    /// The Chinese original, when the lexicon knows it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub zh: Option<Cow<'a, str>>,
    /// Whether the lexicon knows it; `false` for names found by their shape
    /// (`Global … Initiative`, `14th Five-Year Plan`, `“Opening-Up” policy`).
    pub known: bool,
    /// Every mention, in order.
    pub mentions: Vec<Span>,
}

impl Initiative<'_> {
    /// Detaches the initiative from the input text.
    pub fn into_owned(self) -> Initiative<'static> {
        Initiative {
            name: own(self.name),
            acronym: own_opt(self.acronym),
            kind: self.kind,
            zh: own_opt(self.zh),
            known: self.known,
            mentions: self.mentions,
        }
    }
}

/// A fixed political formulation (*tifa*), with every place it is mentioned.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Concept<'a> {
    /// The canonical name from the lexicon, or the term as printed between quotes when
    /// the lexicon does not know it.
    pub name: Cow<'a, str>,
    /// Whether the lexicon knows it; `false` for a coined term found between quotes
    /// (`“steady growth”`).
    pub known: bool,
    /// The Chinese original, when the lexicon knows it (`人类命运共同体`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub zh: Option<Cow<'a, str>>,
    /// Every mention, in order.
    pub mentions: Vec<Span>,
}

impl Concept<'_> {
    /// Detaches the concept from the input text.
    pub fn into_owned(self) -> Concept<'static> {
        Concept {
            name: own(self.name),
            known: self.known,
            zh: own_opt(self.zh),
            mentions: self.mentions,
        }
    }
}

/// The role a credit line names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CreditRole {
    /// `Producer:`.
    Producer,
    /// `Editor-in-chief:`, `Chief editor:`.
    EditorInChief,
    /// `Edited by`, `Editor:`.
    Editor,
    /// `Proofread by`, `Proofreader:`.
    Proofreader,
    /// `Editor in charge:`, `Responsible editor:`.
    EditorInCharge,
    /// `Web editor:`.
    WebEditor,
    /// `Source:`.
    Source,
    /// The author of a byline (`By Kou Jie`) or `Written by`.
    Author,
    /// A note on the author (`The writer is ...`).
    AboutAuthor,
    /// `Reporter:`, `Reported by`.
    Reporter,
    /// `Translated by`, `Translator:`.
    Translator,
    /// The credit of a photo (`(Xinhua/Ju Peng)`, `(Photo by ...)`).
    Photo,
    /// The speaker a speech's title names (`Remarks by H.E. Ambassador Wei Minghua at
    /// ...`).
    Speaker,
    /// Any other role.
    Other,
}

/// A credit: who did what (`Producer: Li Zhe`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Credit<'a> {
    /// The role, normalised.
    pub role: CreditRole,
    /// The role as printed (`Editor-in-chief`, `Edited by`).
    pub label: Cow<'a, str>,
    /// The name or names as printed.
    pub name: Cow<'a, str>,
    /// From the role label to the end of the name.
    pub span: Span,
}

impl Credit<'_> {
    /// Detaches the credit from the input text.
    pub fn into_owned(self) -> Credit<'static> {
        Credit {
            role: self.role,
            label: own(self.label),
            name: own(self.name),
            span: self.span,
        }
    }
}

#[cfg(all(test, feature = "serde"))]
mod schema_tests {
    //! Every enum value the types can produce is listed in the shipped JSON Schema, and
    //! nothing else is. The `match`es make this fail to compile when a variant is added.
    use super::*;
    use crate::diagnostic::{DiagnosticKind, Severity};

    fn schema_enum(name: &str) -> Vec<String> {
        let schema: serde_json::Value =
            serde_json::from_str(crate::JSON_SCHEMA).unwrap_or_default();
        schema["$defs"][name]["enum"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn names<T: serde::Serialize>(all: &[T]) -> Vec<String> {
        all.iter()
            .map(|v| {
                serde_json::to_value(v)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            })
            .collect()
    }

    macro_rules! all {
        ($t:ident: $($v:ident),*) => {{
            fn _exhaustive(x: $t) {
                match x {
                    $($t::$v)|* => {}
                }
            }
            vec![$($t::$v),*]
        }};
    }

    #[test]
    fn enums_match_the_schema() {
        use BlockKind as B;
        let checks: Vec<(&str, Vec<String>)> = vec![
            (
                "block_kind",
                names(
                    &all!(B: Title, Dek, Byline, Dateline, Lede, Heading, Subtitle, Item, Obligation, ListLead, Paragraph, Caption, Credit, Chrome),
                ),
            ),
            (
                "marker_kind",
                names(&all!(MarkerKind: Word, Number, Roman, Letter, Chinese, Bullet, None)),
            ),
            (
                "enumeration_kind",
                names(
                    &all!(EnumerationKind: Achievements, Principles, Tasks, Measures, Goals, Proposals, Other),
                ),
            ),
            (
                "name_kind",
                names(
                    &all!(NameKind: Initiative, Plan, Strategy, Law, Agreement, Meeting, Organisation),
                ),
            ),
            (
                "strength",
                names(&all!(Strength: Explicit, Soft, DeclaredOnly)),
            ),
            (
                "modality",
                names(
                    &all!(Modality: Must, Should, NeedTo, Necessary, Imperative, Important, Other),
                ),
            ),
            (
                "credit_role",
                names(
                    &all!(CreditRole: Producer, EditorInChief, Editor, Proofreader, EditorInCharge, WebEditor, Source, Author, AboutAuthor, Reporter, Translator, Photo, Speaker, Other),
                ),
            ),
            ("severity", names(&all!(Severity: Info, Warning, Error))),
            (
                "diagnostic_kind",
                names(
                    &all!(DiagnosticKind: CountMismatch, DeclaredOnly, OrdinalGap, OrdinalRepeat, ListStartsLate, YearInferred, YearUnknown, Truncated, ControlCharacter, Empty, Markup, Other),
                ),
            ),
        ];
        for (name, values) in checks {
            assert_eq!(values, schema_enum(name), "{name}");
        }
        // The code names used in messages match the JSON names.
        assert_eq!(BlockKind::ListLead.as_str(), "list_lead");
        assert_eq!(DiagnosticKind::CountMismatch.as_str(), "count_mismatch");
    }
}
