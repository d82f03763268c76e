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
model-not-a-department-id = `{ $id }` — это не id отдела
model-shared-department = общий отдел № { $number }: { $problem }
model-shared-department-hint = укажите id отдела, например `dp-logistics`, или файл и id: `../departments.toml#dp-logistics`
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
value-takes-no-integer = не принимает целое число
value-id-never-changes = никогда не меняется, поэтому ссылки и слияния переживают переименование

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

## The one-line help of each field in the app's form: field-<label>-help
field-map-title-help = о чём карта, например "Интернет-магазин – первый заказ"
field-map-language-help = язык содержимого: тег BCP 47, например `pl`, `sv`, `ru`
field-map-based-on-help = для карты целевого состояния: путь к карте текущего состояния, которую она улучшает, относительно папки этого файла
field-map-owner-help = человек, который поддерживает карту после воркшопа
field-map-parking-lot-help = идеи с воркшопа, которым место в другом месте
field-map-shared-personas-help = общие персоны карт репозитория, которые использует эта карта: id из `cjm.toml` (`pe-hannah`) или `файл#id` (`../personas.toml#pe-hannah`)
field-map-shared-departments-help = общие отделы карт репозитория, которые упоминает эта карта: id из `cjm.toml` (`dp-logistics`) или `файл#id` (`../departments.toml#dp-logistics`)
field-map-kind-help = вид карты
field-map-created-help = день, когда начали карту
field-map-review-by-help = дата следующего пересмотра
field-goal-focus-help = вид цели
field-goal-statement-help = что команда хочет узнать или изменить
field-goal-scope-help = где путь начинается и заканчивается, что остаётся за рамками
field-goal-success-criteria-help = как команда поймёт, что картирование окупилось
field-persona-id-help = id персоны (`pe-…`), создаётся из имени; никогда не меняется
field-persona-name-help = например "Анна, покупает впервые"
field-persona-primary-help = персона, для которой путь рисуют в первую очередь; не больше одной
field-persona-segment-help = сегмент, который представляет персона
field-persona-description-help = профиль персоны (можно в несколько строк)
field-persona-demographics-help = возраст, место, работа, семья: то, что важно для пути
field-persona-behaviours-help = как персона обычно действует: привычки, каналы, распорядок
field-persona-motivations-help = что движет персоной
field-persona-needs-help = что персоне нужно от компании
field-persona-frustrations-help = что сегодня раздражает персону
field-persona-jobs-to-be-done-help = какую задачу клиент пытается решить
field-persona-quote-help = что-то, что сказал такой клиент
field-persona-says-help = карта эмпатии: что персона говорит вслух, своими словами
field-persona-thinks-help = карта эмпатии: что персона думает, но может не говорить
field-persona-does-help = карта эмпатии: что персона делает, как это видят другие
field-persona-feels-help = карта эмпатии: что персона чувствует: тревоги, надежды, страхи
field-team-id-help = id участника (`tm-…`), создаётся из имени при добавлении; никогда не меняется, поэтому переименование сливается; у участников из старых файлов его нет
field-team-name-help = имя человека
field-team-department-help = отдел человека: его id в `[[departments]]` (в файле схемы 1: его название)
field-team-role-help = роль человека на воркшопе
field-department-id-help = id отдела (`dp-…`), создаётся из названия; никогда не меняется
field-department-name-help = например "Служба поддержки"
field-department-short-name-help = краткая форма для узких колонок, например "СП"
field-department-aliases-help = другие названия этого отдела (старые написания, название команды)
field-stage-id-help = id этапа (`st-…`), создаётся из названия; никогда не меняется
field-stage-name-help = фаза, например "Покупка"
field-stage-customer-goal-help = чего клиент хочет достичь на этом этапе
field-stage-description-help = что происходит на этом этапе
field-touchpoint-id-help = id точки контакта (`tp-…`), создаётся из названия; никогда не меняется
field-touchpoint-stage-help = этап, к которому она относится; точки контакта этапа сохраняют порядок карты
field-touchpoint-name-help = контакт, например "Оформление заказа"
field-touchpoint-channel-help = как встречаются клиент и компания
field-touchpoint-owner-help = отдел, который здесь контактирует с клиентом: его id (в файле схемы 1: его название)
field-touchpoint-personas-help = кого касается; пусто значит: всех персон
field-touchpoint-doing-help = что клиент здесь делает
field-touchpoint-thinking-help = что клиент здесь думает
field-touchpoint-feeling-help = что клиент здесь чувствует
field-touchpoint-emotion-help = -2 очень негативно, -1 негативно, 0 нейтрально, 1 позитивно, 2 очень позитивно; не указывайте, пока не оценено
field-touchpoint-pain-points-help = что болит
field-touchpoint-moment-of-truth-help = момент, который решает, останется ли клиент
field-touchpoint-evidence-help = на чём основаны выводы (см. `evidence` ниже)
field-touchpoint-frontstage-help = блюпринт: что сотрудники делают на глазах у клиента (см. `actions` ниже)
field-touchpoint-backstage-help = блюпринт: что сотрудники делают вне поля зрения клиента (см. `actions` ниже)
field-touchpoint-support-help = блюпринт: системы и процессы за этим (см. `actions` ниже)
field-touchpoint-fail-point-help = блюпринт: что здесь идёт не так
field-touchpoint-wait-help = блюпринт: сколько клиент здесь ждёт: `15m`, `2h`, `3d`, `1w` или сумма, например `1h30m`
field-touchpoint-web-links-help = веб-адреса о ней: запись, дашборд (см. `web_links` ниже)
field-evidence-source-help = откуда взят вывод
field-evidence-note-help = что обнаружено, например "38% уходят на шаге доставки, I кв."
field-evidence-url-help = где прочитать подробнее: заметки интервью, дашборд, запись (`https://…`)
field-action-text-help = что делается, например "Медсестра проверяет направление"
field-action-department-help = отдел, который это делает: его id
field-link-title-help = куда ведёт адрес, например "Задача CX-112"
field-link-url-help = адрес со схемой: `https://…`, `mailto:…`
field-opportunity-id-help = id возможности (`op-…`), создаётся из заголовка; никогда не меняется
field-opportunity-title-help = изменение в нескольких словах
field-opportunity-description-help = изменение в нескольких предложениях
field-opportunity-touchpoints-help = точки контакта, которые она улучшает
field-opportunity-stage-help = этап, который она улучшает, если речь не об отдельных точках контакта
field-opportunity-impact-help = 1 – мало, 5 – много
field-opportunity-effort-help = 1 – мало, 5 – много
field-opportunity-votes-help = голоса – это точки команды; 0 или больше
field-opportunity-owner-help = отдел, который её воплощает: его id (в файле схемы 1: его название)
field-opportunity-status-help = как далеко продвинулось изменение
field-opportunity-web-links-help = веб-адреса о ней: задача, которая её реализует (см. `web_links` ниже)
field-opportunity-issue-help = адрес её задачи в трекере; его записывает `cjm issues push`
field-opportunity-issue-state-help = состояние задачи в трекере (open, closed); его записывает `cjm issues pull`
field-metric-id-help = id метрики (`me-…`), создаётся из названия; никогда не меняется
field-metric-name-help = например "NPS после доставки"
field-metric-kind-help = вид измерения
field-metric-measures-help = что именно измеряется
field-metric-links-help = этапы, точки контакта или возможности, которые она измеряет
field-metric-unit-help = `%`, `баллы`, `минуты`…
field-metric-baseline-help = откуда мы начинаем
field-metric-target-help = куда мы хотим прийти
field-metric-source-help = откуда берутся числа (сервис опросов, аналитика, CRM…)
field-metric-readings-help = замеры во времени, от самого старого (см. `readings` ниже)
field-metric-web-links-help = веб-адреса о ней: дашборд, из которого она берётся (см. `web_links` ниже)
field-reading-date-help = день замера
field-reading-value-help = измеренное значение

# A required value left empty (a reading's date or value).
value-must-be-set = должно быть задано
# A required text left empty (a team member's name).
value-must-not-be-empty = не может быть пустым
