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

## Every command

cli-size-limit-unreadable = the size limit cannot be read: { $problem }
cli-size-limit-unreadable-hint = set it in MiB, e.g. CJM_MAX_SIZE=256, or unset it for the default of 128 MiB
cli-no-config-folder = no home folder is known, so there is no config folder
cli-no-terminal-banner = cjm { $version } – customer journey mapping workshops in the terminal

    Run `cjm` in a terminal for the home screen; `cjm FILE` opens the board of a map,
    `cjm new FILE` starts a guided workshop, `cjm --help` lists every command.
cli-recovery-copy-kept = unsaved changes to this map are kept in a recovery copy, a complete map:
cli-recovery-copy-kept-hint = check it with `cjm check`, and copy it over the file to get them back
cli-needs-terminal = the board needs a terminal
cli-needs-terminal-hint = run cjm in a terminal, or use `cjm check` / `cjm export` in scripts
cli-app-failed = the terminal app failed: { $error }
cli-app-failed-hint = check that the terminal supports full-screen programs
cli-cannot-write = cannot write the file: { $error }
cli-cannot-write-permission-hint = check the permissions of the file and its folder, or write to another path
cli-cannot-write-hint = the old file, if any, is unchanged; try another path
cli-no-folder = the folder does not exist
cli-no-folder-hint = create the folder first, or choose another path
cli-disk-full = the disk is full
cli-disk-full-hint = free some space and try again; the old file is unchanged

## cjm fmt

fmt-would-reformat = would reformat: { $file }
fmt-formatted = formatted: { $file }

## cjm export

export-bom-csv-only = --bom applies to CSV only, not to { $format }
export-bom-csv-only-hint = leave out --bom, or use --format csv
export-output-is-map = the output file is the map itself; exporting would overwrite the map
export-output-is-map-hint = write to another file, e.g. -o { $example }
export-written = exported: { $file } ({ $format })
export-cannot-write = cannot write the export: { $error }
export-cannot-write-hint = write to a file with -o OUT instead

## cjm diff

diff-wrong-arguments = expected 2 files (or git's 7 or 9 external-diff arguments), got { $count }
diff-wrong-arguments-hint = compare two maps with `cjm diff OLD.toml NEW.toml`
diff-working-tree = working tree
diff-new-map = new map
diff-deleted-map = deleted map
diff-cannot-read-copy = cannot read git's copy of the file: { $error }
diff-cannot-read-copy-hint = run `git diff --no-ext-diff` to see the change line by line
diff-heading = Map differences

## cjm merge and the git merge driver

merge-invalid-ours = ours is not a valid map (see above)
merge-invalid-theirs = theirs is not a valid map (see above)
merge-invalid-both = ours and theirs are not a valid map (see above)
merge-invalid-base = base is not a valid map; merging ours and theirs as two versions added independently
merge-result-invalid = the merged map would not be valid ({ $problem })
merge-unreadable = a version could not be read; nothing was merged and the file still holds only ours
merge-lines-clean = the lines merged without overlap and the result is a valid map, but check it by hand (`cjm check { $file }`) before `git add`
merge-lines-markers = wrote a line merge with conflict markers (<<<<<<< ours, =======, >>>>>>> theirs): edit the file until it is a valid map without markers and `cjm check { $file }` passes, then `git add` it
merge-clean = merged cleanly
merge-earlier-conflicts = merged, but the map still has { $count } unresolved { $count ->
    [one] conflict
   *[other] conflicts
} from before; `cjm check` lists them
merge-new-conflicts = { $count } { $count ->
    [one] conflict
   *[other] conflicts
}: our values are kept and theirs recorded in [[conflicts]] at the end of the file; `cjm check` lists them
merge-unresolved = unresolved merge conflict: { $conflict }
merge-unresolved-hint = for each one, set the field (or order) you want, or keep or delete the item, then delete its [[conflicts]] table at the end of the file

## The command line: a map file and a command together.
cli-file-and-command = `{ $file }` and a command cannot go together: give either a map to open (`cjm FILE`) or a command (`cjm COMMAND …`)

## cjm git setup and cjm git check.
git-not-installed = git is not installed (or not on PATH)
git-not-installed-hint = install git (https://git-scm.com), then run the command again
git-not-a-repository = this folder is not in a git repository
git-not-a-repository-hint = run it in a clone of the repository (or `git init` first); `cjm git setup --global` sets up git for every repository
git-failed = `git { $args }` failed: { $message }
git-failed-hint = run the git command yourself to see why
git-space-in-pattern = `{ $pattern }` has a space; a gitattributes pattern ends at the first space
git-space-in-pattern-hint = write a space as `[[:space:]]`, e.g. 'journey[[:space:]]maps/*.toml'
git-not-toml = `{ $pattern }` does not name TOML files
git-not-toml-hint = name the map files, e.g. 'maps/**/*.toml' (a folder alone does not cover the files in it)
git-no-home = no home folder is known, so there is no global attributes file
git-no-home-hint = set HOME, or set core.attributesFile: git config --global core.attributesFile PATH
git-cannot-read = cannot read { $path }: { $message }
git-cannot-read-hint = check the file's permissions; nothing was changed
git-not-utf8 = it is not UTF-8 text
git-setup-already-has = { $file }: already has `{ $line }`
git-setup-added = { $file }: added `{ $line }`
git-setup-one-file = { "  " }note: `{ $pattern }` is one file; a pattern such as '{ $default }' (quoted) covers new maps too
git-setup-config-already = git config { $scope } { $key }: already set
git-setup-config-set = git config { $scope } { $key }: set
git-setup-config-replaced = git config { $scope } { $key }: replaced the earlier value
git-setup-done =
    cjm git setup: done. git merges these maps item by item, and `git diff`
      shows them in the words of the map (`git log -p --ext-diff` too).
git-setup-commit-attributes =
    { "  " }Commit .gitattributes so the team shares it; each clone runs
      `cjm git setup` once.
git-setup-nothing = cjm git setup: nothing to change, git was already set up.
git-setup-no-cjm-on-path =
    warning: git will not find `cjm` on PATH: merges of maps fall back to
      conflict markers, diffs to lines. Put cjm on PATH; `cjm git check` says more.
git-check-title = cjm git check: { $folder }
git-check-ok = ok
git-check-missing = missing
git-check-fix = fix: { $fix }
git-check-key-set = { $key } is set
git-check-key-no-fallback = { $key } lacks the fall-back for when cjm cannot run
git-check-key-other = { $key } runs something other than cjm
git-check-key-unset = { $key } is not set
git-check-cjm-found = git finds { $version } at { $path }
git-check-cjm-broken = { $path } is on PATH but does not run
git-check-cjm-broken-fix = reinstall cjm (`cargo install --path .` in cjm's source folder)
git-check-cjm-missing = git will not find `cjm` on PATH: merges of maps fall back to conflict markers
git-check-cjm-missing-fix = put the cjm binary in a folder on PATH (`cargo install --path .` in cjm's source folder)
git-check-no-map-yet = no map is committed yet; new maps in maps/ get { $attributes }
git-check-maps-covered = { $count ->
    [one] { $count } map has { $attributes }
   *[other] { $count } maps have { $attributes }
}
git-check-no-map-uncovered = no map is committed yet, and .gitattributes gives maps/ no { $attributes }
git-check-no-map-uncovered-fix = cjm git setup (or cjm git setup 'PATTERN' for maps elsewhere)
git-check-maps-uncovered = { $count ->
    [one] { $count } map without { $attributes }: { $maps }
   *[other] { $count } maps without { $attributes }: { $maps }
}{ $more ->
    [0] {""}
   *[other] { " " }and { $more } more
}
git-check-all-set = Everything is set up: git merges and diffs maps with cjm.
git-check-some-missing = { $count ->
    [one] { $count } thing is missing.
   *[other] { $count } things are missing.
}

## The hidden save loop of the tests.
save-loop-stopped = { $file }: the save loop stopped: { $outcome }

## --help of the newer commands (English is in the doc comments of src/cli).
help-cjm-migrate = Move maps to format version 2: departments by id, near-duplicate names proposed as aliases.
help-cjm-migrate-files = The maps to migrate.
help-cjm-migrate-check = Change nothing; list what would change and exit 1 when something would.
help-cjm-migrate-yes = Also merge the obvious proposals (a team in parentheses of a department).
help-cjm-log = The commits that changed a map, or one item of it, field by field; or the trend of its stages' emotions, evidence and votes (`--trend`).
    .long = The commits that changed a map, or one item of it, field by field; or the trend of its stages' emotions, evidence and votes (`--trend`). Reads the history from git (a renamed file or item keeps its history). A commit whose version does not load is shown and skipped. Exit 0 when shown, 2 on an error (git missing, not a repository, the file not committed, no item matching ITEM).
help-cjm-log-file = The map, in a git repository.
help-cjm-log-item = One item: its id (tp-…, st-…, op-…) or a name, as the finder matches it.
help-cjm-log-trend = Show each stage's average emotion, the share of touchpoints backed by data and the votes over the commits: a table and a chart.
help-cjm-issues = Opportunities as issues in GitHub or GitLab: `cjm issues push`, `cjm issues pull`.
    .long = Opportunities as issues in GitHub or GitLab: `cjm issues push`, `cjm issues pull`. `push` creates an issue for each open opportunity without one (a dry run unless --yes) with the tracker's own tool (gh, glab) and records its address on the opportunity; `pull` updates each opportunity's status from its issue's state.
help-cjm-issues-push = Create an issue for each open opportunity that has none (a dry run unless --yes), and record its address on the opportunity.
    .long = Create an issue for each open opportunity that has none (a dry run unless --yes), and record its address on the opportunity. Runs the tracker's own command line in the map's folder: `gh issue create` for GitHub, `glab issue create` for GitLab (install it and log in first). Done and dropped opportunities, and those with an `issue` already, are skipped. Exit 0 when done, 2 on an error (the issues created before it are recorded).
help-cjm-issues-push-file = The map.
help-cjm-issues-push-tracker = Where the issues go.
help-cjm-issues-push-yes = Create the issues; without it, only show what would be created.
help-cjm-issues-push-repo = The repository (OWNER/REPO) instead of the one of the map's folder.
help-cjm-issues-pull = Update each opportunity's status from its issue's state in the tracker.
    .long = Update each opportunity's status from its issue's state in the tracker. Open: an idea becomes planned (done or dropped go back to planned); closed: done (dropped when GitHub says "not planned"). The tool is chosen by each issue's address (GitLab's have `/-/issues/`). Exit 0 when done, 2 on an error (the states read before it are saved).
help-cjm-issues-pull-file = The map.
help-cjm-report = A portfolio page of every map in a folder: owners, review dates, emotion per stage, top opportunities, departments × maps.
help-cjm-report-paths = The folder of maps (or map files).
help-cjm-report-format = The format to write.
help-cjm-report-output = Write to this file (atomically) instead of stdout.
help-cjm-query = Find touchpoints across maps with a filter, e.g. 'owner = logistics and emotion <= -1 and not evidence'.
    .long = Find touchpoints across maps with a filter, e.g. 'owner = logistics and emotion <= -1 and not evidence'. Fields are the touchpoint's keys in the file (id, stage, name, channel, owner, personas, emotion, pain_points, moment_of_truth, evidence...); operators =, !=, <, <=, >, >=, ~ (contains); a field alone means it is set; combine with and, or, not and parentheses. Exit 0 when something matched, 1 when nothing did, 2 on an error.
help-cjm-query-path = The folder of maps (or a map file).
help-cjm-query-query = The filter.
help-cjm-query-format = `table` for people, `json` for scripts.
help-cjm-readings = Metric readings: `cjm readings import MAP --metric ID data.csv`.
help-cjm-readings-import = Add a metric's readings from a CSV file: a date and a value column, comma- or semicolon-separated, with or without a header; dates as 2027-03-31 or 31.03.2027, decimal point or comma. Readings the map has (same date and value) are skipped.
help-cjm-readings-import-file = The map to add the readings to.
help-cjm-readings-import-metric = The metric's id, e.g. me-nps.
help-cjm-readings-import-csv = The CSV file.
help-cjm-readings-import-dry-run = Say what would be added; change nothing.
help-cjm-readings-import-replace = Where the map has a reading for a date with another value, take the file's.

## --help: the values of an option, described.
help-possible-values = Possible values:
help-possible-values-inline = possible values: { $values }
help-default-value = default: { $value }
help-help-subcommand = Print this message or the help of the given subcommand(s)
help-cjm-check-deny-warnings = Exit with 1 when any map has a warning (notes never fail).
help-cjm-check-format-text = Lines for people: `FILE:LINE: warning[CODE]: message (item id)`.
help-cjm-check-format-json = One JSON array with an object per file, for scripts.
help-cjm-query-format-table = Columns for people: map, id, name, stage and the fields the filter uses.
help-cjm-query-format-json = One JSON array, an object per touchpoint, for scripts.
help-cjm-report-format-markdown = A page for a wiki or a pull request.
help-cjm-report-format-html = One self-contained, printable page.
help-cjm-export-format-markdown = A report for a pull request or wiki, with the Mermaid diagram.
help-cjm-export-format-mermaid = A Mermaid `journey` diagram.
help-cjm-export-format-csv = One row per touchpoint, for spreadsheets.
help-cjm-export-format-html = One self-contained, printable page (no scripts, works offline).
help-cjm-export-format-json = The whole model, for other programs.
help-cjm-export-format-github-issues = Open opportunities as GitHub issues: a JSON array of REST API payloads.
help-cjm-export-format-gitlab-issues = Open opportunities as GitLab issues: a JSON array of REST API payloads.
help-cjm-export-format-jira-csv = Open opportunities as CSV for Jira's import.
help-cjm-diff-format-text = Lines for the terminal, coloured on a terminal without `NO_COLOR`.
help-cjm-diff-format-markdown = Markdown, for a pull request or a wiki page.

# clap's errors of the command line (src/cli/clap_errors.rs).
clap-unknown-argument = unexpected argument `{ $arg }`
clap-invalid-subcommand = unknown command `{ $name }`
clap-value-required = `{ $arg }` needs a value
clap-invalid-value = invalid value `{ $value }` for `{ $arg }`; possible values: { $valid }
clap-missing-required = these required arguments are missing: { $args }
clap-no-equals = `{ $arg }` needs `=` before its value
clap-value-validation = invalid value `{ $value }` for `{ $arg }`: { $reason }
clap-more-information = For more information, try `--help`.
