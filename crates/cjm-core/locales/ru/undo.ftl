# What an undo or a redo changed.

undo-not-set = (не задано)
undo-field = { $field } – { $kind } ‘{ $name }’: { $from } → { $to }
undo-item = { $kind } ‘{ $name }’: изменения
undo-added = { $kind } ‘{ $name }’: добавлено
undo-removed = { $kind } ‘{ $name }’: удалено
undo-reordered = порядок в списке: { $kind }
undo-items = { $count ->
    [one] изменён { $count } элемент списка: { $kind }
    [few] изменено { $count } элемента списка: { $kind }
    [many] изменено { $count } элементов списка: { $kind }
   *[other] изменено { $count } элемента списка: { $kind }
}
undo-several = изменения в нескольких частях карты
