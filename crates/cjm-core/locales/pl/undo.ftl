# What an undo or a redo changed.

undo-not-set = (nie ustawiono)
undo-field = { $field } – { $kind } ‘{ $name }’: { $from } → { $to }
undo-item = { $kind } ‘{ $name }’: zmiany
undo-added = { $kind } ‘{ $name }’: dodano
undo-removed = { $kind } ‘{ $name }’: usunięto
undo-reordered = kolejność na liście: { $kind }
undo-items = { $count ->
    [one] zmieniono { $count } element listy: { $kind }
    [few] zmieniono { $count } elementy listy: { $kind }
    [many] zmieniono { $count } elementów listy: { $kind }
   *[other] zmieniono { $count } elementu listy: { $kind }
}
undo-several = zmiany w kilku częściach mapy
