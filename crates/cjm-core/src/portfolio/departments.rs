//! Departments shared by a repository's maps: the files of
//! `[[departments]]` that `cjm.toml` names (`departments = [...]`), a
//! map's `shared_departments` entries resolved against them, and what
//! `cjm check` says about a map that names a department the repository does
//! not share or redefines a shared one differently. Mirrors the shared
//! personas of [`super`].

use std::path::{Path, PathBuf};

use super::{CONFIG_FILE, Repository, differences, folder_of, load_shared_file};
use crate::check::{Code, Finding};
use crate::format::{Diagnostic, LoadError};
use crate::model::{Department, Location, Map, Section};
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

impl Repository {
    /// The shared department `entry` of the map at `map_path` names (`id`
    /// or `file#id`), or why it cannot be found (message and hint).
    pub fn resolve_department(
        &self,
        map_path: &Path,
        entry: &str,
    ) -> Result<SharedDepartment, (String, String)> {
        if let Some((file, id)) = entry.rsplit_once('#') {
            let file = folder_of(map_path).join(file.trim());
            let id = id.trim();
            let departments = load_departments(&file).map_err(|err| {
                let err = err.to_string();
                let error = err.lines().next().unwrap_or_default();
                (
                    t!("portfolio-department-unreadable", id = id, error = error),
                    t!("portfolio-file-unreadable-hint"),
                )
            })?;
            return match departments.into_iter().find(|d| d.id == *id) {
                Some(department) => Ok(SharedDepartment { department, file }),
                None => Err((
                    t!(
                        "portfolio-file-no-department",
                        file = crate::text::path(&file),
                        id = id
                    ),
                    t!("portfolio-file-no-department-hint"),
                )),
            };
        }
        let id = entry.trim();
        if let Some(shared) = self.departments.iter().find(|d| d.department.id == *id) {
            return Ok(shared.clone());
        }
        let hint = match &self.config_path {
            None => t!(
                "portfolio-department-no-config-hint",
                config = CONFIG_FILE,
                id = id
            ),
            Some(_) if self.departments.is_empty() => {
                t!(
                    "portfolio-department-config-empty-hint",
                    config = CONFIG_FILE
                )
            }
            Some(_) => {
                let ids = self.departments.iter().map(|d| d.department.id.as_str());
                match crate::suggest::closest(id, ids.clone()) {
                    Some(near) => t!("did-you-mean", near = near),
                    None => t!(
                        "portfolio-department-shared-list",
                        ids = ids.collect::<Vec<_>>().join(", ")
                    ),
                }
            }
        };
        Err((t!("portfolio-department-not-shared", id = id), hint))
    }

    /// What is wrong with the map's use of shared departments: an entry of
    /// `shared_departments` that names no shared department, and a
    /// department of the map with a shared department's id and another
    /// name, short name or aliases.
    pub fn department_findings(&self, map: &Map, map_path: &Path) -> Vec<Finding> {
        let mut findings = Vec::new();
        let mut used = Vec::new();
        for (e, entry) in map.shared_departments.iter().enumerate() {
            match self.resolve_department(map_path, entry) {
                Ok(shared) => used.push(shared),
                Err((message, hint)) => findings.push(Finding {
                    code: Code::UnknownSharedDepartment,
                    location: Location {
                        element: Some(e),
                        ..Location::root("shared_departments")
                    },
                    item: None,
                    message,
                    hint,
                }),
            }
        }
        for (i, department) in map.departments.iter().enumerate() {
            let shared = used
                .iter()
                .chain(&self.departments)
                .find(|s| s.department.id == department.id);
            let Some(shared) = shared else { continue };
            let differences = differences(department, &shared.department);
            if differences.is_empty() {
                continue;
            }
            let file = crate::text::path(&shared.file);
            findings.push(Finding {
                code: Code::SharedDepartmentDiffers,
                location: Location::item(Section::Departments, i),
                item: Some(department.id.clone()),
                message: t!("portfolio-department-differs", file = file),
                hint: t!(
                    "portfolio-department-differs-hint",
                    differences = differences.join("; "),
                    id = department.id.as_str(),
                    file = file
                ),
            });
        }
        findings
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
        assert_eq!(findings[0].hint, "did you mean `dp-logistics`?");
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
