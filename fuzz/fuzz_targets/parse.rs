//! Fuzz target: loading a map. Any text may come in through git; parsing
//! must never panic or hang, and whatever parses must be a valid map that
//! writes out and reads back as the same data (comments aside: a comment
//! left in an emptied list moves to the next field, with the same text),
//! in a canonical form that is stable.

#![no_main]

use cjm::export::{ExportFormat, ExportOptions, export};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(map) = cjm::format::parse(text) else {
        return;
    };
    let problems = cjm::model::validate(&map);
    assert!(problems.is_empty(), "a parsed map is invalid: {problems:?}");
    let written = cjm::format::to_toml(&map);
    let again = match cjm::format::parse(&written) {
        Ok(again) => again,
        Err(diagnostics) => panic!("canonical output does not parse: {diagnostics:?}\n{written}"),
    };
    let json = |m| export(m, ExportFormat::Json, &ExportOptions::default());
    assert_eq!(
        json(&again),
        json(&map),
        "the data changed on a write and read back"
    );
    assert_eq!(
        cjm::format::to_toml(&again),
        written,
        "the canonical form is not stable"
    );
});
