# What an undo or a redo changed.

undo-not-set = (inte angivet)
undo-field = { $field } för { $kind } ‘{ $name }’ { $from } → { $to }
undo-item = { $kind } ‘{ $name }’ ändrad
undo-added = { $kind } ‘{ $name }’ tillagd
undo-removed = { $kind } ‘{ $name }’ borttagen
undo-reordered = ordningen i listan: { $kind }
undo-items = { $count ->
    [one] { $count } objekt i listan ändrat: { $kind }
   *[other] { $count } objekt i listan ändrade: { $kind }
}
undo-several = ändringar i flera delar av kartan
