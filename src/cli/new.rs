//! `cjm new FILE`: create a map from a template.

use std::path::Path;

use super::{EXIT_ERROR, EXIT_OK, describe_write_error, print_error};
use crate::format;
use crate::model::{MapKind, Vocabulary, template};
use crate::t;

pub fn run(path: &Path, kind: MapKind, title: Option<String>) -> u8 {
    if path.exists() {
        print_error(path, &t!("new-exists"), &t!("new-exists-hint"));
        return EXIT_ERROR;
    }
    let title = title.unwrap_or_else(|| template::title_from_path(path));
    let today = jiff::ZonedDateTime::now().date();
    let map = template::new_map(kind, &title, Some(today));
    match format::write_new_atomic(path, format::to_toml(&map).as_bytes()) {
        Ok(()) => {
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
            EXIT_OK
        }
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            print_error(path, &t!("new-exists"), &t!("new-exists-hint"));
            EXIT_ERROR
        }
        Err(err) => {
            let (message, hint) = describe_write_error(&err);
            print_error(path, &message, hint);
            EXIT_ERROR
        }
    }
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
