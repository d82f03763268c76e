//! `cjm migrate`: every example map as it was in schema 1
//! (`tests/fixtures/schema1/`) moves to schema 2 with one department per
//! real department, loads, keeps every comment; `--check` changes nothing.

mod common;

use std::fs;
use std::path::Path;

use cjm::format::parse;

use common::TestResult;

/// Each fixture and the departments it has after `cjm migrate --yes`.
const EXPECTED: &[(&str, &[&str])] = &[
    (
        "car-service-visit.toml",
        &[
            "Aftersales Customer Experience",
            "Service reception",
            "Workshop",
            "Marketing (CRM)",
            "Finance (accounts)",
            "IT (dealer management system)",
        ],
    ),
    (
        "commuter-day-in-the-life.toml",
        &[
            "Customer Insight",
            "Digital",
            "GoBike operations",
            "Operations",
            "Customer Service",
            "Finance",
            "City Council – Transport Planning",
        ],
    ),
    (
        "ksiegarnia-polska.toml",
        &[
            "Dział Doświadczeń Klienta (CX)",
            "Sklep internetowy i IT",
            "Marketing",
            "Sprzedaż",
            "Logistyka",
            "Obsługa Klienta",
            "Finanse",
        ],
    ),
    (
        "online-shop-current.toml",
        &[
            "Customer Experience",
            "Marketing",
            "E-commerce and IT",
            "Logistics",
            "Customer Service",
            "Finance",
            "Account manager at our economy parcel carrier",
        ],
    ),
    (
        "online-shop-future.toml",
        &[
            "Customer Experience",
            "Marketing",
            "E-commerce and IT",
            "Logistics",
            "Customer Service",
            "Finance",
            "Warehouse returns desk",
        ],
    ),
];

fn fixture(name: &str) -> Result<String, std::io::Error> {
    fs::read_to_string(Path::new("tests/fixtures/schema1").join(name))
}

/// The comment lines of a map's text, trimmed, in order.
fn comments(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.find('#').map(|at| l[at..].trim().to_owned()))
        .filter(|c| !c.contains('"') || c.starts_with("# "))
        .collect()
}

#[test]
fn every_example_map_is_listed() -> TestResult {
    let mut names: Vec<String> = fs::read_dir("tests/fixtures/schema1")?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let listed: Vec<&str> = EXPECTED.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, listed);
    Ok(())
}

#[test]
fn every_example_map_migrates_to_one_department_per_real_department() -> TestResult {
    for (name, departments) in EXPECTED {
        let old = fixture(name)?;
        assert!(old.starts_with("schema = 1\n"), "{name} is not schema 1");
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join(name), &old)?;

        // --check lists what would change, changes nothing, exits 1.
        let check = common::cjm(dir.path(), &["migrate", "--check", name])?;
        assert_eq!(check.status.code(), Some(1), "{}", common::stderr(&check));
        let listed = common::stdout(&check);
        assert!(
            listed.contains(&format!("would migrate: {name}")),
            "{listed}"
        );
        assert!(listed.contains("run with --yes"), "{listed}");
        assert_eq!(fs::read_to_string(dir.path().join(name))?, old);

        let run = common::cjm(dir.path(), &["migrate", "--yes", name])?;
        assert_eq!(run.status.code(), Some(0), "{}", common::stderr(&run));
        assert!(common::stdout(&run).contains(&format!("migrated: {name}")));
        let new = fs::read_to_string(dir.path().join(name))?;
        let map = parse(&new).map_err(|d| format!("{name}: {d:?}"))?;
        assert_eq!(map.schema, 2, "{name}");
        let names: Vec<&str> = map.departments.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, *departments, "{name}");
        // Every reference names a department by its id.
        for (_, reference) in map.department_references() {
            assert!(map.department(reference).is_some(), "{name}: {reference}");
        }
        // Every comment is still there, in order.
        let kept = comments(&new);
        let mut at = 0;
        for comment in comments(&old) {
            match kept[at..].iter().position(|c| *c == comment) {
                Some(found) => at += found + 1,
                None => panic!("{name}: lost or moved comment {comment:?}\n{new}"),
            }
        }
        // Nothing left to do, and `cjm check` reads it.
        let again = common::cjm(dir.path(), &["migrate", "--check", name])?;
        assert_eq!(again.status.code(), Some(0), "{}", common::stdout(&again));
        assert!(common::stdout(&again).contains("up to date"));
        let checked = common::cjm(dir.path(), &["check", name])?;
        assert_ne!(
            checked.status.code(),
            Some(2),
            "{}",
            common::stderr(&checked)
        );
    }
    Ok(())
}

#[test]
fn without_yes_only_identical_names_merge_and_the_proposals_are_listed() -> TestResult {
    let old = fixture("online-shop-current.toml")?;
    let (dir, path) = common::temp_map("shop.toml", &old)?;
    let run = common::cjm(dir.path(), &["migrate", "shop.toml"])?;
    assert_eq!(run.status.code(), Some(0), "{}", common::stderr(&run));
    let out = common::stdout(&run);
    assert!(
        out.contains("? “Finance (payments and refunds)” looks like a team of “Finance”"),
        "{out}"
    );
    let map = parse(&fs::read_to_string(&path)?).map_err(|d| format!("{d:?}"))?;
    let names: Vec<&str> = map.departments.iter().map(|d| d.name.as_str()).collect();
    assert!(
        names.contains(&"Finance (payments and refunds)"),
        "{names:?}"
    );
    assert!(names.contains(&"Finance"), "{names:?}");
    Ok(())
}

#[test]
fn a_customer_in_the_team_becomes_a_comment_not_a_department() -> TestResult {
    let old = fixture("ksiegarnia-polska.toml")?;
    let (dir, path) = common::temp_map("ksiegarnia.toml", &old)?;
    let run = common::cjm(dir.path(), &["migrate", "--yes", "ksiegarnia.toml"])?;
    assert_eq!(run.status.code(), Some(0), "{}", common::stderr(&run));
    let new = fs::read_to_string(&path)?;
    let map = parse(&new).map_err(|d| format!("{d:?}"))?;
    let member = map
        .team
        .iter()
        .find(|p| p.name == "Grażyna Lis")
        .ok_or("no member")?;
    assert_eq!(member.department, "");
    assert!(
        new.contains("# dział przed migracją: Klientka z panelu stałych klientów"),
        "{new}"
    );
    Ok(())
}

#[test]
fn a_map_that_does_not_load_is_not_touched() -> TestResult {
    let broken = "schema = 1\ntitle = \"x\"\nkind = \"nope\"\n";
    let (dir, path) = common::temp_map("broken.toml", broken)?;
    let run = common::cjm(dir.path(), &["migrate", "--yes", "broken.toml"])?;
    assert_eq!(run.status.code(), Some(2));
    assert!(
        common::stderr(&run).contains("broken.toml:3:8: error"),
        "{}",
        common::stderr(&run)
    );
    assert_eq!(fs::read_to_string(&path)?, broken);
    Ok(())
}
