//! What shared personas and shared departments have in common: loading the
//! shared files `cjm.toml` names, resolving a map's entry (`id` or
//! `file#id`), adding the shared items a map uses to it, and the findings of
//! `cjm check` about entries that name nothing and local items that differ
//! from a shared one. [`Shared`] says what differs between the two kinds:
//! the item's type and id, where in a map they live, the finding codes and
//! the messages.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::{Repository, differences, folder_of};
use crate::check::{Code, Finding};
use crate::format::LoadError;
use crate::model::{Fields, Id, Location, Map, Section};

/// A kind of item a repository shares among its maps (a persona, a
/// department), together with the file it comes from.
pub trait Shared: Clone + Sized {
    /// The item shared.
    type Item: Fields + Clone;

    /// The map's field that lists the shared items it uses (`shared_personas`).
    const ENTRIES: &'static str;
    /// The map's section of the items (for the location of a finding).
    const SECTION: Section;
    /// The finding of an entry that names no shared item.
    const UNKNOWN: Code;
    /// The finding of a map's item that differs from the shared one.
    const DIFFERS: Code;

    /// The shared item `item` from `file`.
    fn new(item: Self::Item, file: PathBuf) -> Self;
    /// The item shared.
    fn item(&self) -> &Self::Item;
    /// The item shared, taken out.
    fn into_item(self) -> Self::Item;
    /// The file the item comes from.
    fn file(&self) -> &Path;
    /// An item's id.
    fn id(item: &Self::Item) -> &Id;
    /// The items of a shared file, or every error in it.
    fn load(path: &Path) -> Result<Vec<Self::Item>, LoadError>;
    /// The items of this kind the repository shares.
    fn of(repo: &Repository) -> &[Self];
    /// The entries of the map naming the shared items it uses.
    fn entries(map: &Map) -> &[String];
    /// The map's own items of this kind.
    fn items(map: &Map) -> &[Self::Item];
    /// The map's own items of this kind, to add to.
    fn items_mut(map: &mut Map) -> &mut Vec<Self::Item>;

    /// An entry's file cannot be read (`error` is the first line of why).
    fn unreadable(id: &str, error: &str) -> String;
    /// An entry's file holds no item `id`, and its hint.
    fn not_in_file(file: &str, id: &str) -> (String, String);
    /// No item `id` is shared.
    fn not_shared(id: &str) -> String;
    /// The hint when the repository has no `cjm.toml`.
    fn no_config_hint(id: &str) -> String;
    /// The hint when `cjm.toml` shares no item of this kind.
    fn config_empty_hint() -> String;
    /// The hint listing the shared ids.
    fn shared_list(ids: &str) -> String;
    /// A map's item differs from the shared one in `file`.
    fn differs(file: &str) -> String;
    /// The hint of [`Shared::differs`]: how it differs.
    fn differs_hint(differences: &str, id: &str, file: &str) -> String;
}

/// The shared items of the files `files` (relative to `base`), in their
/// order; the first of two items with one id wins.
pub fn load_all<S: Shared>(base: &Path, files: &[PathBuf]) -> Result<Vec<S>, LoadError> {
    let mut shared: Vec<S> = Vec::new();
    for file in files {
        let file = base.join(file);
        for item in S::load(&file)? {
            if !shared.iter().any(|s| S::id(s.item()) == S::id(&item)) {
                shared.push(S::new(item, file.clone()));
            }
        }
    }
    Ok(shared)
}

/// The shared item `entry` of the map at `map_path` names (`id` or
/// `file#id`), or why it cannot be found (message and hint).
pub fn resolve<S: Shared>(
    repo: &Repository,
    map_path: &Path,
    entry: &str,
) -> Result<S, (String, String)> {
    if let Some((file, id)) = entry.rsplit_once('#') {
        let file = folder_of(map_path).join(file.trim());
        let id = id.trim();
        let items = S::load(&file).map_err(|err| {
            let err = err.to_string();
            let error = err.lines().next().unwrap_or_default();
            (
                S::unreadable(id, error),
                crate::t!("portfolio-file-unreadable-hint"),
            )
        })?;
        return match items.into_iter().find(|item| *S::id(item) == *id) {
            Some(item) => Ok(S::new(item, file)),
            None => Err(S::not_in_file(&crate::text::path(&file), id)),
        };
    }
    let id = entry.trim();
    let shared = S::of(repo);
    if let Some(found) = shared.iter().find(|s| *S::id(s.item()) == *id) {
        return Ok(found.clone());
    }
    let hint = match &repo.config_path {
        None => S::no_config_hint(id),
        Some(_) if shared.is_empty() => S::config_empty_hint(),
        Some(_) => {
            let ids = shared.iter().map(|s| S::id(s.item()).as_str());
            match crate::suggest::closest(id, ids.clone()) {
                Some(near) => crate::t!("did-you-mean", near = near),
                None => S::shared_list(&ids.collect::<Vec<_>>().join(", ")),
            }
        }
    };
    Err((S::not_shared(id), hint))
}

/// Adds to `resolved` the shared items its map uses and does not define
/// itself; copies the map only when there is one to add.
pub fn add_used<S: Shared>(repo: &Repository, resolved: &mut Cow<'_, Map>, map_path: &Path) {
    let entries = S::entries(resolved).to_vec();
    for entry in &entries {
        if let Ok(shared) = resolve::<S>(repo, map_path, entry)
            && !S::items(resolved)
                .iter()
                .any(|item| S::id(item) == S::id(shared.item()))
        {
            S::items_mut(resolved.to_mut()).push(shared.into_item());
        }
    }
}

/// What is wrong with the map's use of shared items of kind `S`: an entry
/// that names no shared item, and an item of the map with a shared item's
/// id and other content.
pub fn findings<S: Shared>(repo: &Repository, map: &Map, map_path: &Path) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut used: Vec<S> = Vec::new();
    for (e, entry) in S::entries(map).iter().enumerate() {
        match resolve::<S>(repo, map_path, entry) {
            Ok(shared) => used.push(shared),
            Err((message, hint)) => findings.push(Finding {
                code: S::UNKNOWN,
                location: Location {
                    element: Some(e),
                    ..Location::root(S::ENTRIES)
                },
                item: None,
                message,
                hint: hint.into(),
            }),
        }
    }
    for (i, item) in S::items(map).iter().enumerate() {
        let id = S::id(item);
        let shared = used
            .iter()
            .chain(S::of(repo))
            .find(|s| S::id(s.item()) == id);
        let Some(shared) = shared else { continue };
        let differences = differences(item, shared.item());
        if differences.is_empty() {
            continue;
        }
        let file = crate::text::path(shared.file());
        findings.push(Finding {
            code: S::DIFFERS,
            location: Location::item(S::SECTION, i),
            item: Some(id.clone()),
            message: S::differs(&file),
            hint: S::differs_hint(&differences.join("; "), id.as_str(), &file).into(),
        });
    }
    findings
}
