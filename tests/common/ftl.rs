//! The localisation files read as Fluent syntax: every message of every
//! locale with the variables it uses, for the completeness test
//! (`tests/i18n.rs`) and the lint that checks the ids the code asks for
//! (`tests/i18n_lint.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::Error;

/// The folder of the `.ftl` files, one subfolder per locale.
pub fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/cjm-core/locales")
}

/// The locales with a folder of files: `en`, `pl`, …
pub fn locales() -> Result<Vec<String>, Error> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(locales_dir())? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// One message (or one attribute, `id.attribute`) of a locale: the file it
/// is in and the variables it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub file: String,
    pub variables: BTreeSet<String>,
}

/// Every message of `locale`, by id; a file Fluent cannot parse, or an id
/// defined twice, is an error naming the file.
pub fn messages(locale: &str) -> Result<BTreeMap<String, Message>, Error> {
    let mut all = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(locales_dir().join(locale))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let file = format!(
            "{locale}/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let text = std::fs::read_to_string(&path)?;
        let resource = fluent_syntax::parser::parse(text.as_str())
            .map_err(|(_, errors)| format!("{file}: Fluent cannot parse it: {errors:?}"))?;
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                if let Entry::Junk { content } = entry {
                    return Err(format!("{file}: not Fluent: {content}").into());
                }
                continue;
            };
            let mut entries = Vec::new();
            if let Some(value) = &message.value {
                entries.push((message.id.name.to_owned(), value));
            }
            for attribute in &message.attributes {
                entries.push((
                    format!("{}.{}", message.id.name, attribute.id.name),
                    &attribute.value,
                ));
            }
            for (id, pattern) in entries {
                let mut variables = BTreeSet::new();
                pattern_variables(pattern, &mut variables);
                let found = Message {
                    file: file.clone(),
                    variables,
                };
                if let Some(before) = all.insert(id.clone(), found) {
                    return Err(format!("{file}: `{id}` is already in {}", before.file).into());
                }
            }
        }
    }
    Ok(all)
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}
