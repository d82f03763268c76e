//! A repository of journeys: the maps in a folder, the repository's
//! optional `cjm.toml`, and the personas and departments its maps share.
//!
//! `cjm.toml` sits at the repository's root (it is looked for from a map's
//! folder upwards, up to the folder that holds `.git`, or the filesystem
//! root) and names the files of shared personas, relative to itself:
//!
//! ```toml
//! personas = ["personas.toml"]
//! departments = ["departments.toml"]
//! ```
//!
//! A shared file holds `[[personas]]` tables written as in a map. A map uses
//! a shared persona by listing it in `shared_personas`, by id
//! (`"pe-hannah"`, looked up in the files `cjm.toml` names) or by file and id
//! (`"../personas.toml#pe-hannah"`, relative to the map, no `cjm.toml`
//! needed); its touchpoints may then name the persona as if the map defined
//! it. [`Repository::findings`] reports a use of a persona that is not
//! shared, and a persona of the map that has a shared persona's id but
//! other content.
//!
//! Departments are shared the same way: files of `[[departments]]` named by
//! `departments` in `cjm.toml`, and `shared_departments` in a map
//! (`"dp-logistics"` or `"../departments.toml#dp-logistics"`); the map's
//! team, owners and blueprint actions then name them by id (see
//! [`departments`]).

mod departments;
mod shared;

pub use departments::{SharedDepartment, load_departments};

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use shared::Shared;

use crate::check::{Code, Finding};
use crate::format::{self, Diagnostic, LoadError, LoadErrorKind};
use crate::model::{FieldValue, Fields, Id, Map, Persona, Section};

use crate::t;

/// The name of the repository's settings file.
pub const CONFIG_FILE: &str = "cjm.toml";

/// Folders a walk never enters besides hidden ones: build output.
const SKIPPED_FOLDERS: [&str; 2] = ["target", "node_modules"];

/// The map files under `dir`: every `.toml` file, sorted by path, except
/// `cjm.toml`, the files in `skip` (shared persona files), hidden files and
/// folders and build folders (`target`, `node_modules`). Stops after
/// looking at `max_entries` entries, when given; the flag says whether it did.
pub fn maps_in(dir: &Path, skip: &[PathBuf], max_entries: Option<usize>) -> (Vec<PathBuf>, bool) {
    let skip: Vec<PathBuf> = skip.iter().filter_map(|p| p.canonicalize().ok()).collect();
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() == 0
                || !(name.starts_with('.')
                    || (e.file_type().is_dir() && SKIPPED_FOLDERS.contains(&name.as_ref())))
        });
    let mut maps = Vec::new();
    for (seen, entry) in walk.filter_map(Result::ok).enumerate() {
        if max_entries.is_some_and(|max| seen >= max) {
            return (maps, true);
        }
        let path = entry.path();
        let is_map = entry.file_type().is_file()
            && path.extension().is_some_and(|e| e == "toml")
            && entry.file_name() != CONFIG_FILE
            && !path.canonicalize().is_ok_and(|p| skip.contains(&p));
        if is_map {
            maps.push(path.to_owned());
        }
    }
    (maps, false)
}

/// What `cjm.toml` says.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Files of shared `[[personas]]`, relative to `cjm.toml`.
    #[serde(default)]
    pub personas: Vec<PathBuf>,
    /// Files of shared `[[departments]]`, relative to `cjm.toml`.
    #[serde(default)]
    pub departments: Vec<PathBuf>,
}

/// A persona shared by the repository's maps, with the file it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedPersona {
    pub persona: Persona,
    pub file: PathBuf,
}

impl Shared for SharedPersona {
    type Item = Persona;

    const ENTRIES: &'static str = "shared_personas";
    const SECTION: Section = Section::Personas;
    const UNKNOWN: Code = Code::UnknownSharedPersona;
    const DIFFERS: Code = Code::SharedPersonaDiffers;

    fn new(persona: Persona, file: PathBuf) -> Self {
        SharedPersona { persona, file }
    }
    fn item(&self) -> &Persona {
        &self.persona
    }
    fn into_item(self) -> Persona {
        self.persona
    }
    fn file(&self) -> &Path {
        &self.file
    }
    fn id(persona: &Persona) -> &Id {
        &persona.id
    }
    fn load(path: &Path) -> Result<Vec<Persona>, LoadError> {
        load_personas(path)
    }
    fn of(repo: &Repository) -> &[Self] {
        &repo.personas
    }
    fn entries(map: &Map) -> &[String] {
        &map.shared_personas
    }
    fn items(map: &Map) -> &[Persona] {
        &map.personas
    }
    fn items_mut(map: &mut Map) -> &mut Vec<Persona> {
        &mut map.personas
    }

    fn unreadable(id: &str, error: &str) -> String {
        t!("portfolio-file-unreadable", id = id, error = error)
    }
    fn not_in_file(file: &str, id: &str) -> (String, String) {
        (
            t!("portfolio-file-no-persona", file = file, id = id),
            t!("portfolio-file-no-persona-hint"),
        )
    }
    fn not_shared(id: &str) -> String {
        t!("portfolio-not-shared", id = id)
    }
    fn no_config_hint(id: &str) -> String {
        t!("portfolio-no-config-hint", config = CONFIG_FILE, id = id)
    }
    fn config_empty_hint() -> String {
        t!("portfolio-config-empty-hint", config = CONFIG_FILE)
    }
    fn shared_list(ids: &str) -> String {
        t!("portfolio-shared-list", ids = ids)
    }
    fn differs(file: &str) -> String {
        t!("portfolio-differs", file = file)
    }
    fn differs_hint(differences: &str, id: &str, file: &str) -> String {
        t!(
            "portfolio-differs-hint",
            differences = differences,
            id = id,
            file = file
        )
    }
}

/// The repository a map belongs to: its `cjm.toml` and shared personas.
#[derive(Debug, Default)]
pub struct Repository {
    /// The `cjm.toml` found, when there is one.
    pub config_path: Option<PathBuf>,
    pub config: Config,
    /// The shared personas of the files `cjm.toml` names, in their order.
    pub personas: Vec<SharedPersona>,
    /// The shared departments of the files `cjm.toml` names, in their order.
    pub departments: Vec<SharedDepartment>,
}

/// The `cjm.toml` that applies to a map in `folder`: in it or a folder
/// above, up to the one that holds `.git` (the repository's root).
pub fn find_config(folder: &Path) -> Option<PathBuf> {
    let start = folder.canonicalize().unwrap_or_else(|_| folder.to_owned());
    for dir in start.ancestors() {
        let candidate = dir.join(CONFIG_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// The folder a map is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

impl Repository {
    /// The repository of maps in `folder`: reads its `cjm.toml` and the
    /// shared persona files it names. A repository without `cjm.toml` is
    /// empty; a `cjm.toml` or shared file that cannot be read is an error.
    pub fn find(folder: &Path) -> Result<Repository, LoadError> {
        let Some(config_path) = find_config(folder) else {
            return Ok(Repository::default());
        };
        let config = read_config(&config_path)?;
        let base = folder_of(&config_path).to_owned();
        let personas = shared::load_all(&base, &config.personas)?;
        let departments = shared::load_all(&base, &config.departments)?;
        Ok(Repository {
            config_path: Some(config_path),
            config,
            personas,
            departments,
        })
    }

    /// The shared persona and department files, as paths from the current
    /// folder: they are not maps.
    pub fn shared_files(&self) -> Vec<PathBuf> {
        let Some(config) = &self.config_path else {
            return Vec::new();
        };
        let base = folder_of(config);
        (self.config.personas.iter())
            .chain(&self.config.departments)
            .map(|f| base.join(f))
            .collect()
    }

    /// The shared persona `entry` of the map at `map_path` names (`id` or
    /// `file#id`), or why it cannot be found.
    pub fn resolve(&self, map_path: &Path, entry: &str) -> Result<SharedPersona, (String, String)> {
        shared::resolve(self, map_path, entry)
    }

    /// The map with the shared personas and departments it uses added to
    /// its own (those it does not define itself), for the checks and for display. The map
    /// itself when it uses none it lacks: a large map is not copied for nothing.
    pub fn with_shared<'m>(&self, map: &'m Map, map_path: &Path) -> Cow<'m, Map> {
        let mut resolved = Cow::Borrowed(map);
        shared::add_used::<SharedPersona>(self, &mut resolved, map_path);
        shared::add_used::<SharedDepartment>(self, &mut resolved, map_path);
        resolved
    }

    /// What is wrong with the map's use of shared personas: an entry of
    /// `shared_personas` that names no shared persona, and a persona of the
    /// map with a shared persona's id and other content.
    pub fn findings(&self, map: &Map, map_path: &Path) -> Vec<Finding> {
        let mut findings = shared::findings::<SharedPersona>(self, map, map_path);
        findings.extend(self.department_findings(map, map_path));
        findings
    }
}

/// The fields in which `here` differs from `shared`, in words: `name: "Hanna" here, "Hannah" shared`.
pub fn differences<T: Fields>(here: &T, shared: &T) -> Vec<String> {
    let show = |v: Option<FieldValue>| match v {
        None => t!("portfolio-not-set"),
        Some(FieldValue::Text(t)) => format!("\"{}\"", crate::text::clean_head(&t, 40)),
        Some(other) => crate::text::clean_head(&crate::model::escape(&format!("{other:?}")), 40),
    };
    T::names()
        .iter()
        .filter(|field| here.get(field) != shared.get(field))
        .map(|field| {
            t!(
                "portfolio-difference",
                field = *field,
                here = show(here.get(field)),
                shared = show(shared.get(field))
            )
        })
        .collect()
}

/// Reads `cjm.toml`.
pub fn read_config(path: &Path) -> Result<Config, LoadError> {
    let source = read_text(path)?;
    toml::from_str::<Config>(&source).map_err(|err| LoadError {
        path: path.to_owned(),
        kind: LoadErrorKind::Invalid {
            diagnostics: vec![
                Diagnostic::new(err.span(), err.message().trim().to_owned())
                    .with_hint(t!("portfolio-config-hint")),
            ],
            source,
        },
    })
}

fn read_text(path: &Path) -> Result<String, LoadError> {
    let error = |kind| LoadError {
        path: path.to_owned(),
        kind,
    };
    let bytes = format::read_file(path, format::max_file_bytes()).map_err(|e| error(e.into()))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let pos = format::Position::of(valid, valid.len());
        error(LoadErrorKind::NotUtf8 {
            line: pos.line,
            column: pos.column,
        })
    })
}

/// The head a shared persona file is read with: the file itself holds only
/// `[[personas]]`, and is read by the map reader as the rest of a map, so
/// its personas are checked exactly as a map's are.
const HEAD: &str = concat!(
    "schema = 1\n",
    "title = \"-\"\n",
    "kind = \"current-state\"\n"
);

/// The personas of a shared persona file, or every error in it (at its own lines).
pub fn load_personas(path: &Path) -> Result<Vec<Persona>, LoadError> {
    let map = load_shared_file(path, HEAD, |map| {
        let others = !map.stages.is_empty()
            || !map.touchpoints.is_empty()
            || !map.team.is_empty()
            || !map.departments.is_empty()
            || !map.opportunities.is_empty()
            || !map.metrics.is_empty();
        others.then(|| {
            Diagnostic::new(None, t!("portfolio-only-personas"))
                .with_hint(t!("portfolio-only-personas-hint"))
        })
    })?;
    Ok(map.personas)
}

/// A shared file read as the rest of a map after `head`: the map, or every
/// error in it at the file's own lines; `other` says what the file must not
/// hold.
fn load_shared_file(
    path: &Path,
    head: &str,
    other: impl Fn(&Map) -> Option<Diagnostic>,
) -> Result<Map, LoadError> {
    let source = read_text(path)?;
    let invalid = |source: String, diagnostics| LoadError {
        path: path.to_owned(),
        kind: LoadErrorKind::Invalid {
            source,
            diagnostics,
        },
    };
    match format::parse(&format!("{head}{source}")) {
        Ok(map) => match other(&map) {
            Some(diagnostic) => Err(invalid(source, vec![diagnostic])),
            None => Ok(map),
        },
        Err(diagnostics) => {
            let diagnostics = diagnostics
                .into_iter()
                .map(|mut d| {
                    d.span = d
                        .span
                        .filter(|s| s.start >= head.len())
                        .map(|s| s.start - head.len()..s.end - head.len());
                    d
                })
                .collect();
            Err(invalid(source, diagnostics))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, text).unwrap();
        path
    }

    const PERSONAS: &str =
        "[[personas]]\nid = \"pe-hannah\"\nname = \"Hannah\"\nsegment = \"first-time buyers\"\n";

    #[test]
    fn walks_maps_and_skips_what_is_not_one() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "cjm.toml", "personas = [\"personas.toml\"]\n");
        write(d, "personas.toml", PERSONAS);
        write(d, "b.toml", "");
        write(d, "sub/a.toml", "");
        write(d, "sub/notes.md", "");
        write(d, ".hidden/c.toml", "");
        write(d, "target/d.toml", "");
        let repo = Repository::find(d).unwrap();
        let (maps, cut) = maps_in(d, &repo.shared_files(), None);
        let names: Vec<String> = maps
            .iter()
            .map(|p| p.strip_prefix(d).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["b.toml", "sub/a.toml"]);
        assert!(!cut);
        let (few, cut) = maps_in(d, &[], Some(2));
        assert!(cut);
        assert!(few.len() < 3);
    }

    #[test]
    fn resolves_shared_personas_and_finds_drift() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join(".git")).unwrap();
        write(d, "cjm.toml", "personas = [\"people/personas.toml\"]\n");
        write(d, "people/personas.toml", PERSONAS);
        let map_path = write(d, "maps/shop.toml", "");
        let repo = Repository::find(&d.join("maps")).unwrap();
        assert_eq!(repo.personas.len(), 1);
        let mut map = Map::new("Shop", crate::model::MapKind::CurrentState);
        map.shared_personas = vec![
            "pe-hannah".into(),
            "pe-hanah".into(),
            "../people/personas.toml#pe-hannah".into(),
        ];
        let mut local = repo.personas[0].persona.clone();
        map.personas.push(local.clone());
        let findings = repo.findings(&map, &map_path);
        assert_eq!(findings.len(), 1, "{findings:?}");
        local.segment = "regulars".into();
        map.personas[0] = local;
        let findings = repo.findings(&map, &map_path);
        let codes: Vec<Code> = findings.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [Code::UnknownSharedPersona, Code::SharedPersonaDiffers]
        );
        assert_eq!(&*findings[0].hint, "did you mean `pe-hannah`?");
        assert!(
            findings[1]
                .hint
                .starts_with("segment: \"regulars\" here, \"first-time buyers\" shared"),
            "{}",
            findings[1].hint
        );
        map.personas.clear();
        assert_eq!(repo.with_shared(&map, &map_path).personas.len(), 1);
    }

    #[test]
    fn errors_in_shared_files_name_their_own_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "personas.toml",
            "[[personas]]\nid = \"pe-x\"\nnmae = \"X\"\n",
        );
        let err = load_personas(&path).unwrap_err().to_string();
        assert!(err.contains("personas.toml:3:1"), "{err}");
        let config = write(dir.path(), "cjm.toml", "persons = []\n");
        let err = read_config(&config).unwrap_err().to_string();
        assert!(err.contains("cjm.toml:1:1"), "{err}");
    }
}
