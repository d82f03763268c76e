# The command line: messages of every command, and its --help texts.

lang-unknown = “{ $code }” is not a language cjm speaks; choose one of { $known }

## cjm new

new-created = Created { $file }: { $kind ->
    [current-state] current state
    [future-state] future state
    [day-in-the-life] day in the life
   *[service] service
} map "{ $title }" with stages { $stages }.
new-exists = the file already exists; `cjm new` never overwrites a map
new-exists-hint = choose another file name, or open the existing map

## cjm check

check-ok = { $file }: ok ({ $summary })
check-evidence-share = { $percent }% of touchpoints backed by data
check-no-touchpoints-yet = no touchpoints yet
check-not-utf8 = the file is not valid UTF-8 text
check-not-regular = this is { $what }, not a regular file; cjm reads maps only from regular files
check-cannot-read = cannot read the file: { $error }
check-cannot-write-json = cannot write the findings as JSON: { $error }

## --help: what clap shows. English is written in the doc comments of
## src/cli; these are the same texts, the source for the translations.

help-usage = Usage:
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-commands = Commands
help-flag-help = Print help
help-flag-version = Print version
help-cjm = Customer journey mapping workshops in the terminal
    .long = Customer journey mapping workshops in the terminal. Maps are TOML files meant to live in git. Create one with `cjm new`, validate it with `cjm check`, and keep it in canonical form with `cjm fmt`.
help-cjm-file = A map file to open in the terminal app.
help-cjm-max-size = The largest file cjm reads, in MiB (or with a unit: 512MiB, 1GiB); the default is 128 MiB. Also set by the CJM_MAX_SIZE environment variable.
help-cjm-lang = The language of messages, the app and new maps (en, pl, ru, sv; pseudo for testing layouts), and of exports instead of the map's own. Default: `language` in the config file, else the system's (LC_ALL, LC_MESSAGES, LANG).
help-cjm-new = Create a new map from a template (never overwrites a file).
help-cjm-new-file = The file to create, e.g. maps/onboarding.toml.
help-cjm-new-template = Which stages the map starts with.
help-cjm-new-title = The map's title (default: made from the file name).
help-cjm-new-length = How long the workshop that follows lasts (2h, 90m, 3h, 4h...): the step timeboxes are scaled to fit. Default: `[workshop] length` of the config, else 2h.
help-cjm-guide = Run the guided workshop on a map, resuming at the step where it stopped.
help-cjm-guide-file = The map to work on.
help-cjm-guide-length = How long the workshop lasts (2h, 90m, 3h, 4h...): the step timeboxes are scaled to fit. Default: `[workshop] length` of the config, else 2h.
help-cjm-check = Load and validate maps, then run the workshop checks (missing evidence, unaddressed pains, unmeasured opportunities...).
    .long = Load and validate maps, then run the workshop checks (missing evidence, unaddressed pains, unmeasured opportunities...). Exit 0 when every map is valid, even with warnings; 2 when a map cannot be loaded; 1 with `--deny warnings` when a map has warnings.
help-cjm-check-files = The maps to check.
help-cjm-check-deny = Fail (exit 1) on warnings; notes never fail.
help-cjm-check-format = `text` for people, `json` for scripts.
help-cjm-fmt = Rewrite maps in canonical form (comments are kept).
help-cjm-fmt-files = The maps to format.
help-cjm-fmt-check = Change nothing; exit 1 and name the files that would change.
help-cjm-export = Export a map as Markdown, Mermaid, CSV, HTML or JSON (to stdout, or to a file with -o).
help-cjm-export-file = The map to export.
help-cjm-export-format = The format to write.
help-cjm-export-output = Write to this file (atomically) instead of stdout; never the map itself.
help-cjm-export-bom = CSV only: start with a UTF-8 byte order mark, for Excel.
help-cjm-diff = Show what changed between two maps, item by item (comments are not compared).
    .long = Show what changed between two maps, item by item (comments are not compared). `cjm diff OLD NEW` compares two files; given git's seven (or nine) external-diff arguments it names the map by its path in the repository. Exit 0 when the maps are the same, 1 when they differ, 2 when one cannot be loaded.
help-cjm-diff-files = OLD NEW: the earlier map (e.g. the current state) and the later one; or git's seven (or nine) external-diff arguments.
help-cjm-diff-format = `text` for the terminal, `markdown` for a pull request or wiki.
help-cjm-diff-label-a = The name to show for OLD instead of its path (e.g. `main:maps/shop.toml`).
help-cjm-diff-label-b = The name to show for NEW instead of its path.
help-cjm-merge = Three-way merge of a map by item and field; the result replaces OURS.
    .long = Three-way merge of a map by item and field; the result replaces OURS. Made for git's merge driver, `cjm merge %O %A %B --path %P`. Exit 0 when clean, 1 when anything is left to decide (conflicts recorded in the map, or conflict markers in a side that is not a valid map), 2 when a version cannot be read or OURS cannot be written.
help-cjm-merge-base = The common ancestor (git's %O); empty or missing when both sides added the file.
help-cjm-merge-ours = Our version, overwritten with the result (git's %A).
help-cjm-merge-theirs = Their version (git's %B).
help-cjm-merge-path = The map's path in the repository (git's %P), to name it in messages.
help-cjm-git = Git set-up for maps: `cjm git setup`, `cjm git check`.
help-cjm-git-setup = Make git merge and diff maps with cjm; running it again changes nothing.
    .long = Make git merge and diff maps with cjm; running it again changes nothing. Adds `PATTERN merge=cjm diff=cjm` to .gitattributes and sets the merge and diff drivers in git's config. Exit 0 when done, 2 on an error.
help-cjm-git-setup-patterns = Which map files: gitattributes patterns, relative to the current folder (quote them so the shell does not expand them). Default: 'maps/**/*.toml'.
help-cjm-git-setup-global = Set up git for every repository of this user: the drivers in the global git config, the patterns in core.attributesFile.
help-cjm-git-check = Say what this clone is missing for git to merge and diff maps with cjm.
    .long = Say what this clone is missing for git to merge and diff maps with cjm, each missing piece with the command that fixes it. Exit 0 when nothing is missing, 1 when something is, 2 on an error.
help-cjm-config = Where the config file is, and what it can hold.
help-cjm-config-path = Print the path of the config file (it may not exist yet).
help-cjm-config-default = Print a config file with every default setting, commented.
