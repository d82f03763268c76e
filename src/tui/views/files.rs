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
use crate::t;
use crate::tui::action::Action;
use crate::tui::app::{App, FileDialog, PREVIEW_WIDTH, Risky, wrap_lines};
use crate::tui::disk::DiskChange;
use crate::tui::keymap::KeyMode;
use crate::tui::theme::Theme;

pub fn draw(app: &App, theme: Theme, frame: &mut Frame, area: Rect, dialog: &FileDialog) {
    let file = clean(&app.path.display().to_string());
    // The keys the dialog names come from its keymap: an answer's first
    // key, or all of them where the dialog always listed more than one.
    let mode = dialog.key_mode();
    let key = |action| app.keymap.first_key_label(mode, action);
    let keys = |action| app.keymap.keys_label_in(mode, action);
    // `↑↓ PgUp PgDn`: how a scrolled dialog scrolls.
    let scroll_keys = || {
        [Action::Down, Action::PageUp, Action::PageDown]
            .iter()
            .filter_map(|action| app.keymap.hint_key(mode, *action))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match dialog {
        FileDialog::Recover {
            offer,
            confirm_discard,
        } => {
            let mut lines = vec![
                t!("recover-found", file = file.as_str()),
                t!(
                    "recover-where",
                    path = clean(&offer.recovery.display().to_string())
                ),
            ];
            if offer.file_is_newer {
                lines.push(t!("recover-file-newer"));
            }
            let keys = if *confirm_discard {
                t!("recover-confirm-discard", discard = key(Action::Discard))
            } else {
                t!(
                    "recover-keys",
                    restore = key(Action::Restore),
                    difference = key(Action::ShowDifference),
                    discard = key(Action::Discard),
                    quit = key(Action::Quit)
                )
            };
            question(frame, theme, area, &t!("recover-title"), &lines, &keys);
        }
        FileDialog::DiskChanged { change, confirm } => {
            let save_as = keys(Action::SaveAs);
            let back = key(Action::Cancel);
            let (title, lines, keys) = match change.as_ref() {
                DiskChange::Deleted => (
                    t!("disk-gone-title"),
                    vec![
                        t!("disk-gone", file = file.as_str()),
                        if app.safety.is_lost() {
                            t!("disk-changes-only-here")
                        } else {
                            t!("disk-changes-kept")
                        },
                    ],
                    t!(
                        "disk-gone-keys",
                        save = key(Action::Save),
                        save_as = save_as.as_str(),
                        back = back.as_str()
                    ),
                ),
                DiskChange::Changed {
                    map,
                    conflict_markers,
                } => {
                    let mut lines = vec![t!("disk-changed", file = file.as_str())];
                    if *conflict_markers {
                        lines.push(t!("disk-conflict-markers"));
                    } else if let Err(why) = map {
                        lines.push(t!("disk-unreadable", why = clean(&why.to_string())));
                    }
                    let keys = match (confirm, map.is_ok()) {
                        (Some(Risky::Reload), _) => {
                            t!("disk-confirm-reload", reload = key(Action::Reload))
                        }
                        (Some(Risky::Overwrite), _) => {
                            t!("disk-confirm-overwrite", overwrite = key(Action::Overwrite))
                        }
                        (None, true) => t!(
                            "disk-keys",
                            merge = key(Action::Merge),
                            difference = key(Action::ShowDifference),
                            reload = key(Action::Reload),
                            save_as = save_as.as_str(),
                            overwrite = key(Action::Overwrite),
                            back = back.as_str()
                        ),
                        (None, false) => t!(
                            "disk-keys-unreadable",
                            save_as = save_as.as_str(),
                            overwrite = key(Action::Overwrite),
                            back = back.as_str()
                        ),
                    };
                    (t!("disk-changed-title"), lines, keys)
                }
            };
            question(frame, theme, area, &title, &lines, &keys);
        }
        FileDialog::OpenElsewhere { pid, since } => {
            let lines = vec![
                t!(
                    "elsewhere-open",
                    file = file.as_str(),
                    since = since.as_str(),
                    pid = pid.to_string()
                ),
                t!("elsewhere-read-only"),
            ];
            question(
                frame,
                theme,
                area,
                &t!("elsewhere-title"),
                &lines,
                &t!(
                    "elsewhere-keys",
                    read_only = key(Action::OpenReadOnly),
                    anyway = key(Action::OpenAnyway),
                    quit = key(Action::Quit)
                ),
            );
        }
        FileDialog::SaveAs { editor } => dialog::prompt(
            frame,
            theme,
            area,
            &t!("save-as-title"),
            &t!(
                "save-as-note",
                accept = key(Action::Edit),
                cancel = key(Action::Cancel)
            ),
            editor,
        ),
        FileDialog::Merge {
            lines,
            conflicts,
            scroll,
            ..
        } => {
            let title = t!("merge-preview-title", conflicts = *conflicts);
            let keys = t!(
                "merge-preview-keys",
                merge = keys(Action::Merge),
                save = app.keymap.first_key_label(KeyMode::Board, Action::Save),
                scroll = scroll_keys(),
                back = key(Action::Cancel)
            );
            scrolled_lines(frame, theme, area, &title, lines, *scroll, Some(&keys));
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
                .title(truncate(
                    &t!(
                        "difference-title",
                        title = title.as_str(),
                        scroll = scroll_keys(),
                        back = key(Action::Cancel)
                    ),
                    usize::from(rect.width.saturating_sub(2)),
                ))
                .border_style(theme.title());
            let inner = block.inner(rect);
            frame.render_widget(block, rect);
            let width = usize::from(inner.width);
            let shown: Vec<Line> = if lines.is_empty() {
                vec![Line::styled(t!("difference-none"), theme.dim())]
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
        .title(truncate(title, usize::from(rect.width.saturating_sub(2))))
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
                .title(truncate(
                    &format!(" {title} "),
                    usize::from(width.saturating_sub(2)),
                ))
                .border_style(theme.warning()),
        ),
        rect,
    );
}
