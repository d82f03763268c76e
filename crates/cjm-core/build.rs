//! Embeds the message files: for each language folder under `locales/`, a
//! list of its `.ftl` files (name and text, sorted by name), so that a new
//! file in a folder is picked up without code and each language's files
//! can be parsed on their own, when the language is first used.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let locales = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut code = String::new();
    for lang in ["en", "pl", "ru", "sv"] {
        let folder = locales.join(lang);
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
        let _ = writeln!(
            code,
            "pub(super) static {}: &[(&str, &str)] = &[",
            lang.to_uppercase()
        );
        for path in files {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = writeln!(
                code,
                "    ({name:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
        let _ = writeln!(code, "];");
    }
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    if let Err(error) = std::fs::write(Path::new(&out).join("locales.rs"), code) {
        println!("cargo:warning=cannot write the list of message files: {error}");
        std::process::exit(1);
    }
}
