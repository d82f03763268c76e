//! Saving a map is atomic: a save that cannot finish leaves the old file as it
//! was and no temporary file behind, and a save that finishes leaves only the
//! map itself (no `.NAME.*.tmp` file).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use cjm::format::{save_file, to_toml};
use cjm::model::{Map, MapKind, template};

use common::names_in;

fn sample_map(title: &str) -> Map {
    template::new_map(MapKind::Service, title, None)
}

/// The temporary files a save of `name` would create (`.NAME.*.tmp`) left in `dir`.
fn leftovers(dir: &Path, name: &str) -> Vec<String> {
    let prefix = format!(".{name}.");
    names_in(dir)
        .into_iter()
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_successful_save_leaves_only_the_map() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("journey.toml");

    // A new file, then many replacements of it.
    for n in 0..20 {
        let map = sample_map(&format!("Visit #{n} – Zażółć 🎉"));
        save_file(&path, &map).expect("saving the map");
        assert_eq!(
            fs::read_to_string(&path).expect("reading the map"),
            to_toml(&map)
        );
        assert_eq!(leftovers(dir.path(), "journey.toml"), Vec::<String>::new());
    }
    assert_eq!(names_in(dir.path()), ["journey.toml"]);
}

#[test]
fn a_save_beside_other_files_touches_only_the_map() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    fs::write(dir.path().join("notes.txt"), "keep me").expect("writing a file");
    let path = dir.path().join("map.toml");
    save_file(&path, &sample_map("One")).expect("saving the map");
    save_file(&path, &sample_map("Two")).expect("saving the map");
    assert_eq!(names_in(dir.path()), ["map.toml", "notes.txt"]);
    assert_eq!(
        fs::read_to_string(dir.path().join("notes.txt")).expect("reading a file"),
        "keep me"
    );
}

#[test]
fn a_save_into_a_missing_folder_fails_without_creating_anything() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("no-such-folder").join("map.toml");
    let err = save_file(&path, &sample_map("Lost")).expect_err("the folder does not exist");
    assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
    assert_eq!(names_in(dir.path()), Vec::<String>::new());
}

#[test]
fn a_save_over_a_folder_fails_and_leaves_it_alone() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("map.toml");
    fs::create_dir(&path).expect("creating a folder");
    assert!(save_file(&path, &sample_map("Clash")).is_err());
    assert!(path.is_dir());
    assert_eq!(names_in(dir.path()), ["map.toml"]);
}

#[cfg(unix)]
mod unix {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    /// Gives a folder the permissions `mode` and restores `0o755` when dropped,
    /// so the temporary folder can be removed even when an assertion fails.
    struct Mode<'a>(&'a Path);

    impl<'a> Mode<'a> {
        fn set(dir: &'a Path, mode: u32) -> Self {
            fs::set_permissions(dir, fs::Permissions::from_mode(mode))
                .expect("changing the folder's permissions");
            Mode(dir)
        }
    }

    impl Drop for Mode<'_> {
        fn drop(&mut self) {
            let _ = fs::set_permissions(self.0, fs::Permissions::from_mode(0o755));
        }
    }

    /// Whether a new file can be made in `dir`, whatever its permissions say
    /// (a superuser can write into a read-only folder).
    fn can_create_in(dir: &Path) -> bool {
        let probe: PathBuf = dir.join("probe");
        match fs::write(&probe, "") {
            Ok(()) => {
                let _ = fs::remove_file(&probe);
                true
            }
            Err(_) => false,
        }
    }

    #[test]
    fn a_save_into_a_read_only_folder_fails_and_keeps_the_old_file() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("journey.toml");
        let old = sample_map("Old");
        save_file(&path, &old).expect("saving the first version");
        let old_bytes = fs::read(&path).expect("reading the map");

        let _mode = Mode::set(dir.path(), 0o555);
        if can_create_in(dir.path()) {
            eprintln!("skipped: this user can write into a read-only folder (running as root?)");
            return;
        }
        let err = save_file(&path, &sample_map("New")).expect_err("the folder is read-only");
        assert_eq!(err.kind(), std::io::ErrorKind::PermissionDenied);
        assert_eq!(fs::read(&path).expect("reading the map"), old_bytes);
        assert_eq!(names_in(dir.path()), ["journey.toml"]);
    }

    #[test]
    fn a_read_only_map_is_refused_and_unchanged() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("journey.toml");
        save_file(&path, &sample_map("Old")).expect("saving the first version");
        let old_bytes = fs::read(&path).expect("reading the map");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444))
            .expect("making the map read-only");

        let err = save_file(&path, &sample_map("New")).expect_err("the map is read-only");
        assert_eq!(err.kind(), std::io::ErrorKind::PermissionDenied);
        assert_eq!(fs::read(&path).expect("reading the map"), old_bytes);
        assert_eq!(names_in(dir.path()), ["journey.toml"]);
    }

    #[test]
    fn a_save_keeps_the_permissions_of_the_map() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("journey.toml");
        save_file(&path, &sample_map("Old")).expect("saving the first version");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640))
            .expect("changing the map's permissions");
        save_file(&path, &sample_map("New")).expect("saving again");
        let mode = fs::metadata(&path).expect("the map").permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(leftovers(dir.path(), "journey.toml"), Vec::<String>::new());
    }
}
