//! No sentence a person reads is written in the code: every one lives in
//! the localisation files (`crates/cjm-core/locales/`). This lint reads every
//! Rust file of `src/` and `crates/*/src/` and fails on a string literal that
//! looks like prose – two or more words of letters – outside tests, doc
//! comments and the allowlist below. It also checks each `t!` and `t_in!`:
//! its id must be an English message, and it must pass every variable the
//! message uses.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

use common::{TestResult, ftl};

/// Literals that look like prose but are not text for people, with why.
/// Each entry: the file, and a piece of the literal.
const NOT_PROSE: &[(&str, &str, &str)] = &[
    (
        "crates/cjm-core/src/export/html.rs",
        ":root {",
        "the report's style sheet (CSS)",
    ),
    (
        "crates/cjm-core/src/export/html.rs",
        ".board tr.bp-line td {",
        "the style sheet (CSS) of the blueprint lanes",
    ),
    (
        "crates/cjm-core/src/export/html.rs",
        "width: calc(",
        "a CSS width of the board",
    ),
    (
        "src/cli/diff.rs",
        "cjm diff",
        "the command's name, what a message is about",
    ),
    (
        "src/cli/fmt.rs",
        "cjm fmt: ",
        "the command's name, what a message is about",
    ),
    (
        "src/cli/error.rs",
        "cjm merge: ",
        "the command's name, what a message is about",
    ),
    (
        "src/cli/merge.rs",
        "cjm merge: ",
        "the command's name, what a message is about",
    ),
    (
        "src/cli/git.rs",
        "cjm: merge journey maps item by item",
        "merge.cjm.name, a value stored in the shared git config, not a message of cjm",
    ),
    (
        "src/cli/git.rs",
        "sh -c '",
        "the drivers' shell scripts stored in git's config: they speak when cjm cannot run, so cannot use its messages",
    ),
    (
        "src/cli/git.rs",
        "cjm git",
        "the command's name, what a message is about, and the command that fixes a finding",
    ),
    (
        "src/cli/git.rs",
        "not a git repository",
        "git's own words, matched in its output",
    ),
    (
        "src/cli/git.rs",
        "work tree",
        "git's own words, matched in its output",
    ),
    (
        "src/cli/mod.rs",
        "cjm [OPTIONS] [FILE]",
        "clap's usage line: the command's syntax (src/cli/help.rs puts the word before it in each language)",
    ),
    (
        "src/tui/config.rs",
        "# language = ",
        "TOML of the default config file: a commented-out setting and a table header",
    ),
    (
        "src/cli/mod.rs",
        "Customer journey mapping workshops in the terminal",
        "clap's English about (src/cli/help.rs puts help-cjm in other languages)",
    ),
    (
        "crates/cjm-core/src/export/portfolio.rs",
        "<",
        "HTML markup of the portfolio page: tags and attributes, its words come from the .ftl files",
    ),
    (
        "crates/cjm-core/src/export/portfolio.rs",
        "list compact",
        "CSS class names of the portfolio page's tables",
    ),
    (
        "crates/cjm-core/src/model/id.rs",
        "team member",
        "a kind's English noun: the key the app looks up its words by (item-kind)",
    ),
    (
        "crates/cjm-core/src/session/edit.rs",
        "team member",
        "a kind's English noun: the key the app looks up its words by (item-kind)",
    ),
    (
        "crates/cjm-core/src/recovery.rs",
        "pid = ",
        "the lock file's TOML (`pid = …`, `since = …`), read back by cjm, never shown",
    ),
    (
        "crates/cjm-core/src/export/tracker.rs",
        "Issue Type",
        "a column of Jira's CSV import, named as Jira names it in every language",
    ),
    (
        "crates/cjm-core/src/export/tracker.rs",
        "External ID",
        "a column of Jira's CSV import, named as Jira names it in every language",
    ),
];

/// Whole files that are not user-facing text, with why.
const NOT_USER_TEXT: &[(&str, &str)] = &[
    (
        "crates/cjm-testdata/",
        "generated example maps for tests and benchmarks: map content, never part of the binary",
    ),
    (
        "src/tui/keymap/docs.rs",
        "writes docs/keys.md, the project's English reference page; the app's own help is localised",
    ),
    (
        "crates/cjm-core/src/format/toml_words.rs",
        "the TOML parser's own English phrases, matched to find their messages' ids, never shown",
    ),
    (
        "crates/cjm-core/src/model/schema/docs.rs",
        "writes the field tables of docs/format.md, English documentation by design (docs/languages.md); the app's labels and help are localised",
    ),
];

/// Files whose rows carry English documentation text beside their code, with
/// why. A literal there passes only when it is a field's `label` or `help`
/// in [`cjm::model::schema::tables`]: anything else is checked as usual.
const DOCS: &[(&str, &str)] = &[(
    "crates/cjm-core/src/model/schema.rs",
    "each field's English label and help are the source of the field tables of docs/format.md \
     (English by design, docs/languages.md; tests/docs_format.rs keeps them equal); the app \
     shows the `field-<label_id>` and `field-<label_id>-help` messages instead",
)];

/// The fields' English labels and help (see [`DOCS`]).
fn documentation_text() -> BTreeSet<&'static str> {
    cjm::model::schema::tables()
        .into_iter()
        .flat_map(|(_, _, rows)| rows)
        .flat_map(|row| [row.label, row.help])
        .collect()
}

/// Macros whose messages are for developers (a broken invariant), not users.
const DEVELOPER_MACROS: &[&str] = &[
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
];

/// Whether a literal reads as prose: two or more words of letters, once
/// placeholders (`{name}`), markup (`<td class="x">`) and punctuation are
/// left out.
fn is_prose(text: &str) -> bool {
    let mut plain = String::new();
    let (mut depth, mut in_tag) = (0usize, false);
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if depth == 0 && !in_tag => plain.push(c),
            _ => {}
        }
    }
    plain
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
        .count()
        >= 2
}

struct Finding {
    line: usize,
    text: String,
}

struct Call {
    line: usize,
    id: String,
    args: BTreeSet<String>,
}

#[derive(Default)]
struct Lint {
    prose: Vec<Finding>,
    calls: Vec<Call>,
}

impl Lint {
    fn literal(&mut self, line: usize, text: String) {
        if is_prose(&text) {
            self.prose.push(Finding { line, text });
        }
    }

    fn tokens(&mut self, tokens: TokenStream) {
        let mut tokens = tokens.into_iter().peekable();
        while let Some(token) = tokens.next() {
            // A doc comment inside a macro (`#[doc = "…"]`) is for developers.
            if matches!(&token, TokenTree::Punct(p) if p.as_char() == '#')
                && tokens.next_if(is_doc_attribute).is_some()
            {
                continue;
            }
            match token {
                TokenTree::Literal(literal) => {
                    let line = literal.span().start().line;
                    if let Ok(text) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                        self.literal(line, text.value());
                    }
                }
                TokenTree::Group(group) => self.tokens(group.stream()),
                _ => {}
            }
        }
    }

    /// A `t!` or `t_in!` call: its id (the first string at the top level) and
    /// the names given values (`name = value` at the top level).
    fn call(&mut self, line: usize, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let id = tokens.iter().find_map(|t| match t {
            TokenTree::Literal(l) => syn::parse_str::<syn::LitStr>(&l.to_string())
                .ok()
                .map(|s| s.value()),
            _ => None,
        });
        let mut args = BTreeSet::new();
        for pair in tokens.windows(3) {
            if let [TokenTree::Ident(name), TokenTree::Punct(eq), next] = pair
                && eq.as_char() == '='
                && eq.spacing() == proc_macro2::Spacing::Alone
                && !matches!(next, TokenTree::Punct(p) if p.as_char() == '=' || p.as_char() == '>')
            {
                args.insert(name.to_string());
            }
        }
        self.calls.push(Call {
            line,
            id: id.unwrap_or_default(),
            args,
        });
    }
}

fn is_doc_attribute(token: &TokenTree) -> bool {
    matches!(token, TokenTree::Group(g)
        if g.delimiter() == proc_macro2::Delimiter::Bracket
            && matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "doc"))
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("test")
            || (a.path().is_ident("cfg")
                && a.meta.require_list().is_ok_and(|l| {
                    let text = l.tokens.to_string();
                    text == "test"
                        || text.starts_with("all (test")
                        || text.contains("debug_assertions")
                }))
    })
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        _ => &[],
    }
}

impl<'ast> Visit<'ast> for Lint {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !is_test_only(item_attrs(item)) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        if !is_test_only(&item.attrs) {
            syn::visit::visit_impl_item_fn(self, item);
        }
    }

    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        // Doc comments are for developers; clap's help comes from the
        // localisation files at run time. Other attributes (`#[error("…")]`,
        // `#[arg(help = "…")]`) are read.
        if attr.path().is_ident("doc") {
            return;
        }
        if let syn::Meta::List(list) = &attr.meta {
            self.tokens(list.tokens.clone());
        }
    }

    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        self.literal(lit.span().start().line, lit.value());
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        if name == "t" || name == "t_in" {
            self.call(
                mac.path.segments[0].ident.span().start().line,
                mac.tokens.clone(),
            );
        } else if !DEVELOPER_MACROS.contains(&name.as_str()) {
            self.tokens(mac.tokens.clone());
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        // `expect("…")` states an invariant for developers.
        if call.method == "expect" {
            self.visit_expr(&call.receiver);
            return;
        }
        syn::visit::visit_expr_method_call(self, call);
    }
}

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

/// Every source file of the program, by its path from the repository root.
fn sources() -> Result<BTreeMap<String, Lint>, common::Error> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files)?;
    for krate in std::fs::read_dir(root.join("crates"))? {
        let src = krate?.path().join("src");
        if src.is_dir() {
            rust_files(&src, &mut files)?;
        }
    }
    let mut all = BTreeMap::new();
    for path in files {
        let name = path
            .strip_prefix(root)?
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path)?;
        let file = syn::parse_file(&text).map_err(|e| format!("{name}: {e}"))?;
        let mut lint = Lint::default();
        lint.visit_file(&file);
        all.insert(name, lint);
    }
    Ok(all)
}

#[test]
fn no_sentence_for_people_is_written_in_the_code() -> TestResult {
    let mut problems = Vec::new();
    let documentation = documentation_text();
    for (file, lint) in sources()? {
        if NOT_USER_TEXT
            .iter()
            .any(|(prefix, _)| file.starts_with(prefix))
        {
            continue;
        }
        let prose: Vec<&Finding> = lint
            .prose
            .iter()
            .filter(|f| {
                let not_prose = NOT_PROSE
                    .iter()
                    .any(|(path, piece, _)| *path == file && f.text.contains(piece));
                let documentation_source = DOCS.iter().any(|(path, _)| *path == file)
                    && documentation.contains(f.text.as_str());
                !not_prose && !documentation_source
            })
            .collect();
        for finding in prose {
            problems.push(format!("{file}:{}: {:?}", finding.line, finding.text));
        }
    }
    assert!(
        problems.is_empty(),
        "text for people belongs in crates/cjm-core/locales/*/<area>.ftl (use t!(\"id\", name = value)); \
         if a literal is not text for people, add it to NOT_PROSE in tests/i18n_lint.rs with why:\n{}",
        problems.join("\n")
    );
    Ok(())
}

#[test]
fn every_message_the_code_asks_for_is_in_english_with_its_values() -> TestResult {
    let english = ftl::messages("en")?;
    let mut problems = Vec::new();
    let mut calls = 0;
    for (file, lint) in sources()? {
        for call in &lint.calls {
            calls += 1;
            match english.get(&call.id) {
                None => problems.push(format!(
                    "{file}:{}: `{}` is not a message of crates/cjm-core/locales/en/",
                    call.line, call.id
                )),
                Some(message) => {
                    let missing: Vec<&String> = message.variables.difference(&call.args).collect();
                    if !missing.is_empty() {
                        problems.push(format!(
                            "{file}:{}: `{}` ({}) needs {missing:?}, the call gives {:?}",
                            call.line, call.id, message.file, call.args
                        ));
                    }
                }
            }
        }
    }
    assert!(calls > 0, "no t! or t_in! call was found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    Ok(())
}

#[test]
fn the_prose_test_tells_words_from_keys() {
    assert!(is_prose("the file already exists"));
    assert!(is_prose("Created {}: {} map"));
    assert!(is_prose("Zapisano mapę"));
    assert!(!is_prose("check-unknown-stage"));
    assert!(!is_prose("{name}{at}: {}"));
    assert!(!is_prose("st-awareness"));
    assert!(!is_prose("Stages"));
    assert!(!is_prose("<td class=\"emotion {}\">{} {number}{}</td>"));
    assert!(is_prose("<p>No touchpoints yet</p>"));
}
