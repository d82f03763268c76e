# What an undo or a redo changed.

undo-not-set = (not set)
undo-field = { $field } of { $kind } ‘{ $name }’ { $from } → { $to }
undo-item = { $kind } ‘{ $name }’ changed
undo-added = { $kind } ‘{ $name }’ added
undo-removed = { $kind } ‘{ $name }’ removed
undo-reordered = order of the { $kind } list
undo-items = { $count ->
    [one] { $count } item of the { $kind } list changed
   *[other] { $count } items of the { $kind } list changed
}
undo-several = changes to several parts of the map
