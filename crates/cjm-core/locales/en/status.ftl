# The status line: what just happened.

status-undid = Undone: { $change }
status-redid = Redone: { $change }
status-nothing-to-undo = Nothing to undo
status-nothing-to-redo = Nothing to redo
status-undo-stops-at = Nothing to undo: undo stops at the { $what ->
    [reload] reload from disk
   *[merge] merge with the file on disk
}, so the pulled changes stay
status-undo-not-shown = Not undone: the last change is to a { $kind }, which this screen does not show; show it, then undo again
status-undo-not-shown-several = Not undone: the last change is to several parts of the map, which this screen does not show all of
status-emotion = Emotion { $score }
status-select-touchpoint-to-rate = Select a touchpoint to rate its emotion
status-rate-where-cards-show = Rate emotions on the board (1) or the emotion curve (2)
status-nothing-selected = Nothing selected here; a adds an item
status-nothing-deleted = Nothing deleted
status-cancelled = Cancelled
status-quit-cancelled = Quit cancelled
status-filters-cleared-to-show = Filters cleared to show the item
status-no-based-on = This map names no `based_on` map to compare with
status-park-idea = Parking lot: type the idea, Enter parks it, Esc cancels
status-guide-only = That belongs to the guided session: run `cjm guide FILE`
status-no-findings = No findings: the map passes every check
status-kept-ours = Kept our value; the conflict is settled
status-took-theirs = Took their value; the conflict is settled
status-not-settled = Not settled: { $why }
status-step = Step { $number } of { $count } – { $name }
status-steps-guide-only = Steps belong to the guided session: run `cjm guide FILE`
status-step-not-saved = { $step } – not saved yet: the map has a problem to fix
status-last-step = This is the last step: the map is complete. q quits, 1 opens the board
status-timer-running = Timer running
status-timer-paused = Timer paused
status-team-first = Add the team first: every participant gets dots to give
status-select-opportunity = Select an opportunity to vote on
status-no-dots-left = { $voter } has no dots left ({ $spent } of { $budget } given)
status-no-dot-given = { $voter } gave no dot to this idea
status-voted = { $voter }: { $left ->
    [one] { $left } dot
   *[other] { $left } dots
} left · this idea has { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
} ({ $total } from this session)
status-unresolved = ⚡ This { $kind } has { $count ->
    [one] { $count } unresolved merge conflict: { $keys } lists it to settle
   *[other] { $count } unresolved merge conflicts: { $keys } lists them to settle
}
status-conflict-stays-open = The conflict stays open
status-whole-item-conflict = This conflict is about a whole item: keep it (o) or take theirs (t)
status-edit-combined = Edit the combined value; Enter settles the conflict with it
status-not-accepted = Not accepted: { $why }
status-settled-combined = Settled the conflict with the combined value
status-recovery-found = Unsaved changes from an earlier session were found
status-also-open-elsewhere = Note: this file is also open in another cjm since { $since }; your recovery copy is your own
status-file-deleted = Not saved: the file was deleted or moved
status-file-changed = Not saved: the file changed on disk
status-reloaded = Reloaded the file from disk; undo starts again from here
status-not-reloaded = Not reloaded: { $why }. Your version is still here.
status-not-merged = Not merged: { $why }. Your version is still here.
status-no-merge-base = Cannot merge: the version you last loaded or saved was undone and replaced by new edits, so cjm cannot tell which changes are whose. Keep yours as another file (k), then run `cjm merge`.
status-merge-invalid = Not merged: the result would not be valid ({ $why }). Your version is still here; { $keys } keeps it as another file.
status-merged = { $conflicts ->
    [0] Merged the file on disk with your edits; { $save } saves the result
    [one] Merged with { $conflicts } conflict, marked ⚡ on the board; { $save } saves the result
   *[other] Merged with { $conflicts } conflicts, marked ⚡ on the board; { $save } saves the result
}
status-saved = Saved { $path }
status-saved-as = Saved as { $path }; cjm now edits that file
status-not-saved-lost = Not saved: { $why }. { $keys } saves elsewhere; they are only here: no recovery copy could be written either.
status-not-saved-kept = Not saved: { $why }. { $keys } saves elsewhere; your changes are kept here and in a recovery copy.
status-merging = Merging…
status-read-only = Read-only: another cjm has this file open; { $keys } saves your changes as another file
status-opened-anyway = Opened anyway: a save first checks that the other cjm did not change the file
status-recovery-discarded = Recovery copy discarded
status-restored = Restored the unsaved changes; { $keys } writes them to the file
status-choose-recovery = Choose: r restore, d difference, x discard, or q to quit and decide later
status-reloading = Reloading…
status-overwriting = Overwriting the file with your version…
status-nothing-saved-lost = Nothing saved. Your changes are only here (no recovery copy could be written); { $keys } saves them elsewhere.
status-nothing-saved-kept = Nothing saved. Your changes are still here and in the recovery copy; { $keys } saves them elsewhere.
status-save-as-cancelled = Save as: cancelled, nothing saved
status-type-path = Type the path of the new file, or Esc
status-saving-as = Saving as { $path }…
status-invalid = Not saved: { $why }
status-ids-never-change = Ids never change, so references and git merges survive renames
status-editor-help = { $accept } accepts · { $new_line } new line · { $cancel } cancels
status-field-cannot-change = { $label } cannot change; { $next } selects another field
status-typed-on-choice = { $label } is a choice: { $previous } / { $next } change it, { $edit } types a value – typing here does nothing
status-unsaved-text = Unsaved text: { $keep } keeps it, { $drop } again drops it
status-typed-text-dropped = Typed text dropped; the field keeps its value
status-new-line-in-editor = A new line goes into a text field while it is edited
status-editing = Editing { $label }: { $accept } accepts · { $cancel } cancels
status-enter-edits = Enter edits this field
status-id-cannot-be-cleared = The id cannot be cleared
status-needs-value = This field needs a value
status-field-changed = { $label } changed
status-nothing-to-add = Nothing to add here
status-stage-first = Add a stage first (A)
status-name-new = Name the new { $kind }: Enter creates it, Esc cancels
status-nothing-added = Nothing added
status-type-name = Type a name for the { $kind }
status-added = Added the { $kind }; fill in its fields or press Esc
status-nothing-to-delete = Nothing selected to delete
status-cannot-delete-map = The map's own fields and the goal cannot be deleted; clear single fields in the form (d)
status-deleted = Deleted “{ $name }” (u undoes)
status-no-further-stage = No stage further that way
status-stage-moved = Stage moved
status-moved-to = Moved to { $stage }
status-ranked-by-votes = Opportunities are ranked by votes, then impact per effort
status-kept-in-fallback = The data folder cannot be written; your unsaved changes are kept in { $path } instead. Save soon.
status-not-quitting = Not quitting: your changes are not saved anywhere ({ $why }); x in the quit dialog discards them
status-saving-then-quit = Saving; press q to quit
status-showing-only = Showing only: { $what }
status-showing-everything = Showing everything
status-read-only-not-saved = Not saved: opened read-only, another cjm has this file open; { $keys } saves as another file
status-note = Note: { $what }
status-not-remembered = Could not remember the session: { $why }
status-not-removed = Could not remove the recovery copy { $path }: { $why }
status-with-note = { $said }. Note: { $note }
status-recovery-unreadable = A recovery copy of this map cannot be read ({ $reason }); it is left at { $path }
status-language = Language: { $name } – the map itself is not changed
