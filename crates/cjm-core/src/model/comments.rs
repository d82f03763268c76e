//! Comments a person wrote in a map file, kept with the item or field they
//! stand above so that load → edit → save never drops them.

use std::collections::BTreeMap;

/// The comments attached to one item (or to the top of the file, or `[goal]`).
///
/// Each entry is one comment line as written, starting with `#` and without
/// the line break. Blank lines between comments are not kept: the canonical
/// form decides the spacing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comments {
    /// Lines above the item's table header.
    pub above: Vec<String>,
    /// Comments of the item's fields, by field name.
    pub fields: BTreeMap<String, FieldComments>,
}

/// The comments of one field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldComments {
    /// Lines above `key = value` (and comments found inside a multi-line
    /// value, which are moved here so they are not lost).
    pub above: Vec<String>,
    /// A comment at the end of the `key = value` line.
    pub trailing: Option<String>,
}

impl Comments {
    /// True when nothing is attached.
    pub fn is_empty(&self) -> bool {
        self.above.is_empty() && self.fields.values().all(FieldComments::is_empty)
    }

    /// The comments of `field`, if any.
    pub fn field(&self, field: &str) -> Option<&FieldComments> {
        self.fields.get(field).filter(|c| !c.is_empty())
    }

    /// Mutable access to the comments of `field`, created when missing.
    pub fn field_mut(&mut self, field: &str) -> &mut FieldComments {
        self.fields.entry(field.to_owned()).or_default()
    }
}

impl FieldComments {
    /// True when the field has no comment.
    pub fn is_empty(&self) -> bool {
        self.above.is_empty() && self.trailing.is_none()
    }
}
