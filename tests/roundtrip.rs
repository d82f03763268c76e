//! The example maps in `maps/` are canonical: loading one and saving it again
//! gives the very same bytes, and `cjm fmt --check` agrees. The folder is
//! listed when the test runs, so every example added later is covered too.

mod common;

use assert_cmd::cargo::cargo_bin_cmd;
use cjm::format::{load_file, save_file, to_toml};

use common::{example_maps, toml_files};

#[test]
fn every_example_map_is_saved_byte_for_byte_as_it_was_read() {
    let scratch = tempfile::tempdir().expect("a temporary folder");
    for path in example_maps() {
        let loaded = load_file(&path)
            .unwrap_or_else(|e| panic!("{} does not load:\n{}", path.display(), e.render(false)));
        let original = std::fs::read(&path).expect("the map was just read");
        assert_eq!(
            to_toml(&loaded.map),
            loaded.source,
            "{} is not in canonical form; run `cjm fmt {}`",
            path.display(),
            path.display()
        );

        let copy = scratch.path().join(path.file_name().expect("a file name"));
        save_file(&copy, &loaded.map).expect("saving to a temporary folder");
        let saved = std::fs::read(&copy).expect("the saved copy");
        assert!(
            saved == original,
            "saving {} changed its bytes",
            path.display()
        );
    }
}

#[test]
fn fmt_check_accepts_every_example_map() {
    let maps = example_maps();
    let output = cargo_bin_cmd!("cjm")
        .arg("fmt")
        .arg("--check")
        .args(&maps)
        .env("NO_COLOR", "1")
        .output()
        .expect("running cjm");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(0),
        "cjm fmt --check {maps:?} failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert_eq!(stdout, "", "no file should need formatting");
    assert_eq!(stderr, "");
}

#[test]
#[should_panic(expected = "holds no .toml file")]
fn a_folder_without_maps_fails_the_check() {
    let empty = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(empty.path().join("README.md"), "not a map").expect("writing a file");
    toml_files(empty.path());
}
