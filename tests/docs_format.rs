//! The field tables of `docs/format.md` are generated from the field schema
//! (`crates/cjm-core/src/model/schema.rs`), so the page cannot go stale: this
//! test renders them and fails when the page differs. After changing the
//! schema, regenerate the page with
//!
//! ```text
//! UPDATE_DOCS=1 cargo test --test docs_format
//! ```

mod common;

use common::TestResult;
use std::path::PathBuf;

use cjm::model::schema;

const BEGIN: &str = "<!-- The tables below are generated from crates/cjm-core/src/model/schema.rs: change the schema, then run `UPDATE_DOCS=1 cargo test --test docs_format`. -->\n";
const END: &str = "<!-- End of the generated tables. -->\n";

fn page() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/format.md")
}

#[test]
fn the_field_tables_of_the_format_page_match_the_schema() -> TestResult {
    let text = std::fs::read_to_string(page())?;
    let (Some(start), Some(end)) = (text.find(BEGIN), text.find(END)) else {
        return Err(format!(
            "docs/format.md lacks the markers of the generated tables:\n{BEGIN}...\n{END}"
        )
        .into());
    };
    let current = &text[start + BEGIN.len()..end];
    let generated = format!("\n{}", schema::markdown_tables());
    if current == generated {
        return Ok(());
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!(
            "{}{generated}{}",
            &text[..start + BEGIN.len()],
            &text[end..]
        );
        std::fs::write(page(), updated)?;
        return Ok(());
    }
    let first = current
        .lines()
        .zip(generated.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(current.lines().count().min(generated.lines().count()));
    Err(format!(
        "docs/format.md's field tables differ from the schema (first at table line {}):\n  page:   {}\n  schema: {}\nregenerate them with: UPDATE_DOCS=1 cargo test --test docs_format",
        first + 1,
        current.lines().nth(first).unwrap_or("(end)"),
        generated.lines().nth(first).unwrap_or("(end)"),
    )
    .into())
}

#[test]
fn every_field_of_the_schema_is_on_the_format_page() -> TestResult {
    if std::env::var_os("UPDATE_DOCS").is_some() {
        // The test above is rewriting the page.
        return Ok(());
    }
    let text = std::fs::read_to_string(page())?;
    for (title, _, rows) in schema::tables() {
        for row in rows {
            assert!(
                text.contains(&format!("| `{}` |", row.key)),
                "{title} `{}` is missing from docs/format.md",
                row.key
            );
        }
    }
    Ok(())
}
