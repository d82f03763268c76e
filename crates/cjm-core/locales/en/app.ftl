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
home-new-map = New map
home-new-map-guided = { $kind } (guided workshop)
home-example = Example
home-keys = Type to filter · ↑↓ choose · Enter opens · Esc quits
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
