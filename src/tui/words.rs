//! Words the app looks up by a name it only knows at run time: the kinds of
//! item ("touchpoint"), the schema's field labels, the actions' descriptions
//! and the help's groups. Everything else is a `t!` at the place that shows
//! it; these lookups fall back to English, then to the id, like `t!`.

use crate::i18n;

/// A message whose id is made at run time, in the interface language.
pub fn message(id: &str) -> String {
    i18n::text(i18n::current(), id, &[])
}

/// The select key of a kind of item in the messages (`team-member`), from
/// its English noun ("team member").
pub fn kind_key(noun: &str) -> String {
    noun.replace(' ', "-")
}

/// A kind of item as a noun in the interface language ("punkt styku").
pub fn kind(noun: &str) -> String {
    crate::t!("item-kind", kind = kind_key(noun))
}

/// A kind of item as a title ("Punkt styku").
pub fn kind_title(noun: &str) -> String {
    crate::t!("item-kind-title", kind = kind_key(noun))
}

/// A field's label in the interface language, from its schema label id;
/// `english` when no language has it.
pub fn field(label_id: &str, english: &str) -> String {
    let id = format!("field-{label_id}");
    if label_id.is_empty() || !i18n::has_message(i18n::Lang::En, &id) {
        return english.to_owned();
    }
    message(&id)
}

/// An action's short name in the footer hints (`hint-save`), in the
/// interface language; the action's config name when there is no message.
pub fn hint(name: &str) -> String {
    let id = format!("hint-{name}");
    if i18n::has_message(i18n::Lang::En, &id) {
        message(&id)
    } else {
        name.to_owned()
    }
}
