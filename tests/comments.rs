//! Comments people write in a map file survive `cjm fmt` and every
//! load → edit → save: each stays with the item or field it stands above or
//! beside, an edit changes only its own line, and deleting an item takes only
//! that item's comments with it.
//!
//! The rules (see `format::read` and `format::write`): comment lines are kept
//! as written, blank lines are normalised, and comments written inside a
//! multi-line list move above the list's key.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;
use cjm::format::{load_file, save_file};
use cjm::model::{Emotion, Map};

/// A hand-written map with comments everywhere they can be: above the first
/// key, above and beside fields, above `[goal]` and `[[touchpoints]]`
/// headers, inside multi-line lists and at the end of the file.
/// (No `#` appears inside a string, so [`comment_texts`] can find them simply.)
const HAND_WRITTEN: &str = r#"# Online shop – current state
# Owner: Zofia (marketing)

schema = 1
title = "Sklep internetowy – pierwsze zamówienie"
kind = "current-state"  # we map today's journey first
# The workshop day
created = 2026-03-02

# Why we map this at all
[goal]
focus = "optimise-service"
statement = "Find why first orders are abandoned"
success_criteria = [
  # measured by the shop analytics
  "Checkout drop-off below 40%",
  "Three quick wins agreed", # agreed with sales
]

[[personas]]
id = "pe-anna"
name = "Anna"
primary = true

[[stages]]
id = "st-search"
name = "Search"

[[stages]]
id = "st-buy"
name = "Buy"

# Ads are where most first visits start
[[touchpoints]]
id = "tp-ad"
stage = "st-search"
name = "Sees an ad"
channel = "social"
emotion = 1


# The painful part
# (see the interviews of March)
[[touchpoints]]
id = "tp-checkout"
stage = "st-buy"
name = "Checkout"
# what people literally do
doing = "Fills in the address form twice"
emotion = -2 # lowest point of the journey
pain_points = [
  "Form forgets the address", # 7 of 9 interviews

  # found by support too
  "Shipping cost shows up late",
]
# Письмо приходит через час 📧
[[touchpoints]]
id = "tp-email"
stage = "st-buy"
name = "Confirmation e-mail"
channel = "email" # sent by the shop system

# Open questions for next time:
#   do returning customers feel the same? 🤔
"#;

/// [`HAND_WRITTEN`] after `cjm fmt`: the same comments in the same order,
/// each with its item or field; list comments above the list's key.
const FORMATTED: &str = r#"# Online shop – current state
# Owner: Zofia (marketing)
schema = 1
title = "Sklep internetowy – pierwsze zamówienie"
kind = "current-state" # we map today's journey first
# The workshop day
created = 2026-03-02

# Why we map this at all
[goal]
focus = "optimise-service"
statement = "Find why first orders are abandoned"
# measured by the shop analytics
# agreed with sales
success_criteria = [
  "Checkout drop-off below 40%",
  "Three quick wins agreed",
]

[[personas]]
id = "pe-anna"
name = "Anna"
primary = true

[[stages]]
id = "st-search"
name = "Search"

[[stages]]
id = "st-buy"
name = "Buy"

# Ads are where most first visits start
[[touchpoints]]
id = "tp-ad"
stage = "st-search"
name = "Sees an ad"
channel = "social"
emotion = 1

# The painful part
# (see the interviews of March)
[[touchpoints]]
id = "tp-checkout"
stage = "st-buy"
name = "Checkout"
# what people literally do
doing = "Fills in the address form twice"
emotion = -2 # lowest point of the journey
# 7 of 9 interviews
# found by support too
pain_points = [
  "Form forgets the address",
  "Shipping cost shows up late",
]

# Письмо приходит через час 📧
[[touchpoints]]
id = "tp-email"
stage = "st-buy"
name = "Confirmation e-mail"
channel = "email" # sent by the shop system

# Open questions for next time:
#   do returning customers feel the same? 🤔
"#;

/// The touchpoint `tp-checkout` in [`FORMATTED`], with its own comments.
const CHECKOUT_BLOCK: &str = r#"# The painful part
# (see the interviews of March)
[[touchpoints]]
id = "tp-checkout"
stage = "st-buy"
name = "Checkout"
# what people literally do
doing = "Fills in the address form twice"
emotion = -2 # lowest point of the journey
# 7 of 9 interviews
# found by support too
pain_points = [
  "Form forgets the address",
  "Shipping cost shows up late",
]

"#;

/// The touchpoint `tp-ad` in [`FORMATTED`], with its own comment.
const AD_BLOCK: &str = r#"# Ads are where most first visits start
[[touchpoints]]
id = "tp-ad"
stage = "st-search"
name = "Sees an ad"
channel = "social"
emotion = 1

"#;

/// Every comment of `text`, from its `#` to the end of its line, in order.
fn comment_texts(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| line.find('#').map(|at| line[at..].trim_end()))
        .collect()
}

/// Writes `text` to a file in `dir` and returns its path.
fn write_map(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("journey.toml");
    std::fs::write(&path, text).expect("writing the map into a temporary folder");
    path
}

/// Loads the map at `path`, failing the test with the rendered errors.
fn load(path: &Path) -> Map {
    match load_file(path) {
        Ok(loaded) => loaded.map,
        Err(err) => panic!("the map does not load:\n{}", err.render(false)),
    }
}

/// Loads [`FORMATTED`], applies `edit`, saves, and returns the saved text.
fn edit_and_save(edit: impl FnOnce(&mut Map)) -> String {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = write_map(dir.path(), FORMATTED);
    let mut map = load(&path);
    edit(&mut map);
    save_file(&path, &map).expect("saving the map");
    std::fs::read_to_string(&path).expect("reading the saved map")
}

/// The lines that differ, as (line number, old, new); the texts must have
/// the same number of lines.
fn changed_lines<'a>(old: &'a str, new: &'a str) -> Vec<(usize, &'a str, &'a str)> {
    let (old_lines, new_lines): (Vec<&str>, Vec<&str>) =
        (old.lines().collect(), new.lines().collect());
    assert_eq!(
        old_lines.len(),
        new_lines.len(),
        "lines were added or removed:\n{new}"
    );
    old_lines
        .into_iter()
        .zip(new_lines)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| (i + 1, a, b))
        .collect()
}

fn cjm_fmt(args: &[&Path]) -> std::process::Output {
    common::cjm_command(Path::new("."))
        .expect("the cjm binary")
        .arg("fmt")
        .args(args)
        .output()
        .expect("running cjm")
}

#[test]
fn fmt_keeps_every_comment_with_its_item_or_field() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = write_map(dir.path(), HAND_WRITTEN);

    let output = cjm_fmt(&[&path]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("formatted: {}\n", path.display())
    );
    let formatted = std::fs::read_to_string(&path).expect("reading the formatted map");
    assert_eq!(formatted, FORMATTED);
    assert_eq!(comment_texts(&formatted), comment_texts(HAND_WRITTEN));
    assert_eq!(comment_texts(HAND_WRITTEN).len(), 18);

    // Formatted once, the file is canonical: `fmt --check` finds nothing.
    let check = cargo_bin_cmd!("cjm")
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .expect("running cjm");
    assert_eq!(check.status.code(), Some(0), "{check:?}");
    assert_eq!(String::from_utf8_lossy(&check.stdout), "");
}

#[test]
fn editing_one_field_changes_exactly_one_line() {
    let saved = edit_and_save(|map| {
        let checkout = map
            .touchpoints
            .iter_mut()
            .find(|t| t.id == "tp-checkout")
            .expect("tp-checkout is in the map");
        checkout.emotion = Emotion::new(-1);
    });
    assert_eq!(
        changed_lines(FORMATTED, &saved),
        [(
            49,
            "emotion = -2 # lowest point of the journey",
            "emotion = -1 # lowest point of the journey"
        )]
    );
    assert_eq!(comment_texts(&saved), comment_texts(FORMATTED));
}

#[test]
fn editing_a_field_of_the_first_item_changes_exactly_one_line() {
    let saved = edit_and_save(|map| {
        map.touchpoints[0].emotion = Emotion::new(2);
    });
    assert_eq!(
        changed_lines(FORMATTED, &saved),
        [(39, "emotion = 1", "emotion = 2")]
    );
}

#[test]
fn saving_an_unchanged_map_changes_nothing() {
    assert_eq!(edit_and_save(|_| {}), FORMATTED);
}

#[test]
fn deleting_an_item_removes_only_its_own_comments() {
    assert!(FORMATTED.contains(CHECKOUT_BLOCK) && FORMATTED.contains(AD_BLOCK));
    for (id, block) in [("tp-checkout", CHECKOUT_BLOCK), ("tp-ad", AD_BLOCK)] {
        let saved = edit_and_save(|map| map.touchpoints.retain(|t| t.id != id));
        assert_eq!(saved, FORMATTED.replacen(block, "", 1), "deleting {id}");

        let mut kept = comment_texts(FORMATTED);
        let deleted = comment_texts(block);
        kept.retain(|c| !deleted.contains(c));
        assert_eq!(comment_texts(&saved), kept, "deleting {id}");
    }
}

#[test]
fn a_comment_above_a_cleared_field_is_still_written() {
    let saved = edit_and_save(|map| {
        let checkout = map
            .touchpoints
            .iter_mut()
            .find(|t| t.id == "tp-checkout")
            .expect("tp-checkout is in the map");
        checkout.doing.clear();
    });
    let expected = FORMATTED.replacen("doing = \"Fills in the address form twice\"\n", "", 1);
    assert_eq!(saved, expected);
    assert_eq!(comment_texts(&saved), comment_texts(FORMATTED));
}

#[test]
fn a_comment_beside_a_cleared_last_field_stays_in_its_item() {
    let saved = edit_and_save(|map| {
        let email = map
            .touchpoints
            .iter_mut()
            .find(|t| t.id == "tp-email")
            .expect("tp-email is in the map");
        email.channel = None;
    });
    // Below the last field it would be read back as a comment at the end of
    // the file; above the item's last field it stays with the item.
    let expected = FORMATTED.replacen(
        "name = \"Confirmation e-mail\"\nchannel = \"email\" # sent by the shop system\n",
        "# sent by the shop system\nname = \"Confirmation e-mail\"\n",
        1,
    );
    assert_eq!(saved, expected);
    assert_eq!(comment_texts(&saved).len(), comment_texts(FORMATTED).len());

    // What was saved is canonical: formatting it changes nothing.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = write_map(dir.path(), &saved);
    let check = cargo_bin_cmd!("cjm")
        .args(["fmt", "--check"])
        .arg(&path)
        .output()
        .expect("running cjm");
    assert_eq!(check.status.code(), Some(0), "{check:?}");
}

#[test]
fn comments_of_a_goal_whose_fields_are_all_cleared_stay_above_its_header() {
    let saved = edit_and_save(|map| {
        map.goal.focus = None;
        map.goal.statement.clear();
        map.goal.success_criteria.clear();
    });
    let goal_before = r#"# Why we map this at all
[goal]
focus = "optimise-service"
statement = "Find why first orders are abandoned"
# measured by the shop analytics
# agreed with sales
success_criteria = [
  "Checkout drop-off below 40%",
  "Three quick wins agreed",
]
"#;
    let goal_after = "# Why we map this at all\n\
        # measured by the shop analytics\n\
        # agreed with sales\n\
        [goal]\n";
    assert!(FORMATTED.contains(goal_before));
    assert_eq!(saved, FORMATTED.replacen(goal_before, goal_after, 1));

    // Read back, the comments belong to `[goal]` and are written the same way.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = write_map(dir.path(), &saved);
    let output = cjm_fmt(&[&path]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "");
    assert_eq!(
        std::fs::read_to_string(&path).expect("reading the map"),
        saved
    );
}

/// Inline tables and dotted keys are valid TOML for a map, and have no
/// header of their own: each comment must still be written once, where it was.
#[test]
fn inline_tables_and_dotted_keys_keep_each_comment_once() {
    let hand_written = r#"# About this map
schema = 1
title = "Inline" # short title
kind = "current-state"
goal.focus = "growth" # the focus
# About the statement
goal.statement = "Grow"
# The stages, inline
stages = [
  { id = "st-a", name = "A" }, # first
  { id = "st-b", name = "B" },
]
"#;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = write_map(dir.path(), hand_written);
    let output = cjm_fmt(&[&path]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let formatted = std::fs::read_to_string(&path).expect("reading the formatted map");
    let mut before = comment_texts(hand_written);
    let mut after = comment_texts(&formatted);
    before.sort_unstable();
    after.sort_unstable();
    assert_eq!(after, before, "each comment once:\n{formatted}");
    assert!(
        formatted.starts_with("# About this map\nschema = 1\n"),
        "{formatted}"
    );
}
