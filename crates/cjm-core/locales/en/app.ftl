# The terminal app: board, views, dialogs, palette.

## Kinds of item: $kind is the English noun with "-" for spaces

item-kind = { $kind ->
    [map] map
    [goal] goal
    [persona] persona
    [team-member] team member
    [stage] stage
    [touchpoint] touchpoint
    [opportunity] opportunity
    [metric] metric
    [conflict] conflict
    [pain-point] pain point
   *[other] item
}
item-kind-title = { $kind ->
    [map] Map
    [goal] Goal
    [persona] Persona
    [team-member] Team member
    [stage] Stage
    [touchpoint] Touchpoint
    [opportunity] Opportunity
    [metric] Metric
    [conflict] Conflict
    [pain-point] Pain point
   *[other] Item
}

## Views, by their names in the status bar

view-board = Board
view-curve = Emotion curve
view-opportunities = Opportunities
view-personas = Personas
view-metrics = Metrics
view-inventory = Who touches the customer
view-overview = Map, goal and team
view-stages = Stages
view-checks = Checks
view-compare = Compare

## The status bar and the footer

footer-filter = { " " }│ filter: { $what }
footer-conflicts = { " " }│ ⚡ { $count ->
    [one] { $count } conflict
   *[other] { $count } conflicts
} – { $keys } to resolve
badge-pick = { " " }PICK{ " " }
badge-navigate = { " " }NAVIGATE{ " " }
badge-edit = { " " }EDIT{ " " }
hint-create = create
hint-choose = choose
hint-go = go
hint-move = move
hint-mark = mark
hint-back-to-list = back to the list

## The picker

picker-title-kind = { " " }{ $field } of the { $kind }{ " " }
picker-title-item = { " " }{ $field } of “{ $name }”{ " " }
picker-new-department-name = Name of the new department:
picker-new-department-keys = Enter adds it · Esc goes back to the list
picker-none-chosen = None chosen · Space marks, Enter accepts
picker-chosen = { $count } chosen: { $names }
picker-matches = { $count ->
    [one] { $count } match
   *[other] { $count } matches
} · Enter chooses
picker-new-department = + new department…
picker-nothing-to-choose = { "  " }Nothing to choose from yet: the map has none; Esc goes back
picker-nothing-matches = { "  " }Nothing matches; Backspace widens the search
picker-status-multi = Type to narrow · Space marks · Enter accepts · Esc cancels
picker-status-one = Type to narrow · Enter chooses · Esc cancels
picker-nothing-changed = Nothing changed

## Counts the app shows besides the shared ones (common.ftl)

app-count-metrics = { $count ->
    [one] { $count } metric
   *[other] { $count } metrics
}
app-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}

## Dialogs over the board

find-title = { " " }Find – type to search, Enter jumps, Esc closes{ " " }
palette-title = { " " }Commands – type to search, Enter runs, Esc closes{ " " }
quit-title = Unsaved changes
delete-title = Delete
delete-question = Delete the { $kind } “{ $name }”?
delete-blocked = The { $kind } “{ $name }” cannot be deleted yet:
delete-move-touchpoints = Move or delete its touchpoints first.
delete-no-references = Nothing else refers to it.
delete-references = These refer to it and will lose the link:
delete-keys-back = any key: back
delete-keys = { $keys } delete · any other key: keep it
new-item-title = New { $kind }
new-item-id-note = Its id is made from this name and never changes.
too-small = Terminal too small (need { $min_width }×{ $min_height }, have { $width }×{ $height })

## The home screen

home-title = { " " }cjm – customer journey mapping
home-tagline = { " " }Every contact with your company, from the customer's side, with the whole team.
home-filter = { " " }Filter ›{ " " }
home-recent = Recent
home-repository = Repository
home-new-map = New map
home-new-map-guided = { $kind } (guided workshop)
home-example = Example
home-keys = Type to filter · { $keys }
home-type-file-name = Type a file name, e.g. onboarding.toml
home-file-exists = { $path } already exists; choose another name
home-where-to-save = Where should the map be saved? Enter saves, Esc goes back
home-nothing-matches = { " " }Nothing matches the filter.
home-save-as = Save the map as (a path; an existing file is never overwritten):

## The board

lane-touchpoints = Touchpoints
lane-doing = Doing
lane-thinking = Thinking
lane-feeling = Feeling
lane-emotion = Emotion
lane-pain-points = Pain points
lane-opportunities = Opportunity
lane-metrics = Metrics
board-no-stages = This map has no stages yet.
board-more-left = ◀ more
board-more-right = more ▶
board-stage-summary = avg { $average } · { $touchpoints }
board-no-touchpoints = no touchpoints yet
board-hidden = +{ $count } more

## The checks view

checks-view-title = { " " }Checks · { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
} · { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} · { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
} · Enter goes to the item{ " " }
checks-view-passes = The map passes every check.
checks-view-tag = { $severity ->
    [conflict] conflict
    [warning] warning
   *[note] note
}
checks-view-conflict-hint = Enter: keep our value (o), take theirs (t) or edit a combined value (e)
checks-view-hint = hint: { $hint }

## Compare with the map this one is based on

compare-title = { " " }Compare{ " " }
compare-no-based-on = This map names no `based_on` map. A future-state map names the current-state map it improves (based_on = "current.toml"), and this view shows the two side by side.
compare-loading = Loading…
compare-cannot-open = Cannot open the map this one is based on ({ $file }): { $why }
compare-better = better
compare-worse = worse
compare-same = same
compare-stage = Stage
compare-before = Before
compare-after = After
compare-moved = { $section } { $name } moved
compare-nothing-changed = No item changed.
compare-what-changed = { " " }What changed{ " " }

## The emotion curve

curve-title = { " " }Emotion curve · { $negative } of { $rated } rated stages below zero
curve-needs-work = { " " }– this journey needs work
curve-moment-of-truth = { " " }· ★ moment of truth
curve-average = avg { $average }

## Who touches the customer

inventory-department = Department
inventory-owns-nothing = { $department } (owns nothing)
inventory-no-owner = (no owner)
inventory-title = { " " }Who touches the customer (touchpoints per department and stage){ " " }
inventory-window = { " " }stages { $first }–{ $last } of { $total }{ " " }

## Metrics

metrics-metric = Metric
metrics-kind = Kind
metrics-baseline-target = Baseline → target
metrics-latest = Latest
metrics-readings = Readings
metrics-title = { " " }Metrics{ " " }

## Opportunities (the column headings fit 5, 6, 6 and 11 columns)

opportunities-axes = impact ↑   effort →
opportunities-quick-wins = top left: quick wins
opportunities-unrated = { $count } not rated yet
opportunities-matrix-title = { " " }Impact × effort{ " " }
opportunities-votes = Votes
opportunities-impact = Impact
opportunities-effort = Effort
opportunities-status = Status
opportunities-opportunity = Opportunity
opportunities-ranked-title = { " " }Ranked: votes, then impact per effort{ " " }

## Map, goal and team

overview-map = Map
overview-goal = Goal
overview-success = Success
overview-no-review-date = { "  " }No review date: maps die when nobody owns them
overview-map-and-goal = { " " }Map and goal{ " " }
overview-no-team = No one yet: a adds a team member
overview-departments = Departments in the room: { $count }
overview-invite-departments = Journeys cross departments: invite sales, service, support, delivery, finance, HR…
overview-team = { " " }Team{ " " }

## Personas

personas-none = No personas yet: a adds one. Start with one primary persona.
personas-primary = { "  " }★ primary
personas-job = { "  " }Job:{ " " }
personas-title = { " " }Personas{ " " }

## Stages (the headings fit 24 and 12 columns)

stages-none-yet = none yet
stages-stage = Stage
stages-customer-goal = What the customer wants here
stages-touchpoints = Touchpoints
stages-title = { " " }Stages, in the customer's order{ " " }

## The form: what a field takes, under its editor

input-text = text; Alt-Enter for a new line
input-lines = one per line
input-choice = one of: { $values }
input-integer-min = a whole number, { $min } or more
input-integer = a whole number from { $min } to { $max }
input-number = a number
input-bool = yes or no
input-date = a date, YYYY-MM-DD
input-reference = Enter chooses a { $kind } by name
input-references = Enter chooses by name
input-evidence = one per line: source: note (interview, survey, analytics…)
input-readings = one per line: YYYY-MM-DD value
input-read-only = never changes

## Settling a merge conflict

conflict-ours = ours
conflict-theirs = theirs
conflict-keys-editable = o keep ours · t take theirs · e edit a combined value from ours · E from theirs · any other key: decide later
conflict-keys = o keep ours · t take theirs · any other key: decide later
conflict-combined = Combined value:
conflict-combine-keys = Enter settles the conflict with this value · Alt-Enter new line · Esc back
conflict-title = { " " }Merge conflict { $number } of { $count }{ " " }

## The dialogs about the map's file

recover-found = cjm found unsaved changes to { $file } from a session that did not end normally (a crash, a closed terminal, or quitting without saving).
recover-where = They are in { $path }
recover-file-newer = ⚠ The file was changed after that copy was written (a git pull?): restoring replaces those changes. Look at the difference first.
recover-confirm-discard = Discard the unsaved changes for good? { $discard } discard · any other key: back
recover-keys = { $restore } restore them · { $difference } show the difference · { $discard } discard them · { $quit } quit, decide later
recover-title = Unsaved changes found
disk-gone-title = The file is gone
disk-gone = { $file } was deleted or moved since cjm loaded or saved it. Nothing was written.
disk-changes-only-here = Your changes are still here, and only here: no recovery copy could be written.
disk-changes-kept = Your changes are still here and in the recovery copy.
disk-gone-keys = { $save } save it again at the same path · { $save_as } save as another file · { $back } back
disk-changed-title = The file changed on disk
disk-changed = { $file } changed on disk since cjm loaded or saved it (a git pull? another editor?). Nothing was written, so both versions are intact.
disk-conflict-markers = It now has git merge-conflict markers (<<<<<<<): a merge was left unfinished in it. Finish the merge first (the `cjm merge` driver resolves maps by item), or keep your version as another file.
disk-unreadable = The file on disk cannot be read as a map: { $why }.
disk-confirm-reload = Really drop your changes and load the file from disk? { $reload } reload · any other key: back
disk-confirm-overwrite = Really replace the file on disk with your version? { $overwrite } overwrite · any other key: back
disk-keys = { $merge } merge both (preview first) · { $difference } show the difference · { $reload } reload from disk (drops yours) · { $save_as } keep yours: save as · { $overwrite } overwrite · { $back } back
disk-keys-unreadable = { $save_as } keep yours: save as another file · { $overwrite } overwrite · { $back } back
elsewhere-title = Open in another cjm
elsewhere-open = { $file } is open in another cjm since { $since } (process { $pid }). Two people saving the same file overwrite each other's work.
elsewhere-read-only = Read-only keeps this one from saving over it (save as another file still works). Either way, each keeps its own recovery copy.
elsewhere-keys = { $read_only } open read-only · { $anyway } open anyway · { $quit } quit
save-as-title = Save as
save-as-note = A new file (never one that exists), or a folder to put it in. { $accept } saves, { $cancel } cancels.
merge-preview-title = { $conflicts ->
    [0] { " " }Merge the file on disk with your edits{ " " }
    [one] { " " }Merge the file on disk with your edits – { $conflicts } conflict{ " " }
   *[other] { " " }Merge the file on disk with your edits – { $conflicts } conflicts{ " " }
}
merge-preview-keys = { $merge } merge (keeps both; { $save } then saves) · { $scroll } scroll · { $back } back
difference-title = { " " }{ $title } – { $scroll } scroll, { $back } back{ " " }
difference-none = No differences: the maps are the same.
merge-preview-no-conflicts = Conflicts: none
merge-preview-conflicts = Conflicts ({ $count }) – your value stays in the map and theirs is recorded; { $keys } lists them to settle:
merge-preview-different-things = both sides changed different things
merge-preview-nothing = nothing
merge-preview-theirs = From the file on disk (their changes, taken in):
merge-preview-ours = From your unsaved edits (kept):
merge-preview-invalid = ⚠ The merged map would not be valid: { $why }. Keep yours as another file instead.
difference-the-file = the file
difference-the-recovery-copy = the recovery copy
difference-file-to-recovery = From the file to the recovery copy
difference-the-file-on-disk = the file on disk
difference-your-version = your version
difference-disk-to-yours = From the file on disk to your version
new-item-placeholder = Name of the new { $kind }

## Quitting with unsaved changes

status-press-help = Press { $key } for help
safety-not-saved-anywhere = NOT SAVED ANYWHERE
quit-not-saved = The map has changes that are not saved.
quit-recovery-copy = Quitting keeps them in a recovery copy ({ $path }): opening the file again offers them back.
quit-tries-recovery-copy = Quitting tries to keep them in a recovery copy; if that fails, cjm says so.
quit-loses = They could not be saved, and no recovery copy could be written ({ $why }): quitting now loses them.
quit-discard-question = Discard your unsaved changes for good?
quit-save-elsewhere = Save them to another file or folder (on another disk, a USB stick...) first.
quit-keys-discard = { $discard } again: discard them and quit · any other key: stay
quit-keys-lost = { $save_as } save as · { $save } retry · { $discard } discard and quit · any other key: stay
quit-keys = { $quit } quit without saving · { $save } save · any other key: stay
home-cannot-create = Cannot create { $path }: { $why }

## Farewells on the restored terminal

farewell-found-earlier = The unsaved changes found earlier are still
farewell-yours = Your unsaved changes are
farewell-lost = cjm: your unsaved changes to { $file } { $discarded ->
    [yes] were discarded as you asked
   *[no] could not be kept
}: neither the file nor a recovery copy could be written ({ $why })
rescue-bug = cjm stopped because of a bug (the message above).
rescue-signal = cjm was stopped by { $signal }.
rescue-signal-hup = cjm was stopped by SIGHUP (the terminal was closed).
rescue-nothing-unsaved = There were no unsaved changes.

## The command palette and the finder

palette-language = language – { $name } ({ $code })
finder-step = step { $number }
view-blueprint = Service blueprint
input-department = Enter chooses a department by name
input-actions = one per line: department: what is done
input-links = one per line: address title
input-wait = 15m, 2h, 3d, 1w or 1h30m

# The board's filter as the status bar reads it, e.g. "persona Anna · channel Web".
filter-persona = persona { $name }
filter-channel = channel { $channel }
filter-owner = owner { $owner }
# A persona picker's note on the primary persona.
picker-primary-persona = primary

# How many items the finder or the palette lists.
finder-results = { $count ->
    [one] 1 result
   *[other] { $count } results
}
