//! Departments shared by a repository's maps: the files of
//! `[[departments]]` that `cjm.toml` names (`departments = [...]`), a
//! map's `shared_departments` entries resolved against them, and what
//! `cjm check` says about a map that names a department the repository does
//! not share or redefines a shared one differently. Mirrors the shared
//! personas of [`super`], through [`Shared`].

use std::path::{Path, PathBuf};

use super::shared::{self, Shared};
use super::{CONFIG_FILE, Repository, load_shared_file};
use crate::check::{Code, Finding};
use crate::format::{Diagnostic, LoadError};
use crate::model::{Department, Id, Map, Section};
use crate::t;

/// A department shared by the repository's maps, with the file it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedDepartment {
    pub department: Department,
    pub file: PathBuf,
}

/// The head a shared department file is read with (schema 2, where
/// departments are a list): the file itself holds only `[[departments]]`.
const HEAD: &str = concat!(
    "schema = 2\n",
    "title = \"-\"\n",
    "kind = \"current-state\"\n"
);

/// The departments of a shared department file, or every error in it (at its own lines).
pub fn load_departments(path: &Path) -> Result<Vec<Department>, LoadError> {
    let map = load_shared_file(path, HEAD, |map| {
        let others = !map.personas.is_empty()
            || !map.stages.is_empty()
            || !map.touchpoints.is_empty()
            || !map.team.is_empty()
            || !map.opportunities.is_empty()
            || !map.metrics.is_empty();
        others.then(|| {
            Diagnostic::new(None, t!("portfolio-only-departments"))
                .with_hint(t!("portfolio-only-personas-hint"))
        })
    })?;
    Ok(map.departments)
}

impl Shared for SharedDepartment {
    type Item = Department;

    const ENTRIES: &'static str = "shared_departments";
    const SECTION: Section = Section::Departments;
    const UNKNOWN: Code = Code::UnknownSharedDepartment;
    const DIFFERS: Code = Code::SharedDepartmentDiffers;

    fn new(department: Department, file: PathBuf) -> Self {
        SharedDepartment { department, file }
    }
    fn item(&self) -> &Department {
        &self.department
    }
    fn into_item(self) -> Department {
        self.department
    }
    fn file(&self) -> &Path {
        &self.file
    }
    fn id(department: &Department) -> &Id {
        &department.id
    }
    fn load(path: &Path) -> Result<Vec<Department>, LoadError> {
        load_departments(path)
    }
    fn of(repo: &Repository) -> &[Self] {
        &repo.departments
    }
    fn entries(map: &Map) -> &[String] {
        &map.shared_departments
    }
    fn items(map: &Map) -> &[Department] {
        &map.departments
    }
    fn items_mut(map: &mut Map) -> &mut Vec<Department> {
        &mut map.departments
    }

    fn unreadable(id: &str, error: &str) -> String {
        t!("portfolio-department-unreadable", id = id, error = error)
    }
    fn not_in_file(file: &str, id: &str) -> (String, String) {
        (
            t!("portfolio-file-no-department", file = file, id = id),
            t!("portfolio-file-no-department-hint"),
        )
    }
    fn not_shared(id: &str) -> String {
        t!("portfolio-department-not-shared", id = id)
    }
    fn no_config_hint(id: &str) -> String {
        t!(
            "portfolio-department-no-config-hint",
            config = CONFIG_FILE,
            id = id
        )
    }
    fn config_empty_hint() -> String {
        t!(
            "portfolio-department-config-empty-hint",
            config = CONFIG_FILE
        )
    }
    fn shared_list(ids: &str) -> String {
        t!("portfolio-department-shared-list", ids = ids)
    }
    fn differs(file: &str) -> String {
        t!("portfolio-department-differs", file = file)
    }
    fn differs_hint(differences: &str, id: &str, file: &str) -> String {
        t!(
            "portfolio-department-differs-hint",
            differences = differences,
            id = id,
            file = file
        )
    }
}

impl Repository {
    /// The shared department `entry` of the map at `map_path` names (`id`
    /// or `file#id`), or why it cannot be found (message and hint).
    pub fn resolve_department(
        &self,
        map_path: &Path,
        entry: &str,
    ) -> Result<SharedDepartment, (String, String)> {
        shared::resolve(self, map_path, entry)
    }

    /// What is wrong with the map's use of shared departments: an entry of
    /// `shared_departments` that names no shared department, and a
    /// department of the map with a shared department's id and another
    /// name, short name or aliases.
    pub fn department_findings(&self, map: &Map, map_path: &Path) -> Vec<Finding> {
        shared::findings::<SharedDepartment>(self, map, map_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MapKind;

    const DEPARTMENTS: &str = "[[departments]]\nid = \"dp-logistics\"\nname = \"Logistics\"\n\n\
         [[departments]]\nid = \"dp-support\"\nname = \"Customer service\"\nshort_name = \"CS\"\n";

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn resolves_shared_departments_and_finds_drift() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join(".git")).unwrap();
        write(
            d,
            "cjm.toml",
            "personas = []\ndepartments = [\"org/departments.toml\"]\n",
        );
        let file = write(d, "org/departments.toml", DEPARTMENTS);
        let map_path = write(d, "maps/shop.toml", "");
        let repo = Repository::find(&d.join("maps")).unwrap();
        assert_eq!(repo.departments.len(), 2);
        assert!(
            repo.shared_files()
                .iter()
                .any(|f| f.ends_with("departments.toml"))
        );
        let mut map = Map::new("Shop", MapKind::CurrentState);
        map.shared_departments = vec![
            "dp-logistics".into(),
            "dp-logistic".into(),
            "../org/departments.toml#dp-support".into(),
        ];
        let mut local = repo.departments[0].department.clone();
        map.departments.push(local.clone());
        let findings = repo.department_findings(&map, &map_path);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].code, Code::UnknownSharedDepartment);
        assert_eq!(&*findings[0].hint, "did you mean `dp-logistics`?");
        local.name = "Logistics & returns".into();
        map.departments[0] = local;
        let findings = repo.department_findings(&map, &map_path);
        assert_eq!(findings[1].code, Code::SharedDepartmentDiffers);
        assert!(
            findings[1]
                .hint
                .starts_with("name: \"Logistics & returns\" here, \"Logistics\" shared"),
            "{}",
            findings[1].hint
        );
        // The checks and the report see the shared departments by name.
        map.departments.clear();
        let resolved = repo.with_shared(&map, &map_path);
        let names: Vec<&str> = resolved
            .departments
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(names, ["Logistics", "Customer service"]);
        assert_eq!(load_departments(&file).unwrap().len(), 2);
    }

    #[test]
    fn a_shared_department_file_holds_only_departments_and_names_its_lines() {
        let dir = tempfile::tempdir().unwrap();
        let typo = write(
            dir.path(),
            "departments.toml",
            "[[departments]]\nid = \"dp-x\"\nnmae = \"X\"\n",
        );
        let err = load_departments(&typo).unwrap_err().to_string();
        assert!(err.contains("departments.toml:3:1"), "{err}");
        let mixed = write(
            dir.path(),
            "mixed.toml",
            &format!("{DEPARTMENTS}\n[[stages]]\nid = \"st-a\"\nname = \"A\"\n"),
        );
        let err = load_departments(&mixed).unwrap_err().to_string();
        assert!(err.contains("holds only [[departments]] tables"), "{err}");
    }
}
