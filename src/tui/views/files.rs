//! The dialogs about the map's file (see [`crate::tui::app::FileDialog`]):
//! the recovery copy found at start, the file changed or deleted on disk,
//! "save as", and the difference between two versions. Paths and map text
//! are untrusted and always shown through [`clean`].

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

use super::dialog;
use super::text::{clean, truncate, wrap};
use crate::tui::action::Action;
use crate::tui::app::{App, FileDialog, PREVIEW_WIDTH, Risky, wrap_lines};
use crate::tui::disk::DiskChange;
use crate::tui::theme::Theme;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect, dialog: &FileDialog) {
    let file = clean(&app.path.display().to_string());
    match dialog {
        FileDialog::Recover {
            offer,
            confirm_discard,
        } => {
            let mut lines = vec![
                format!(
                    "cjm found unsaved changes to {file} from a session that did not end normally (a crash, a closed terminal, or quitting without saving)."
                ),
                format!(
                    "They are in {}",
                    clean(&offer.recovery.display().to_string())
                ),
            ];
            if offer.file_is_newer {
                lines.push("⚠ The file was changed after that copy was written (a git pull?): restoring replaces those changes. Look at the difference first.".to_owned());
            }
            let keys = if *confirm_discard {
                "Discard the unsaved changes for good? x discard · any other key: back"
            } else {
                "r restore them · d show the difference · x discard them · q quit, decide later"
            };
            question(frame, theme, area, "Unsaved changes found", &lines, keys);
        }
        FileDialog::DiskChanged { change, confirm } => {
            let save_as = app.keymap.keys_label(Action::SaveAs);
            let (title, lines, keys) = match change.as_ref() {
                DiskChange::Deleted => (
                    "The file is gone",
                    vec![
                        format!(
                            "{file} was deleted or moved since cjm loaded or saved it. Nothing was written."
                        ),
                        if app.safety.is_lost() {
                            "Your changes are still here, and only here: no recovery copy could be written.".to_owned()
                        } else {
                            "Your changes are still here and in the recovery copy.".to_owned()
                        },
                    ],
                    format!(
                        "s save it again at the same path · k / {save_as} save as another file · Esc back"
                    ),
                ),
                DiskChange::Changed {
                    map,
                    conflict_markers,
                } => {
                    let mut lines = vec![format!(
                        "{file} changed on disk since cjm loaded or saved it (a git pull? another editor?). Nothing was written, so both versions are intact."
                    )];
                    if *conflict_markers {
                        lines.push("It now has git merge-conflict markers (<<<<<<<): a merge was left unfinished in it. Finish the merge first (the `cjm merge` driver resolves maps by item), or keep your version as another file.".to_owned());
                    } else if let Err(why) = map {
                        lines.push(format!(
                            "The file on disk cannot be read as a map: {}.",
                            clean(&why.to_string())
                        ));
                    }
                    let keys = match (confirm, map.is_ok()) {
                        (Some(Risky::Reload), _) => "Really drop your changes and load the file from disk? r reload · any other key: back".to_owned(),
                        (Some(Risky::Overwrite), _) => "Really replace the file on disk with your version? o overwrite · any other key: back".to_owned(),
                        (None, true) => format!("m merge both (preview first) · d show the difference · r reload from disk (drops yours) · k / {save_as} keep yours: save as · o overwrite · Esc back"),
                        (None, false) => format!("k / {save_as} keep yours: save as another file · o overwrite · Esc back"),
                    };
                    ("The file changed on disk", lines, keys)
                }
            };
            question(frame, theme, area, title, &lines, &keys);
        }
        FileDialog::OpenElsewhere { pid, since } => {
            let lines = vec![
                format!(
                    "{file} is open in another cjm since {since} (process {pid}). Two people saving the same file overwrite each other's work."
                ),
                "Read-only keeps this one from saving over it (save as another file still works). Either way, each keeps its own recovery copy.".to_owned(),
            ];
            question(
                frame,
                theme,
                area,
                "Open in another cjm",
                &lines,
                "r open read-only · a open anyway · q quit",
            );
        }
        FileDialog::SaveAs { editor } => dialog::prompt(
            frame,
            theme,
            area,
            "Save as",
            "A new file (never one that exists), or a folder to put it in. Enter saves, Esc cancels.",
            editor,
        ),
        FileDialog::Merge {
            lines,
            conflicts,
            scroll,
            ..
        } => {
            let title = match conflicts {
                0 => " Merge the file on disk with your edits ".to_owned(),
                n => format!(" Merge the file on disk with your edits – {n} conflict(s) "),
            };
            let keys =
                "m / Enter merge (keeps both; Ctrl-s then saves) · ↑↓ PgUp PgDn scroll · Esc back";
            scrolled_lines(frame, theme, area, &title, lines, *scroll, Some(keys));
        }
        FileDialog::Difference {
            title,
            lines,
            scroll,
            ..
        } => {
            let rect = dialog::centered(area, 100, area.height);
            frame.render_widget(Clear, rect);
            let block = Block::bordered()
                .title(format!(" {title} – ↑↓ PgUp PgDn scroll, Esc back "))
                .border_style(theme.title());
            let inner = block.inner(rect);
            frame.render_widget(block, rect);
            let width = usize::from(inner.width);
            let shown: Vec<Line> = if lines.is_empty() {
                vec![Line::styled(
                    "No differences: the maps are the same.",
                    theme.dim(),
                )]
            } else {
                lines
                    .iter()
                    .skip(*scroll)
                    .take(usize::from(inner.height))
                    .map(|line| Line::raw(truncate(&clean(line), width)))
                    .collect()
            };
            frame.render_widget(Paragraph::new(shown), inner);
        }
    }
}

/// A scrollable list of lines, wrapped, in a box as wide as the screen
/// allows (up to [`PREVIEW_WIDTH`]), with the keys that answer it on its
/// last rows.
fn scrolled_lines(
    frame: &mut Frame,
    theme: Theme,
    area: Rect,
    title: &str,
    lines: &[String],
    scroll: usize,
    keys: Option<&str>,
) {
    let rect = dialog::centered(area, PREVIEW_WIDTH, area.height);
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(title.to_owned())
        .border_style(theme.title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let keys: Vec<String> = keys.map_or_else(Vec::new, |k| wrap(k, width.max(1)));
    let room = usize::from(inner.height).saturating_sub(keys.len());
    let cleaned: Vec<String> = lines.iter().map(|l| clean(l)).collect();
    let mut shown: Vec<Line> = wrap_lines(&cleaned, width)
        .into_iter()
        .skip(scroll)
        .take(room)
        .map(|line| {
            if line.starts_with(' ') || line.is_empty() {
                Line::raw(line)
            } else {
                Line::styled(line, theme.title())
            }
        })
        .collect();
    shown.resize(room, Line::raw(""));
    shown.extend(keys.into_iter().map(|k| Line::styled(k, theme.key())));
    frame.render_widget(Paragraph::new(shown), inner);
}

/// A question: its explanation, wrapped to fit, and the keys that answer it.
fn question(
    frame: &mut Frame,
    theme: Theme,
    area: Rect,
    title: &str,
    lines: &[String],
    keys: &str,
) {
    let width = area.width.min(76);
    let text_width = usize::from(width.saturating_sub(2)).max(1);
    let mut text: Vec<Line> = Vec::new();
    for line in lines {
        text.extend(wrap(line, text_width).into_iter().map(Line::raw));
    }
    text.push(Line::raw(""));
    text.extend(
        wrap(keys, text_width)
            .into_iter()
            .map(|l| Line::styled(l, theme.key())),
    );
    let height = u16::try_from(text.len() + 2).unwrap_or(u16::MAX);
    let rect = dialog::centered(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(text).block(
            Block::bordered()
                .title(format!(" {title} "))
                .border_style(theme.warning()),
        ),
        rect,
    );
}
