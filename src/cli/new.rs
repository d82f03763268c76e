//! `cjm new FILE`: create a map from a template.

use std::path::Path;

use super::error::CliError;
use crate::format;
use crate::model::{MapKind, Vocabulary, template};
use crate::t;

/// Creates the map; the error says why it could not.
pub fn run(path: &Path, kind: MapKind, title: Option<String>) -> Result<(), CliError> {
    let exists = || CliError::about(path, t!("new-exists"), t!("new-exists-hint"));
    if path.exists() {
        return Err(exists());
    }
    let title = title.unwrap_or_else(|| template::title_from_path(path));
    let today = jiff::ZonedDateTime::now().date();
    let map = template::new_map(kind, &title, Some(today));
    format::write_new_atomic(path, format::to_toml(&map).as_bytes()).map_err(|err| {
        if err.kind() == std::io::ErrorKind::AlreadyExists {
            exists()
        } else {
            CliError::Write {
                path: path.to_owned(),
                source: err,
            }
        }
    })?;
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    println!(
        "{}",
        t!(
            "new-created",
            file = crate::text::path(path),
            kind = kind.as_str(),
            title = crate::text::clean(&map.title),
            stages = crate::text::clean(&stages.join(" → "))
        )
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::model::template::title_from_path;
    use std::path::Path;

    #[test]
    fn titles_come_from_file_names() {
        assert_eq!(
            title_from_path(Path::new("maps/online-shop_v2.toml")),
            "Online shop v2"
        );
        assert_eq!(title_from_path(Path::new("żabka.toml")), "Żabka");
        assert_eq!(title_from_path(Path::new("__.toml")), "Untitled journey");
    }
}
