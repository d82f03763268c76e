# Репозиторий путей: папки карт, общие персоны (cjm.toml),
# cjm query, cjm readings import и страница портфеля cjm report.

did-you-mean = может быть, имелось в виду `{ $near }`?
repo-no-maps = в этой папке нет карт
repo-no-maps-hint = карты — это файлы .toml; cjm.toml, скрытые папки и target/ пропускаются

## Общие персоны

portfolio-not-shared = `{ $id }` — не общая персона
portfolio-shared-list = общие персоны: { $ids }
portfolio-no-config-hint = от папки карты до корня репозитория не найден { $config }: добавьте его с `personas = ["personas.toml"]` или запишите ссылку как `файл#{ $id }`
portfolio-config-empty-hint = { $config } не называет ни одного файла общих персон, или эти файлы пусты
portfolio-file-unreadable = общую персону `{ $id }` не удаётся прочитать: { $error }
portfolio-file-unreadable-hint = путь перед `#` указывается относительно папки карты
portfolio-file-no-persona = в { $file } нет общей персоны `{ $id }`
portfolio-file-no-persona-hint = укажите после `#` id одной из персон этого файла
portfolio-differs = эта персона определяет общую персону из { $file } иначе
portfolio-differs-hint = { $differences }; удалите её здесь и добавьте `{ $id }` в `shared_personas` или измените общую персону в { $file }
portfolio-difference = { $field }: здесь { $here }, в общей { $shared }
portfolio-not-set = не задано
portfolio-config-hint = cjm.toml принимает `personas = ["personas.toml"]` и `departments = ["departments.toml"]`: файлы общих персон и отделов, пути относительно него
portfolio-only-personas = файл общих персон содержит только таблицы [[personas]]
portfolio-only-personas-hint = перенесите остальные таблицы в карту

## cjm query

query-empty = запрос пуст
query-empty-hint = напишите условие, например `emotion <= -1 and not evidence`
query-stray-close = эта `)` не закрывает ни одной `(`
query-stray-close-hint = удалите её или откройте группу раньше знаком `(`
query-expected-join = ожидалось `and`, `or` или конец, а найдено { $found }
query-expected-join-hint = соединяйте условия словами `and` или `or`
query-bang = `!` сам по себе не оператор
query-bang-hint = напишите `!=` для «не равно» или `not` перед условием
query-bad-escape = неизвестная escape-последовательность в тексте в кавычках
query-bad-escape-hint = допустимы только `\"` и `\\`
query-unclosed-quote = эта кавычка не закрыта
query-unclosed-quote-hint = закончите текст знаком `"`
query-the-end = конец
query-expected-condition = ожидалось имя поля или `(`, а найдено { $found }
query-fields = поля: { $fields }
query-unclosed-group = эта `(` не закрыта
query-unclosed-group-hint = добавьте `)` после группы
query-unknown-field = неизвестное поле `{ $field }`
query-expected-value = после `{ $op }` ожидалось значение, а найдено { $found }
query-expected-value-hint = напишите слово, число или "текст в кавычках"
query-no-match = ни одна точка контакта не подходит под `{ $query }`
query-json-failed = не удаётся записать точки контакта в JSON: { $error }

## cjm readings import

readings-unreadable-row = строку не удаётся прочитать: { $error }
readings-date-twice = { $date } уже есть в строке { $line } с другим значением ({ $value }); оставьте одну из двух строк
readings-missing-date = нет даты (столбец { $column })
readings-missing-value = нет значения (столбец { $column })
readings-not-a-date = `{ $text }` — не дата; пишите 2027-03-31 или 31.03.2027
readings-not-a-number = `{ $text }` — не число
readings-decimal-comma = в `{ $text }` десятичная запятая, а столбцы разделены запятыми; разделите столбцы знаком `;` или возьмите число в кавычки
readings-no-metric = в карте нет метрики `{ $id }`
readings-no-metrics-hint = в карте ещё нет метрик; сначала добавьте метрику
readings-metrics-list = метрики карты: { $ids }
readings-not-utf8 = файл не является текстом в UTF-8
readings-not-utf8-hint = сохраните его из таблицы как «CSV UTF-8»
readings-cannot-read = файл не удаётся прочитать: { $error }
readings-cannot-read-hint = проверьте путь
readings-empty = в файле нет измерений
readings-empty-hint = в каждой строке укажите дату и значение, например 2027-03-31;4,5
readings-clash-kept = в карте { $kept } на { $date }, в файле { $offered } (оставлено значение карты; --replace берёт значение из файла)
readings-clash-replaced = в карте было { $kept } на { $date }, в файле { $offered } (заменено значением из файла)
readings-added = добавлено { $count ->
    [one] { $count } измерение
    [few] { $count } измерения
    [many] { $count } измерений
   *[other] { $count } измерения
} в `{ $metric }`
readings-would-add = было бы добавлено { $count ->
    [one] { $count } измерение
    [few] { $count } измерения
    [many] { $count } измерений
   *[other] { $count } измерения
} в `{ $metric }`
readings-duplicates = { $count ->
    [one] { $count } уже было в карте
    [few] { $count } уже были в карте
    [many] { $count } уже были в карте
   *[other] { $count } уже были в карте
}
readings-bad-rows = { $count ->
    [one] { $count } строка не прочитана
    [few] { $count } строки не прочитаны
    [many] { $count } строк не прочитано
   *[other] { $count } строки не прочитаны
}
readings-fix-hint = исправьте строки выше и импортируйте снова: уже добавленные измерения будут пропущены

## cjm report: страница портфеля

portfolio-page-title = Портфель карт пути клиента
portfolio-page-summary = { $maps ->
    [one] { $maps } карта
    [few] { $maps } карты
    [many] { $maps } карт
   *[other] { $maps } карты
}, { $overdue ->
    [0] просроченных ревизий нет.
    [one] { $overdue } просроченная ревизия.
    [few] { $overdue } просроченные ревизии.
    [many] { $overdue } просроченных ревизий.
   *[other] { $overdue } просроченной ревизии.
}
portfolio-page-map = Карта
portfolio-page-file = Файл
portfolio-page-kind = Вид
portfolio-page-owner = Владелец
portfolio-page-review-by = Ревизия до
portfolio-page-touchpoints = Точки контакта
portfolio-page-opportunities = Возможности
portfolio-page-overdue = { $date } (просрочено)
portfolio-page-stage = Этап
portfolio-page-average = Средняя эмоция
portfolio-page-not-rated = без оценки
portfolio-page-top = Главная возможность
portfolio-page-votes = Голоса
portfolio-page-status = Статус
portfolio-page-tracker = Задача в трекере
portfolio-page-no-stages = Этапов пока нет.
portfolio-page-no-opportunities = Возможностей пока нет.
portfolio-page-departments = Отделы × карты
portfolio-page-department = Отдел
portfolio-page-team = команда

## The app

portfolio-app-shared = общая · { $file }
portfolio-app-shared-ref = { $id } (общая)

## Shared departments
field-map-shared-departments = Общие отделы
portfolio-department-not-shared = `{ $id }` — не общий отдел
portfolio-department-shared-list = общие отделы: { $ids }
portfolio-department-no-config-hint = { $config } не найден ни в папке карты, ни выше до корня репозитория: добавьте его с `departments = ["departments.toml"]` или запишите элемент как `файл#{ $id }`
portfolio-department-config-empty-hint = { $config } не называет ни одного файла общих отделов, или они пусты
portfolio-department-unreadable = не удаётся прочитать общий отдел `{ $id }`: { $error }
portfolio-file-no-department = в { $file } нет общего отдела `{ $id }`
portfolio-file-no-department-hint = укажите после `#` идентификатор одного из отделов этого файла
portfolio-department-differs = этот отдел переопределяет общий отдел из { $file } по-другому
portfolio-department-differs-hint = { $differences }; удалите его здесь и добавьте `{ $id }` в `shared_departments` или измените общий отдел в { $file }
portfolio-only-departments = файл общих отделов содержит только таблицы [[departments]]
