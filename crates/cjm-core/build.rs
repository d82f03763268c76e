//! Embeds the message files: for each language folder under `locales/`
//! (named by the language's code), a list of its `.ftl` files (name and
//! text, sorted by name), so that a new file in a folder is picked up
//! without code, and an index of which file defines each message, so that
//! each file can be parsed on its own, when one of its messages is first
//! looked up.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let locales = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut folders: Vec<_> = std::fs::read_dir(&locales)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.is_dir())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    let mut index = String::from(
        "/// The messages of the language with this code, sorted, each with the\n\
         /// number of the file (in [`of`]) that defines it.\n\
         pub(super) fn ids(code: &str) -> &'static [(&'static str, usize)] {\n    match code {\n",
    );
    let mut code = String::from(
        "/// The message files (name, text) of the language with this code.\n\
         pub(super) fn of(code: &str) -> &'static [(&'static str, &'static str)] {\n    match code {\n",
    );
    for folder in folders {
        let lang = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let _ = writeln!(code, "        {lang:?} => &[");
        // Each message's file: the first that defines it, as a bundle of
        // all the files would keep the first definition.
        let mut ids = std::collections::BTreeMap::new();
        for (number, path) in files.iter().enumerate() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = writeln!(
                code,
                "            ({name:?}, include_str!({:?})),",
                path.display().to_string()
            );
            let text = std::fs::read_to_string(path).unwrap_or_default();
            for id in text.lines().filter_map(message_id) {
                ids.entry(id.to_owned()).or_insert(number);
            }
        }
        let _ = writeln!(code, "        ],");
        let _ = writeln!(index, "        {lang:?} => &[");
        for (id, number) in ids {
            let _ = writeln!(index, "            ({id:?}, {number}),");
        }
        let _ = writeln!(index, "        ],");
    }
    code.push_str("        _ => &[],\n    }\n}\n");
    code.push_str(&index);
    code.push_str("        _ => &[],\n    }\n}\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    if let Err(error) = std::fs::write(Path::new(&out).join("locales.rs"), code) {
        println!("cargo:warning=cannot write the list of message files: {error}");
        std::process::exit(1);
    }
}

/// The identifier of the message a line of a message file begins, if it
/// begins one: a message starts at the start of its line with its
/// identifier and `=` (its other lines, and attributes, are indented;
/// comments start with `#`, terms with `-`).
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let mut chars = id.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(id)
}
