//! `cjm check FILE...`: load and validate maps.

use std::path::PathBuf;

use super::{EXIT_ERROR, EXIT_OK, stderr_color};
use crate::format;
use crate::model::Map;

pub fn run(files: &[PathBuf]) -> u8 {
    let mut code = EXIT_OK;
    for path in files {
        match format::load_file(path) {
            Ok(loaded) => println!("{}: ok ({})", path.display(), summary(&loaded.map)),
            Err(err) => {
                eprint!("{}", err.render(stderr_color()));
                code = EXIT_ERROR;
            }
        }
    }
    code
}

/// "6 stages, 12 touchpoints, 2 personas, 5 opportunities, 4 metrics".
pub fn summary(map: &Map) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    [
        count(map.stages.len(), "stage", "stages"),
        count(map.touchpoints.len(), "touchpoint", "touchpoints"),
        count(map.personas.len(), "persona", "personas"),
        count(map.opportunities.len(), "opportunity", "opportunities"),
        count(map.metrics.len(), "metric", "metrics"),
    ]
    .join(", ")
}
