//! Names for people and for JSON: `as_str` and `Display` for the model's enums.
//!
//! `as_str` gives the snake_case value the enum has in JSON (the one the JSON Schema lists);
//! `Display` writes the same word, so that human output never shows Rust's `Debug` names
//! (`EditorInChief`, `Some(..)`). [`BlockKind`], [`Severity`](crate::Severity) and
//! [`DiagnosticKind`](crate::DiagnosticKind) follow the same rule.

use core::fmt;

use super::{BlockKind, CreditRole, EnumerationKind, MarkerKind, Modality, Strength};

/// `as_str` with the JSON names and a `Display` that writes them.
macro_rules! names {
    ($t:ident { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            /// The snake_case name used in JSON and in messages.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($t::$v => $s),*
                }
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

names!(MarkerKind {
    Word => "word",
    Number => "number",
    Roman => "roman",
    Letter => "letter",
    Chinese => "chinese",
    Bullet => "bullet",
    None => "none",
});

names!(EnumerationKind {
    Achievements => "achievements",
    Principles => "principles",
    Tasks => "tasks",
    Measures => "measures",
    Goals => "goals",
    Proposals => "proposals",
    Other => "other",
});

names!(Strength {
    Explicit => "explicit",
    Soft => "soft",
    DeclaredOnly => "declared_only",
});

names!(Modality {
    Must => "must",
    Should => "should",
    NeedTo => "need_to",
    Necessary => "necessary",
    Imperative => "imperative",
    Important => "important",
    Other => "other",
});

names!(CreditRole {
    Producer => "producer",
    EditorInChief => "editor_in_chief",
    Editor => "editor",
    Proofreader => "proofreader",
    EditorInCharge => "editor_in_charge",
    WebEditor => "web_editor",
    Source => "source",
    Author => "author",
    AboutAuthor => "about_author",
    Reporter => "reporter",
    Translator => "translator",
    Photo => "photo",
    Speaker => "speaker",
    Other => "other",
});

impl fmt::Display for BlockKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_writes_the_json_name() {
        assert_eq!(CreditRole::EditorInChief.to_string(), "editor_in_chief");
        assert_eq!(CreditRole::WebEditor.as_str(), "web_editor");
        assert_eq!(Modality::NeedTo.to_string(), "need_to");
        assert_eq!(Strength::DeclaredOnly.to_string(), "declared_only");
        assert_eq!(MarkerKind::None.to_string(), "none");
        assert_eq!(EnumerationKind::Tasks.to_string(), "tasks");
        assert_eq!(BlockKind::ListLead.to_string(), "list_lead");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn as_str_agrees_with_serde() {
        fn json<T: serde::Serialize>(v: T) -> String {
            serde_json::to_value(v)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        }
        for r in [
            CreditRole::Producer,
            CreditRole::EditorInChief,
            CreditRole::Editor,
            CreditRole::Proofreader,
            CreditRole::EditorInCharge,
            CreditRole::WebEditor,
            CreditRole::Source,
            CreditRole::Author,
            CreditRole::AboutAuthor,
            CreditRole::Reporter,
            CreditRole::Translator,
            CreditRole::Photo,
            CreditRole::Other,
        ] {
            assert_eq!(r.as_str(), json(r));
        }
        for m in [
            Modality::Must,
            Modality::Should,
            Modality::NeedTo,
            Modality::Necessary,
            Modality::Imperative,
            Modality::Important,
            Modality::Other,
        ] {
            assert_eq!(m.as_str(), json(m));
        }
        for k in [
            MarkerKind::Word,
            MarkerKind::Number,
            MarkerKind::Roman,
            MarkerKind::Letter,
            MarkerKind::Chinese,
            MarkerKind::Bullet,
            MarkerKind::None,
        ] {
            assert_eq!(k.as_str(), json(k));
        }
        for k in [
            EnumerationKind::Achievements,
            EnumerationKind::Principles,
            EnumerationKind::Tasks,
            EnumerationKind::Measures,
            EnumerationKind::Goals,
            EnumerationKind::Proposals,
            EnumerationKind::Other,
        ] {
            assert_eq!(k.as_str(), json(k));
        }
        for s in [Strength::Explicit, Strength::Soft, Strength::DeclaredOnly] {
            assert_eq!(s.as_str(), json(s));
        }
    }
}
