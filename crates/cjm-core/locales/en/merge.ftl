# cjm merge and the git merge driver.

## Conflicts in plain words. $deleted_by and $kept_by: ours or theirs.

merge-note-same-id = both sides added a { $kind } with the id `{ $id }` but with different content; both are kept, theirs as `{ $fresh }`
merge-not-set = (not set)
merge-gone-item = `{ $id }` (no longer in the map)
merge-describe-both-changed = { $what }: `{ $field }` was changed on both sides: ours { $ours } (in the map now), theirs { $theirs }
merge-describe-deleted-edited = { $what } was deleted by { $deleted_by } but changed by { $kept_by } ({ $fields }); the map keeps the changed item
merge-describe-deleted-referenced = { $what } was deleted by { $deleted_by }, but { $kept_by } still refers to it from { $items }; the map keeps it
merge-touchpoints-of = the touchpoints of { $what }
merge-order-of = the order of `{ $field }`
merge-describe-order = { $what }: both sides reordered them differently: ours { $ours } (in the map now), theirs { $theirs }
merge-describe-same-id = { $what }: both sides added a different item with the id `{ $id }`; both are kept, theirs as `{ $fresh }` (take ours to delete theirs, theirs to keep both)

## Settling a conflict

merge-no-such-conflict = there is no conflict #{ $number }
merge-inapplicable = the conflict cannot be applied: { $problem }
merge-invalid-choice = this choice would make the map invalid: { $problem }
merge-gone = the item is no longer in the map
merge-name-not-text = a team member's name is a text
merge-name-taken = another team member is called "{ $name }"
merge-not-the-items = the listed items are not the ones in the map
merge-not-a-list = `{ $key }` is not a list of items
merge-not-deletable = the map and its goal cannot be deleted
merge-not-both-changed = only a field both sides changed takes a value of its own; keep or delete the item
