//! Fuzz target: three-way merge. The input is split at NUL bytes into the
//! base, ours and theirs; when all three parse, merging must not panic,
//! merging a side with itself must find no conflict, and a merged map that
//! is valid must write out and read back as the same data.

#![no_main]

use cjm::export::{ExportFormat, ExportOptions, export};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |b| *b == 0);
    let (Some(base), Some(ours), Some(theirs)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let parse = |bytes: &[u8]| {
        std::str::from_utf8(bytes)
            .ok()
            .and_then(|text| cjm::format::parse(text).ok())
    };
    let (Some(base), Some(ours), Some(theirs)) = (parse(base), parse(ours), parse(theirs)) else {
        return;
    };
    let merged = cjm::merge::merge(&base, &ours, &theirs);
    let same = cjm::merge::merge(&base, &ours, &ours);
    assert!(
        same.conflicts.is_empty(),
        "ours merged with ours conflicts: {:?}",
        same.conflicts
    );
    if cjm::model::validate(&merged.map).is_empty() {
        let written = cjm::format::to_toml(&merged.map);
        let again = match cjm::format::parse(&written) {
            Ok(again) => again,
            Err(diagnostics) => {
                panic!("a valid merged map does not read back: {diagnostics:?}\n{written}")
            }
        };
        let json = |m| export(m, ExportFormat::Json, &ExportOptions::default());
        assert_eq!(
            json(&again),
            json(&merged.map),
            "the merged data changed on a write and read back"
        );
    }
});
