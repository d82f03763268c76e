//! The JSON export: the whole model, for other programs.
//!
//! The document is an object whose first field is `"schema"` (the map
//! file's schema version, as a save would write it), followed by the map's fields under the names and
//! in the order of the file format. Empty optional texts are left out, lists
//! are always present (except the lists schema 2 added – departments,
//! blueprint lanes, web links – which are left out when empty, so a schema-1
//! map exports as it did), comments are not exported. Pretty-printed with two
//! spaces and a trailing newline.

use serde::Serialize;

use crate::model::Map;

#[derive(Serialize)]
struct Document<'a> {
    schema: i64,
    #[serde(flatten)]
    map: &'a Map,
}

/// The JSON text of `map`.
pub fn export(map: &Map) -> String {
    let document = Document {
        schema: map.schema_to_write(),
        map,
    };
    // The model has only string keys and no fallible serialisers, and
    // serde_json writes non-finite numbers as null, so this cannot fail.
    let text = serde_json::to_string_pretty(&document).expect("a map always serialises to JSON");
    // C1 controls and bidi marks as \u escapes: the same JSON value, inert on a terminal.
    let mut text = crate::text::json_escaped(&text);
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MapKind;

    #[test]
    fn schema_comes_first() {
        let text = export(&Map::new("Ż 🎉", MapKind::Service));
        assert!(
            text.starts_with(
                "{\n  \"schema\": 2,\n  \"title\": \"Ż 🎉\",\n  \"kind\": \"service\","
            )
        );
        assert!(text.ends_with("}\n"));
    }
}
