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
