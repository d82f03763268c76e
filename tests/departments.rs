//! Departments, the service blueprint's lanes, waits and web links
//! (schema 2): read, written back byte for byte, refused with a position
//! when they name what is not there.

mod common;

use std::fs;

use cjm::format::{parse, to_toml};
use cjm::model::{DepartmentRef, Lane, Map, MapKind, Role};

use common::TestResult;

const BLUEPRINT: &str = include_str!("fixtures/schema2/blueprint.toml");

#[test]
fn a_blueprint_map_reads_and_writes_back_the_same_bytes() -> TestResult {
    let map = parse(BLUEPRINT).map_err(|d| format!("{d:?}"))?;
    assert_eq!(map.schema, 2);
    assert_eq!(map.departments.len(), 2);
    assert_eq!(map.departments[0].aliases, ["Recepcja"]);
    let t = &map.touchpoints[0];
    assert_eq!(t.lane(Lane::Frontstage)[0].department, "dp-reception");
    assert_eq!(t.backstage[0].text, "Szuka karty pacjenta");
    assert_eq!(t.wait.map(|w| w.minutes()), Some(25));
    assert_eq!(t.evidence[0].url, "https://example.com/notes/1");
    assert_eq!(t.web_links[0].title, "Nagranie");
    assert_eq!(map.department_name("Recepcja"), "Rejestracja");
    assert_eq!(to_toml(&map), BLUEPRINT);
    Ok(())
}

#[test]
fn a_schema_1_map_stays_schema_1_until_it_holds_schema_2_content() -> TestResult {
    let old = "schema = 1\ntitle = \"Shop\"\nkind = \"current-state\"\n\n[[team]]\nname = \"Ewa\"\ndepartment = \"Finance\"\nrole = \"participant\"\n";
    let mut map = parse(old).map_err(|d| format!("{d:?}"))?;
    assert_eq!(to_toml(&map), old, "an old map keeps its version and bytes");
    map.stages.push(cjm::model::Stage {
        id: cjm::model::Id::new("st-a"),
        name: "A".into(),
        ..Default::default()
    });
    map.touchpoints.push(
        cjm::model::Touchpoint {
            id: cjm::model::Id::new("tp-a"),
            stage: cjm::model::Id::new("st-a"),
            name: "T".into(),
            fail_point: "breaks".into(),
            ..Default::default()
        }
        .into(),
    );
    let written = to_toml(&map);
    assert!(written.starts_with("schema = 2\n"), "{written}");
    assert_eq!(parse(&written).map_err(|d| format!("{d:?}"))?.schema, 2);
    assert!(to_toml(&Map::new("New", MapKind::Service)).starts_with("schema = 2\n"));
    Ok(())
}

/// `cjm check` on `text` fails (exit 2) with `at` (`line:col`) and `message`.
fn refused(text: &str, at: &str, message: &str) -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("map.toml");
    fs::write(&path, text)?;
    let out = common::cjm(dir.path(), &["check", "map.toml"])?;
    let stderr = common::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("map.toml:{at}: error: {message}")),
        "expected {at} {message} in\n{stderr}"
    );
    assert_eq!(fs::read_to_string(&path)?, text, "the file was changed");
    Ok(())
}

#[test]
fn unknown_departments_bad_addresses_and_waits_are_refused_with_their_position() -> TestResult {
    refused(
        &BLUEPRINT.replace("owner = \"dp-reception\"", "owner = \"dp-recepton\""),
        "31:9",
        "unknown department `dp-recepton`",
    )?;
    refused(
        &BLUEPRINT.replace(
            "department = \"dp-reception\" #",
            "department = \"Recepcja\" #",
        ),
        "20:14",
        "unknown department `Recepcja`",
    )?;
    refused(
        &BLUEPRINT.replace("\"https://example.com/rec/7\"", "\"example.com/rec/7\""),
        // At the address itself, not at the start of the link.
        "48:31",
        "malformed web address",
    )?;
    refused(
        &BLUEPRINT.replace("wait = \"25m\"", "wait = \"-25m\""),
        "46:8",
        "`wait` is \"-25m\": a wait cannot be negative",
    )?;
    refused(
        &BLUEPRINT.replace("wait = \"25m\"", "wait = \"soon\""),
        "46:8",
        "`wait` is \"soon\"",
    )?;
    Ok(())
}

#[test]
fn checks_compare_departments_by_id_and_find_two_that_look_like_one() -> TestResult {
    use cjm::check::{self, Code, Context};
    let text = BLUEPRINT
        .replace(
            "[[team]]\nname = \"Anna\"",
            "[[departments]]\nid = \"dp-registration\"\nname = \"rejestracja\"\n\n\
             [[departments]]\nid = \"dp-lab\"\nname = \"Laboratorium\"\n\n\
             [[team]]\nname = \"Ola\"\ndepartment = \"dp-it\"\n\n\
             [[team]]\nname = \"Ewa\"\ndepartment = \"dp-lab\"\n\n\
             [[team]]\nname = \"Anna\"",
        )
        .replace("owner = \"dp-reception\"", "owner = \"dp-registration\"");
    let map = parse(&text).map_err(|d| format!("{d:?}"))?;
    let today = cjm::model::Date::new(2026, 3, 1)?;
    let report = check::run(&map, &Context::new(today));
    let found = |code: Code| report.findings.iter().filter(move |f| f.code == code);
    let absent: Vec<&str> = found(Code::AbsentDepartment)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        absent,
        ["rejestracja owns 1 touchpoint, but nobody from rejestracja is in the team"]
    );
    let hint = &found(Code::AbsentDepartment)
        .next()
        .ok_or("no finding")?
        .hint;
    assert!(hint.contains("department = \"dp-registration\""), "{hint}");
    let similar: Vec<&str> = found(Code::SimilarDepartments)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        similar,
        ["the departments “rejestracja” and “Rejestracja” look like one department"]
    );
    Ok(())
}

/// `cjm new` in Polish: a schema-2 map whose starter departments and
/// blueprint lanes are in Polish, which loads, checks and is canonical.
#[test]
fn a_new_polish_service_map_starts_with_departments_and_blueprint_lanes() -> TestResult {
    let dir = tempfile::tempdir()?;
    let output = common::cjm(
        dir.path(),
        &["new", "--lang", "pl", "--template", "service", "x.toml"],
    )?;
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let written = fs::read_to_string(dir.path().join("x.toml"))?;
    let map = parse(&written).map_err(|d| format!("{d:?}\n{written}"))?;
    assert_eq!(map.schema, 2, "{written}");
    assert!(written.starts_with("schema = 2\n"), "{written}");
    assert_eq!(map.language, "pl");
    let departments: Vec<(&str, &str)> = map
        .departments
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    assert_eq!(
        departments,
        [
            ("dp-marketing", "Marketing"),
            ("dp-sales", "Sprzedaż"),
            ("dp-customer-service", "Obsługa klienta"),
            ("dp-logistics", "Logistyka i dostawy"),
            ("dp-it", "IT"),
        ]
    );
    // One touchpoint in the middle stage, with an action in every lane,
    // each done by a starter department.
    assert_eq!(map.touchpoints.len(), 1, "{written}");
    let t = &map.touchpoints[0];
    assert_eq!(t.stage, "st-during");
    assert_eq!(t.name, "Pierwszy kontakt z pracownikiem");
    assert_eq!(map.department_name(&t.owner), "Obsługa klienta");
    let lanes: Vec<(&str, &str)> = Lane::ALL
        .iter()
        .flat_map(|&lane| t.lane(lane))
        .map(|a| (a.text.as_str(), map.department_name(&a.department)))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Co pracownik robi na oczach klienta", "Obsługa klienta"),
            (
                "Co dzieje się na zapleczu, poza wzrokiem klienta",
                "Logistyka i dostawy"
            ),
            ("Systemy i partnerzy, dzięki którym to działa", "IT"),
        ]
    );
    assert!(
        written.contains("# Działy odpowiadają za punkty styku"),
        "{written}"
    );
    let check = common::cjm(dir.path(), &["check", "x.toml"])?;
    assert_eq!(check.status.code(), Some(0), "{}", common::stdout(&check));
    let fmt = common::cjm(dir.path(), &["fmt", "--check", "x.toml"])?;
    assert_eq!(fmt.status.code(), Some(0), "{}", common::stdout(&fmt));
    Ok(())
}

/// Every template starts with the departments, in each language; only the
/// service template has a touchpoint.
#[test]
fn every_template_has_departments_in_its_language() -> TestResult {
    use cjm::i18n::Lang;
    use cjm::model::template::new_map_in;
    for (lang, customer_service) in [
        (Lang::En, "Customer service"),
        (Lang::Pl, "Obsługa klienta"),
        (Lang::Ru, "Клиентский сервис"),
        (Lang::Sv, "Kundtjänst"),
    ] {
        for kind in [
            MapKind::CurrentState,
            MapKind::FutureState,
            MapKind::DayInTheLife,
            MapKind::Service,
        ] {
            let map: Map = new_map_in(lang, kind, "Mapa", None);
            assert_eq!(cjm::model::validate(&map), [], "{lang:?} {kind:?}");
            assert_eq!(map.departments.len(), 5, "{lang:?} {kind:?}");
            assert_eq!(map.department_name("dp-customer-service"), customer_service);
            let back = parse(&to_toml(&map)).map_err(|d| format!("{d:?}"))?;
            assert_eq!(back.schema, 2);
            assert_eq!(back.departments, map.departments);
            assert_eq!(map.touchpoints.len(), usize::from(kind == MapKind::Service));
        }
    }
    Ok(())
}

/// The example maps are of schema 2: each has departments, names them by
/// id everywhere, and shows the blueprint on a few touchpoints; their
/// schema-1 copies migrate to the same departments.
/// Issue #17: at least one example is a whole service blueprint: every
/// touchpoint has frontstage, backstage and support actions, each done by a
/// department, and most have a fail point and a wait.
#[test]
fn one_example_map_is_a_full_service_blueprint() -> TestResult {
    let mut full = Vec::new();
    for path in common::example_maps() {
        let map =
            parse(&fs::read_to_string(&path)?).map_err(|d| format!("{}: {d:?}", path.display()))?;
        let every_lane = map.touchpoints.iter().all(|t| {
            Lane::ALL.iter().all(|&lane| {
                let actions = t.lane(lane);
                !actions.is_empty() && actions.iter().all(|a| !a.department.is_empty())
            })
        });
        let fail_points = map
            .touchpoints
            .iter()
            .filter(|t| !t.fail_point.is_empty())
            .count();
        let waits = map.touchpoints.iter().filter(|t| t.wait.is_some()).count();
        let most = map.touchpoints.len() / 2 + 1;
        if map.kind == MapKind::Service
            && map.touchpoints.len() >= 12
            && every_lane
            && fail_points >= most
            && waits >= most
        {
            full.push(path);
        }
    }
    assert!(
        full.iter()
            .any(|p| p.ends_with("hospital-outpatient-visit.toml")),
        "full service blueprints among the examples: {full:?}"
    );
    Ok(())
}

/// Examples written in schema 2 from the start: no schema-1 copy is kept
/// for them in `tests/fixtures/schema1/`.
const BORN_IN_SCHEMA_2: &[&str] = &["hospital-outpatient-visit.toml"];

#[test]
fn the_example_maps_use_departments_and_blueprint_lanes() -> TestResult {
    for path in common::example_maps() {
        let text = fs::read_to_string(&path)?;
        let map = parse(&text).map_err(|d| format!("{}: {d:?}", path.display()))?;
        let name = path.display();
        assert_eq!(map.schema, 2, "{name}");
        assert!(map.departments.len() >= 5, "{name}");
        for (at, reference) in map.department_references() {
            assert!(
                map.department(reference).is_some(),
                "{name}: {at:?} names {reference:?}, not a department's id"
            );
        }
        let with_lanes = map
            .touchpoints
            .iter()
            .filter(|t| Lane::ALL.iter().any(|&lane| !t.lane(lane).is_empty()))
            .count();
        assert!(
            with_lanes >= 2,
            "{name}: {with_lanes} touchpoints with lanes"
        );
        assert!(
            map.touchpoints.iter().any(|t| t.wait.is_some()),
            "{name}: no wait"
        );
        assert_eq!(to_toml(&map), text, "{name} is not in canonical form");

        // The schema-1 copy kept for the migration names the same
        // departments, by the names the example now lists as aliases
        // (customers and guests aside: their text described them, and is
        // a comment or a partner now). An example written after the
        // migration has no schema-1 past to compare with.
        let file_name = path.file_name().ok_or("no file name")?;
        if BORN_IN_SCHEMA_2.iter().any(|born| file_name == *born) {
            continue;
        }
        let old_path = std::path::Path::new("tests/fixtures/schema1").join(file_name);
        let old = parse(&fs::read_to_string(&old_path)?)
            .map_err(|d| format!("{}: {d:?}", old_path.display()))?;
        assert_eq!(old.schema, 1, "{}", old_path.display());
        for (at, reference) in old.department_references() {
            if let DepartmentRef::Member(i) = at
                && matches!(old.team[i].role, Role::Customer | Role::Guest)
            {
                continue;
            }
            assert!(
                map.department_of(reference).is_some(),
                "{name}: the old department {reference:?} is no department's name or alias"
            );
        }
    }
    Ok(())
}
