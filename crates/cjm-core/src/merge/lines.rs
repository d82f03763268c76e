//! The fallback when a map cannot be merged item by item (a side is not a
//! valid map): a line merge, as git itself would do, with git-style
//! conflict markers where both sides changed the same lines.
//!
//! The line merge is `diffy`'s three-way merge (the `diff3` algorithm git
//! uses too), so it works without git and gives the same result wherever
//! cjm runs. Conflicts are written in git's default style (`<<<<<<< ours`,
//! `=======`, `>>>>>>> theirs`), which `cjm check` and editors recognise.

/// A line merge of three texts (any bytes: a side may not even be UTF-8).
/// `clean` is false when the result holds conflict markers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineMerge {
    pub text: Vec<u8>,
    pub clean: bool,
}

/// Merges `ours` and `theirs` line by line against `base` (empty for two
/// versions added independently).
pub fn merge_lines(base: &[u8], ours: &[u8], theirs: &[u8]) -> LineMerge {
    let mut options = diffy::MergeOptions::new();
    options.set_conflict_style(diffy::ConflictStyle::Merge);
    match options.merge_bytes(base, ours, theirs) {
        Ok(text) => LineMerge { text, clean: true },
        Err(text) => LineMerge { text, clean: false },
    }
}

/// The whole of both sides between conflict markers: the result when even a
/// clean line merge would not give a valid map, so that the file is plainly
/// unfinished and nothing of either side is lost.
pub fn whole_file_conflict(ours: &[u8], theirs: &[u8]) -> Vec<u8> {
    let mut out = b"<<<<<<< ours\n".to_vec();
    for side in [ours, theirs] {
        out.extend_from_slice(side);
        if !side.is_empty() && !side.ends_with(b"\n") {
            out.push(b'\n');
        }
        if side == ours {
            out.extend_from_slice(b"=======\n");
        }
    }
    out.extend_from_slice(b">>>>>>> theirs\n");
    out
}

/// The 1-based numbers of the lines of `text` that are git conflict markers
/// (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>`, each 7 characters then the
/// end of the line or a space). Empty when there are none, or when the file
/// has only `=======` lines, which can be ordinary text.
pub fn conflict_marker_lines(text: &str) -> Vec<usize> {
    let is_marker = |line: &str, marker: &str| {
        line.strip_prefix(marker)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\r']))
    };
    let mut opening = false;
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let open = is_marker(line, "<<<<<<<") || is_marker(line, ">>>>>>>");
            opening |= open;
            open || is_marker(line, "=======") || is_marker(line, "|||||||")
        })
        .map(|(i, _)| i + 1)
        .collect();
    if opening { lines } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separate_changes_merge_and_the_same_lines_conflict() {
        let base = b"a\nb\nc\n";
        let clean = merge_lines(base, b"A\nb\nc\n", b"a\nb\nC\n");
        assert_eq!(clean.text, b"A\nb\nC\n");
        assert!(clean.clean);
        let conflict = merge_lines(base, b"a\nX\nc\n", b"a\nY\nc\n");
        assert!(!conflict.clean);
        let text = String::from_utf8_lossy(&conflict.text);
        assert_eq!(conflict_marker_lines(&text), vec![2, 4, 6], "{text}");
        assert!(text.contains("X\n") && text.contains("Y\n"));
    }

    #[test]
    fn whole_file_conflict_keeps_both_sides() {
        let text = whole_file_conflict(b"ours", b"theirs\n");
        assert_eq!(
            text,
            b"<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\n"
        );
    }

    #[test]
    fn lone_separators_are_not_markers() {
        assert!(conflict_marker_lines("title = \"x\"\n=======\n").is_empty());
        assert!(conflict_marker_lines("<<<<<<<< eight\n").is_empty());
        assert_eq!(conflict_marker_lines("x\n<<<<<<< HEAD\n"), vec![2]);
    }
}
