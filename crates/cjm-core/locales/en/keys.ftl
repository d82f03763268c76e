# Key bindings: action names and descriptions, help and footer.

## What each action does (help, the command palette): action-<config name>

action-help = Show or hide this help
action-quit = Quit (asks when there are unsaved changes)
action-save = Save the map
action-save-as = Save the map as another file (and go on editing that one)
action-left = Select the stage to the left
action-right = Select the stage to the right
action-up = Select the item above
action-down = Select the item below
action-add = Add an item here (touchpoint, persona, opportunity…)
action-add-stage = Add a stage after the selected one
action-edit = Open the selected item / edit the field
action-delete = Delete the selected item (asks) / clear a field
action-undo = Undo the last change
action-redo = Redo what was undone
action-move-to-previous-stage = Move the card (or stage) to the left
action-move-to-next-stage = Move the card (or stage) to the right
action-move-up = Move the card or row up
action-move-down = Move the card or row down
action-cancel = Cancel / close
action-emotion-very-negative = Rate the emotion -2 (very negative)
action-emotion-negative = Rate the emotion -1 (negative)
action-emotion-neutral = Rate the emotion 0 (neutral)
action-emotion-positive = Rate the emotion +1 (positive)
action-emotion-very-positive = Rate the emotion +2 (very positive)
action-view-board = Board: stages and lanes
action-view-curve = Emotion curve, large
action-view-opportunities = Opportunities: impact × effort
action-view-personas = Personas
action-view-metrics = Metrics
action-view-inventory = Who touches the customer (department × stage)
action-view-overview = Map, goal and team
action-view-checks = Workshop checks and merge conflicts
action-view-compare = Compare with the map this one is based on
action-item-history = The selected item's history from git / back to its fields
action-find = Find any item by name or text
action-palette = Command palette: every action by name
action-filter-persona = Filter: next persona's journey
action-filter-channel = Filter: next channel
action-filter-owner = Filter: next owner department
action-clear-filters = Show everything (clear filters)
action-next-step = Workshop: next step (saves the map)
action-previous-step = Workshop: previous step (saves the map)
action-jump-to-step = Workshop: jump to a step
action-timer = Workshop: start or pause the timebox
action-next-voter = Voting: next participant
action-previous-voter = Voting: previous participant
action-add-dot = Voting: give the selected idea a dot
action-remove-dot = Voting: take a dot back
action-scroll-step-down = Workshop: page down the step's questions or the review's findings
action-scroll-step-up = Workshop: page up the step's questions or the review's findings
action-park-idea = Workshop: park an idea in the parking lot, from any step
action-new-line = In a text field: start a new line
action-page-up = Scroll up a page
action-page-down = Scroll down a page

## The help's sections: group-<group>

group-general = General
group-move-around = Move around
group-edit-the-map = Edit the map
group-rate-emotions = Rate emotions
group-views = Views
group-filters = Filters
group-workshop = Workshop
group-edit-a-field = Edit a field
group-scroll = Scroll

## The keymaps' modes

mode-board = Board and views
mode-form = Form – navigate
mode-form-edit = Form – edit a field
mode-help = Help
mode-board-about = Letters run commands.
mode-form-about = Typing a letter starts editing the selected text field with it; on a choice it does nothing but say how to change it. Commands use keys that cannot be typed by accident.
mode-form-edit-about = Everything typed goes into the field.
mode-form-cancel = Close the form
mode-form-edit-field = Edit the selected field
mode-form-up = Select the field above
mode-form-down = Select the field below
mode-form-left = Change a choice or scale down
mode-form-right = Change a choice or scale up
mode-form-delete = Clear the selected field
mode-form-edit-accept = Accept the text
mode-form-edit-cancel = Stop editing (asks first when the text changed)
mode-help-up = Scroll up
mode-help-down = Scroll down
mode-help-close = Close help

## The footer's short hints

hint-field = field
hint-change = change
hint-clear = clear
hint-edit = edit
hint-accept = accept
hint-cancel = cancel
hint-scroll = scroll
hint-page = page
hint-close = close
hint-new-line = new line
hint-park = park
hint-help = help
hint-add = add
hint-delete = delete
hint-find = find
hint-undo = undo
hint-save = save
hint-history = history
hint-fields = fields
hint-back = back
hint-quit = quit

## The help screen

help-or = { " " }or{ " " }
help-title = { " " }Help – { $close } closes{ " " }
help-title-mode = { " " }Help: { $mode } – { $close } closes{ " " }
help-lines-more = lines { $first }–{ $last } of { $total } · { $keys } more
help-lines-end = lines { $first }–{ $last } of { $total } · end · { $keys } back

## The config file's keys

key-not-a-key = `{ $text }` is not a key; write e.g. "q", "H", "ctrl-s", "alt-enter", "esc", "left", "f2"

# Dialog modes: finder and palette, home, picker, name prompt, merge conflict.
mode-finder = Find and command palette
mode-home = Home screen
mode-picker = Picker
mode-prompt = Typing a name
mode-conflict = Merge conflict
mode-combine = Merge conflict – combined value
mode-list-about = Typing narrows the list (accents and case ignored); Backspace takes back a letter.
mode-text-about = Everything typed goes into the text.
mode-conflict-about = Any other key leaves the conflict open to decide later.
mode-list-up = Select the entry above
mode-list-down = Select the entry below
mode-home-open = Open the map, or create it from the template or example
mode-home-quit = Quit
mode-list-page-up = Move up ten entries
mode-list-page-down = Move down ten entries
mode-finder-go = Go to the selected item / run the command
mode-close-unchanged = Close without a change
mode-picker-choose = Choose; in a list field accept the marked ones; on "new department…" name one
mode-prompt-accept = Accept the name
mode-conflict-later = Decide later (the conflict stays open)
mode-combine-settle = Settle the conflict with this value
mode-combine-back = Back to the question
mode-dialog-help = Show the keys of this dialog
hint-opens = opens
hint-quits = quits
hint-settle = settles the conflict with this value
hint-keep-ours = keep ours
hint-take-theirs = take theirs
hint-combine-ours = edit a combined value from ours
hint-combine-theirs = from theirs
group-lists = Lists
group-merge-conflicts = Merge conflicts
action-first = Go to the first entry
action-last = Go to the last entry
action-mark = Mark or unmark the entry (a list field takes every marked one)
action-clear-query = Clear what was typed
action-take-ours = Keep our side of the conflict
action-take-theirs = Take their side of the conflict
action-combine-ours = Edit a combined value, starting from ours
action-combine-theirs = Edit a combined value, starting from theirs
conflict-any-other-key = { $keys } · any other key: decide later
action-view-blueprint = Service blueprint of the stage, lane by lane
action-toggle-blueprint = Show or hide the blueprint lanes on the board
action-open-link = Open the selected item's link (choose if several)
action-migrate = Migrate a schema-1 map to schema 2 (asks first)
