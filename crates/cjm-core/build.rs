//! Embeds the message files: for each language folder under `locales/`
//! (named by the language's code), a list of its `.ftl` files (name and text, sorted by name), so that a new
//! file in a folder is picked up without code and each language's files
//! can be parsed on their own, when the language is first used.

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
        for path in files {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = writeln!(
                code,
                "            ({name:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
        let _ = writeln!(code, "        ],");
    }
    code.push_str("        _ => &[],\n    }\n}\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    if let Err(error) = std::fs::write(Path::new(&out).join("locales.rs"), code) {
        println!("cargo:warning=cannot write the list of message files: {error}");
        std::process::exit(1);
    }
}
