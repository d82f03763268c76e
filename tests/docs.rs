//! The documentation stays true: README.md and the pages in docs/ are
//! checked against each other and against the code.
//!
//! - every relative link and `#anchor` resolves to a file and a heading;
//! - README.md keeps the two set-up commands, and they still cover every
//!   crate of the workspace;
//! - every command `cjm --help` lists (and the commands under it) is in the
//!   README's command table and in the user guide's, and no table names a
//!   command that does not exist;
//! - the README's page list is exactly the pages in docs/;
//! - every file a page names (`src/…`, `crates/…`, `tests/…`…) exists, and
//!   every test a page names as proof of a guarantee is a real test.
//!
//! Markdown is read line by line: fenced code blocks are skipped, code spans
//! are taken out before links are looked for, and headings get the anchors
//! GitHub gives them.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

use common::TestResult;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// README.md and every Markdown page in docs/, as (path from the root, text).
fn pages() -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
    let mut names = vec!["README.md".to_owned()];
    names.extend(doc_pages()?.into_iter().map(|p| format!("docs/{p}")));
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(root().join(&name))
                .map_err(|e| format!("cannot read {name}: {e}"))?;
            Ok((name, text))
        })
        .collect()
}

/// The file names of the Markdown pages in docs/, sorted.
fn doc_pages() -> Result<BTreeSet<String>, Box<dyn std::error::Error>> {
    let mut pages = BTreeSet::new();
    for entry in std::fs::read_dir(root().join("docs"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            pages.insert(name);
        }
    }
    Ok(pages)
}

/// The lines of a page outside fenced code blocks, with their numbers (from 1).
fn prose(text: &str) -> Vec<(usize, &str)> {
    let mut fence: Option<String> = None;
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let marker: String = trimmed
            .chars()
            .take_while(|c| *c == '`' || *c == '~')
            .collect();
        match &fence {
            Some(open) => {
                if marker.len() >= open.len()
                    && marker.starts_with(&open[..1])
                    && trimmed[marker.len()..].trim().is_empty()
                {
                    fence = None;
                }
            }
            None if marker.len() >= 3
                && marker.chars().all(|c| c == marker.as_bytes()[0] as char) =>
            {
                fence = Some(marker);
            }
            None => lines.push((i + 1, line)),
        }
    }
    lines
}

/// The code spans of a line, and the line with them taken out.
fn code_spans(line: &str) -> (Vec<&str>, String) {
    let mut spans = Vec::new();
    let mut rest = String::new();
    let mut i = 0;
    let bytes = line.as_bytes();
    while i < bytes.len() {
        if bytes[i] != b'`' {
            let next = line[i..].find('`').map_or(line.len(), |n| i + n);
            rest.push_str(&line[i..next]);
            i = next;
            continue;
        }
        let run = line[i..].bytes().take_while(|b| *b == b'`').count();
        let ticks = &line[i..i + run];
        // The span closes at the next run of exactly as many backticks.
        let mut close = None;
        let mut j = i + run;
        while let Some(n) = line[j..].find(ticks) {
            let at = j + n;
            let len = line[at..].bytes().take_while(|b| *b == b'`').count();
            if len == run {
                close = Some(at);
                break;
            }
            j = at + len;
        }
        match close {
            Some(at) => {
                spans.push(line[i + run..at].trim());
                i = at + run;
            }
            None => {
                rest.push_str(ticks);
                i += run;
            }
        }
    }
    (spans, rest)
}

/// The anchor GitHub gives a heading: lower case, punctuation dropped,
/// spaces made hyphens; a repeated heading gets `-1`, `-2`…
fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut anchors = BTreeSet::new();
    for (_, line) in prose(text) {
        let hashes = line.bytes().take_while(|b| *b == b'#').count();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        let slug: String = line[hashes..]
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let count = seen.entry(slug.clone()).or_insert(0);
        anchors.insert(match *count {
            0 => slug.clone(),
            n => format!("{slug}-{n}"),
        });
        *count += 1;
    }
    anchors
}

/// The lines of the section under `heading` (up to the next heading of the
/// same or a higher level).
fn section<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    let level = heading.bytes().take_while(|b| *b == b'#').count();
    let mut lines = Vec::new();
    let mut inside = false;
    for (_, line) in prose(text) {
        let hashes = line.bytes().take_while(|b| *b == b'#').count();
        let is_heading = (1..=6).contains(&hashes) && line[hashes..].starts_with(' ');
        if inside && is_heading && hashes <= level {
            break;
        }
        if inside {
            lines.push(line);
        }
        if line.trim() == heading {
            inside = true;
        }
    }
    lines
}

#[test]
fn every_link_and_anchor_resolves() -> TestResult {
    let link = Regex::new(r"\]\(([^)\s]+)(?:\s+[^)]*)?\)")?;
    let mut broken = Vec::new();
    let mut checked = 0;
    for (page, text) in pages()? {
        let folder = Path::new(&page).parent().unwrap_or(Path::new(""));
        for (number, line) in prose(&text) {
            let (_, line) = code_spans(line);
            for found in link.captures_iter(&line) {
                let target = &found[1];
                if target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                checked += 1;
                let (file, anchor) = match target.split_once('#') {
                    Some((file, anchor)) => (file, Some(anchor)),
                    None => (target, None),
                };
                let path = if file.is_empty() {
                    PathBuf::from(&page)
                } else {
                    folder.join(file)
                };
                if !root().join(&path).exists() {
                    broken.push(format!(
                        "{page}:{number}: `{target}`: no file {}",
                        path.display()
                    ));
                    continue;
                }
                if let Some(anchor) = anchor {
                    let target_text = std::fs::read_to_string(root().join(&path))?;
                    if !anchors(&target_text).contains(anchor) {
                        broken.push(format!(
                            "{page}:{number}: `{target}`: {} has no heading with the anchor #{anchor}",
                            path.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        checked > 20,
        "only {checked} links found: is the link pattern broken?"
    );
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    Ok(())
}

#[test]
fn the_readme_keeps_the_two_set_up_commands_and_they_cover_every_crate() -> TestResult {
    let readme = std::fs::read_to_string(root().join("README.md"))?;
    let commands: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.split('#').next())
        .map(str::trim)
        .collect();
    for wanted in ["cargo run --release", "cargo test"] {
        assert!(
            commands.contains(&wanted),
            "README.md no longer shows the set-up command `{wanted}` on a line of its own"
        );
    }
    // `cargo test` and `cargo run` at the root cover every crate only while
    // the workspace's default members include them all.
    let manifest: toml::Table = std::fs::read_to_string(root().join("Cargo.toml"))?.parse()?;
    let workspace = manifest
        .get("workspace")
        .and_then(|w| w.as_table())
        .ok_or("Cargo.toml has no [workspace]")?;
    let list = |key: &str| -> Vec<String> {
        workspace
            .get(key)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let default_members = list("default-members");
    let covers = |dir: &str| {
        default_members.iter().any(|m| {
            m == dir
                || m.strip_suffix("/*")
                    .is_some_and(|parent| Path::new(dir).parent() == Some(Path::new(parent)))
        })
    };
    assert!(
        covers("."),
        "the root package is not a default member: `cargo run` would not find cjm"
    );
    for entry in std::fs::read_dir(root().join("crates"))? {
        let entry = entry?;
        if entry.path().join("Cargo.toml").exists() {
            let dir = format!("crates/{}", entry.file_name().to_string_lossy());
            assert!(
                covers(&dir),
                "{dir} is not a default member: `cargo test` would skip it"
            );
        }
    }
    Ok(())
}

/// The commands `cjm ARGS --help` lists, without `help`.
fn subcommands(args: &[&str]) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let output = common::cjm_command(&root())?
        .args(args)
        .arg("--help")
        .output()?;
    assert!(
        output.status.success(),
        "cjm {} --help failed",
        args.join(" ")
    );
    let help = String::from_utf8(output.stdout)?;
    let mut commands = Vec::new();
    let mut inside = false;
    for line in help.lines() {
        if line.trim_end() == "Commands:" {
            inside = true;
        } else if inside && line.trim().is_empty() {
            break;
        } else if inside
            && let Some(name) = line.split_whitespace().next()
            && name != "help"
        {
            commands.push(name.to_owned());
        }
    }
    Ok(commands)
}

/// Every command named in the first column of the table in `heading`'s
/// section: the words after `cjm` up to the first argument (`FILE`, `--x`).
fn commands_in_table(text: &str, heading: &str) -> BTreeSet<Vec<String>> {
    let mut named = BTreeSet::new();
    for line in section(text, heading) {
        let Some(first) = line
            .trim()
            .strip_prefix('|')
            .and_then(|l| l.split('|').next())
        else {
            continue;
        };
        for span in code_spans(first).0 {
            let mut words = span.split_whitespace();
            if words.next() != Some("cjm") {
                continue;
            }
            let path: Vec<String> = words
                .take_while(|w| {
                    w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !w.starts_with('-')
                })
                .map(str::to_owned)
                .collect();
            named.insert(path);
        }
    }
    named
}

#[test]
fn the_command_tables_name_every_command_and_only_real_ones() -> TestResult {
    // Every command and the commands under it, as `cjm --help` lists them.
    let mut real: BTreeSet<Vec<String>> = BTreeSet::new();
    let top = subcommands(&[])?;
    assert!(
        top.len() >= 9,
        "cjm --help lists only {top:?}: is the help parsed right?"
    );
    for command in &top {
        real.insert(vec![command.clone()]);
        for sub in subcommands(&[command])? {
            real.insert(vec![command.clone(), sub]);
        }
    }
    let leaves: BTreeSet<&Vec<String>> = real
        .iter()
        .filter(|path| {
            !real
                .iter()
                .any(|other| other.len() > path.len() && other.starts_with(path))
        })
        .collect();
    let readme = std::fs::read_to_string(root().join("README.md"))?;
    let guide = std::fs::read_to_string(root().join("docs/guide.md"))?;
    for (page, text, heading) in [
        ("README.md", &readme, "## Commands"),
        ("docs/guide.md", &guide, "## Command line"),
    ] {
        let named = commands_in_table(text, heading);
        assert!(
            !named.is_empty(),
            "{page} has no command table under `{heading}`"
        );
        for path in &named {
            assert!(
                path.is_empty() || real.contains(path),
                "{page}'s command table names `cjm {}`, which `cjm --help` does not list",
                path.join(" ")
            );
        }
        for path in &leaves {
            assert!(
                named.contains(*path),
                "{page}'s command table (under `{heading}`) lacks `cjm {}`",
                path.join(" ")
            );
        }
    }
    Ok(())
}

#[test]
fn the_readme_lists_every_page_in_docs() -> TestResult {
    let readme = std::fs::read_to_string(root().join("README.md"))?;
    let link = Regex::new(r"\]\(docs/([^)#\s]+\.md)(?:#[^)]*)?\)")?;
    let listed: BTreeSet<String> = section(&readme, "## Documentation")
        .iter()
        .flat_map(|line| {
            link.captures_iter(line)
                .map(|c| c[1].to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let pages = doc_pages()?;
    let missing: Vec<_> = pages.difference(&listed).collect();
    let extra: Vec<_> = listed.difference(&pages).collect();
    assert!(
        missing.is_empty(),
        "README.md's `## Documentation` does not list docs/ pages {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "README.md's `## Documentation` lists pages that are not in docs/: {extra:?}"
    );
    Ok(())
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

#[test]
fn every_file_and_test_a_page_names_exists() -> TestResult {
    let file = Regex::new(r"^(?:src|crates|tests|benches|fuzz|docs|maps|\.ci)/[^\s*<>…]*$")?;
    let test = Regex::new(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+){4,}$")?;
    let mut functions = BTreeSet::new();
    let mut sources = Vec::new();
    for dir in ["src", "crates", "tests", "benches"] {
        rust_files(&root().join(dir), &mut sources)?;
    }
    let definition = Regex::new(r"\bfn\s+([a-z0-9_]+)")?;
    for source in sources {
        let text = std::fs::read_to_string(&source)?;
        functions.extend(definition.captures_iter(&text).map(|c| c[1].to_owned()));
    }
    let mut missing = Vec::new();
    let mut tests_named = 0;
    for (page, text) in pages()? {
        for (number, line) in prose(&text) {
            for span in code_spans(line).0 {
                if file.is_match(span) {
                    if !root().join(span).exists() {
                        missing.push(format!(
                            "{page}:{number}: names `{span}`, which does not exist"
                        ));
                    }
                } else if test.is_match(span) {
                    tests_named += 1;
                    if !functions.contains(span) {
                        missing.push(format!(
                            "{page}:{number}: names the test `{span}`, which no source defines"
                        ));
                    }
                }
            }
        }
    }
    assert!(
        tests_named > 10,
        "only {tests_named} tests named: is the pattern broken?"
    );
    assert!(
        missing.is_empty(),
        "pages name what is not there:\n{}",
        missing.join("\n")
    );
    Ok(())
}
