# The model: ids, references and the rules a valid map keeps.

## Ids

model-id-empty = id не может быть пустым
model-id-characters = в id можно использовать только строчные буквы a-z, цифры и `-`
model-id-dash = id не может начинаться или заканчиваться на `-`
model-bad-id = { $problem }: `{ $id }`
model-id-example-hint = используйте id вроде `{ $example }`
model-id-suggestion-hint = используйте вместо него `{ $suggestion }`
model-duplicate-id = повторяющийся id `{ $id }`: он уже занят ({ $kind })
model-duplicate-id-hint = id в карте должны быть уникальными; переименуйте этот (и то, что на него ссылается)

## References

model-kinds-or = { $rest } или { $last }
model-ref-wrong-kind = `{ $id }` — это { $kind }, а здесь нужен элемент вида: { $nouns }
model-ref-wrong-kind-hint = укажите здесь id элемента вида: { $nouns }
model-ref-unknown = нет элемента вида «{ $nouns }» с id `{ $id }`
model-ref-none-yet-hint = в карте ещё нет ни одного элемента вида «{ $nouns }»; сначала добавьте его
model-known-ids = известные id: { $ids }
model-known-ids-some = известные id: { $ids }, … (всего { $count })

## What refers to an item (shown before it is deleted)

model-ref-stage-of = точка контакта «{ $name }» (её этап)
model-ref-touchpoint = точка контакта «{ $name }»
model-ref-opportunity = возможность «{ $name }»
model-ref-metric = метрика «{ $name }»

## Rules of the map

model-no-title = у карты нет названия
model-no-title-hint = напишите, о чём карта, например title = "Интернет-магазин – первый заказ"
model-primary-twice = персона `{ $id }` отмечена как основная, но основная уже `{ $first }`
model-primary-twice-hint = оставьте `primary = true` только у одной персоны
model-not-a-persona-id = `{ $id }` — это не id персоны
model-shared-persona = общая персона № { $number }: { $problem }
model-shared-persona-hint = укажите id персоны, например `pe-hannah`, или файл и id: `../personas.toml#pe-hannah`
model-empty-name = { $noun }: поле `{ $field }` пустое
model-empty-name-hint = заполните поле `{ $field }` ({ $noun })
model-unknown-department = неизвестный отдел `{ $id }`
model-department-by-name-hint = напишите id отдела: `{ $id }`
model-department-near-hint = может быть, имелось в виду `{ $near }`? или добавьте запись [[departments]] с id = "{ $id }"
model-department-known-hint = используйте id одного из отделов ({ $known }) или добавьте для него запись [[departments]]
model-bad-url = неверный веб-адрес "{ $url }": { $problem }
model-bad-url-hint = напишите адрес полностью, как его показывает браузер, например "https://example.com/page"
model-link-no-url = у ссылки нет `url`
model-link-no-url-hint = добавьте к ссылке url = "https://…" или удалите её

## Values of fields (an edit, a merge): each follows the field's key, "`impact` принимает …"

value-not-a-field = не является полем этого элемента
value-takes-text = принимает текст
value-takes-boolean = принимает true или false
value-takes-texts = принимает список строк
value-takes-one-of = принимает одно из значений: { $allowed }
value-must-be-one-of = должно иметь одно из значений: { $allowed }
value-takes-integer-at-least = принимает целое число не меньше { $min }
value-takes-integer-range = принимает целое число от { $min } до { $max }
value-takes-number = принимает конечное число
value-takes-date = принимает дату (ГГГГ-ММ-ДД)
value-takes-tables = принимает список таблиц с ключами { $keys }
value-needs-source = требует `source` в каждом элементе: { $problem }
value-takes-text-key = принимает текст в `{ $key }`
value-needs-key = требует `{ $key }` в каждом элементе
value-takes-readings = принимает таблицы вида {"{"} date = 2026-03-31, value = 42 {"}"}

## A merge conflict recorded in the map ([[conflicts]]) that does not fit it

model-conflict-the-map = карта
model-conflict-the-goal = цель
model-conflict-no-member = в команде нет участника с именем "{ $name }"
model-conflict-no-item = ни у одного элемента нет id `{ $id }`
model-conflict-unknown-item = этот конфликт относится к элементу, которого нет в карте: { $what }
model-conflict-unknown-item-hint = если конфликт решён, удалите эту таблицу [[conflicts]]; иначе исправьте `item`
model-conflict-needs-field = конфликту both-changed нужно `field` — поле, изменённое с обеих сторон
model-conflict-needs-field-hint = добавьте field = "..." с названием поля
model-conflict-not-a-field = { $what }: нет поля `{ $field }`
model-conflict-known-fields = известные поля: { $fields }
model-conflict-value-does-not-fit = это значение не подходит: { $problem }
model-conflict-order-item-hint = конфликт порядка относится к item = "map" (разделу) или к id этапа (его точкам контакта)
model-conflict-order-field-hint = напишите field = одно из: { $fields }
model-conflict-order-bad-field = конфликт порядка ({ $what }) не может относиться к `{ $field }`
model-conflict-order-ids = конфликт порядка перечисляет id элементов в порядке этой стороны
model-conflict-order-ids-hint = запишите список id, например ["st-a", "st-b"]
model-conflict-whole-item = конфликт { $kind } относится ко всему элементу, и `field` у него нет
model-conflict-whole-item-hint = удалите строку `field`
model-conflict-same-id-ids = конфликт same-id называет id с каждой стороны
model-conflict-same-id-ids-hint = запишите id как текст, например "tp-example"
model-conflict-one-side = у конфликта { $kind } значение ровно с одной стороны: той, что сохранила элемент
model-conflict-one-side-hint = уберите `ours` или `theirs` — ту сторону, которая удалила элемент
model-conflict-must-list = это значение должно перечислять { $what ->
    [fields] поля, которые изменила эта сторона
   *[referrers] id элементов, которые на него ссылаются
}
model-conflict-must-list-hint = запишите список строк, например { $example }
