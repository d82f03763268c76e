# cjm merge and the git merge driver.

## Conflicts in plain words. $deleted_by and $kept_by: ours or theirs.

merge-note-same-id = обе стороны добавили элемент ({ $kind }) с id `{ $id }`, но с разным содержимым; сохранены оба, их вариант — как `{ $fresh }`
merge-not-set = (не задано)
merge-gone-item = `{ $id }` (его больше нет в карте)
merge-describe-both-changed = { $what }: `{ $field }` изменено с обеих сторон: у нас { $ours } (сейчас в карте), у них { $theirs }
merge-describe-deleted-edited = { $what }: удалено { $deleted_by ->
    [ours] у нас
   *[theirs] у них
}, но изменено { $kept_by ->
    [ours] у нас
   *[theirs] у них
} ({ $fields }); карта сохраняет изменённый элемент
merge-describe-deleted-referenced = { $what }: удалено { $deleted_by ->
    [ours] у нас
   *[theirs] у них
}, но { $kept_by ->
    [ours] у нас
   *[theirs] у них
} на него всё ещё ссылаются: { $items }; карта его сохраняет
merge-touchpoints-of = точки контакта: { $what }
merge-order-of = порядок `{ $field }`
merge-describe-order = { $what }: обе стороны упорядочили по-разному: у нас { $ours } (сейчас в карте), у них { $theirs }
merge-describe-same-id = { $what }: обе стороны добавили разные элементы с id `{ $id }`; сохранены оба, их вариант — как `{ $fresh }` (выберите наш, чтобы удалить их элемент, или их, чтобы оставить оба)

## Settling a conflict

merge-no-such-conflict = конфликта № { $number } нет
merge-inapplicable = конфликт нельзя применить: { $problem }
merge-invalid-choice = при таком выборе карта стала бы неправильной: { $problem }
merge-gone = этого элемента больше нет в карте
merge-name-not-text = имя участника команды должно быть текстом
merge-name-taken = другого участника команды уже зовут "{ $name }"
merge-not-the-items = перечислены не те элементы, что есть в карте
merge-not-a-list = `{ $key }` — не список элементов
merge-not-deletable = карту и её цель удалить нельзя
merge-not-both-changed = своё значение можно задать только для поля, изменённого с обеих сторон; оставьте или удалите элемент
