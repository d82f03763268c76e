# The terminal app: board, views, dialogs, palette.

## Kinds of item: $kind is the English noun with "-" for spaces

item-kind = { $kind ->
    [map] карта
    [goal] цель
    [persona] персона
    [team-member] участник команды
    [stage] этап
    [touchpoint] точка контакта
    [opportunity] возможность
    [metric] метрика
    [conflict] конфликт
    [pain-point] болевая точка
   *[other] элемент
}
item-kind-title = { $kind ->
    [map] Карта
    [goal] Цель
    [persona] Персона
    [team-member] Участник команды
    [stage] Этап
    [touchpoint] Точка контакта
    [opportunity] Возможность
    [metric] Метрика
    [conflict] Конфликт
    [pain-point] Болевая точка
   *[other] Элемент
}

## Views, by their names in the status bar

view-board = Доска
view-curve = Кривая эмоций
view-opportunities = Возможности
view-personas = Персоны
view-metrics = Метрики
view-inventory = Кто контактирует с клиентом
view-overview = Карта, цель и команда
view-stages = Этапы
view-checks = Проверки
view-compare = Сравнение

## The status bar and the footer

footer-filter = { " " }│ фильтр: { $what }
footer-conflicts = { " " }│ ⚡ { $count ->
    [one] { $count } конфликт
    [few] { $count } конфликта
    [many] { $count } конфликтов
   *[other] { $count } конфликта
} – { $keys } для решения
badge-pick = { " " }ВЫБОР{ " " }
badge-navigate = { " " }ОБЗОР{ " " }
badge-edit = { " " }ПРАВКА{ " " }
hint-create = создать
hint-choose = выбрать
hint-go = перейти
hint-move = ход
hint-mark = отметить
hint-back-to-list = назад к списку

## The picker

picker-title-kind = { " " }{ $field }: { $kind }{ " " }
picker-title-item = { " " }{ $field }: «{ $name }»{ " " }
picker-new-department-name = Название нового отдела:
picker-new-department-keys = Enter добавляет · Esc – назад к списку
picker-none-chosen = Ничего не выбрано · Пробел отмечает, Enter принимает
picker-chosen = Выбрано { $count }: { $names }
picker-matches = { $count ->
    [one] { $count } совпадение
    [few] { $count } совпадения
    [many] { $count } совпадений
   *[other] { $count } совпадения
} · Enter выбирает
picker-new-department = + новый отдел…
picker-nothing-to-choose = { "  " }Пока выбирать не из чего: в карте этого нет; Esc – назад
picker-nothing-matches = { "  " }Ничего не найдено; Backspace расширяет поиск
picker-status-multi = Вводите, чтобы сузить · Пробел отмечает · Enter принимает · Esc отменяет
picker-status-one = Вводите, чтобы сузить · Enter выбирает · Esc отменяет
picker-nothing-changed = Ничего не изменилось

## Counts the app shows besides the shared ones (common.ftl)

app-count-metrics = { $count ->
    [one] { $count } метрика
    [few] { $count } метрики
    [many] { $count } метрик
   *[other] { $count } метрики
}
app-count-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}

## Dialogs over the board

find-title = { " " }Поиск – вводите текст, Enter переходит, Esc закрывает{ " " }
palette-title = { " " }Команды – вводите текст, Enter выполняет, Esc закрывает{ " " }
quit-title = Несохранённые изменения
delete-title = Удаление
delete-question = Удалить «{ $name }» ({ $kind })?
delete-blocked = «{ $name }» ({ $kind }) пока нельзя удалить:
delete-move-touchpoints = Сначала перенесите или удалите его точки контакта.
delete-no-references = Больше ничто на него не ссылается.
delete-references = Эти элементы ссылаются на него и потеряют связь:
delete-keys-back = любая клавиша: назад
delete-keys = { $keys } удалить · другая клавиша: оставить
new-item-title = Новый элемент: { $kind }
new-item-id-note = Его идентификатор создаётся из этого названия и никогда не меняется.
too-small = Терминал слишком мал (нужно { $min_width }×{ $min_height }, сейчас { $width }×{ $height })

## The home screen

home-title = { " " }cjm – карта пути клиента
home-tagline = { " " }Каждый контакт с компанией – глазами клиента, всей командой.
home-filter = { " " }Фильтр ›{ " " }
home-recent = Недавние
home-repository = Репозиторий
home-new-map = Новая карта
home-new-map-guided = { $kind } (ведомый воркшоп)
home-example = Пример
home-keys = Вводите для фильтра · { $keys }
home-type-file-name = Введите имя файла, например onboarding.toml
home-file-exists = { $path } уже существует; выберите другое имя
home-where-to-save = Куда сохранить карту? Enter сохраняет, Esc – назад
home-nothing-matches = { " " }Ничего не подходит под фильтр.
home-save-as = Сохранить карту как (путь; существующий файл никогда не перезаписывается):

## The board

lane-touchpoints = Точки контакта
lane-doing = Делает
lane-thinking = Думает
lane-feeling = Чувствует
lane-emotion = Эмоция
lane-pain-points = Боли
lane-opportunities = Возможность
lane-metrics = Метрики
board-no-stages = В этой карте пока нет этапов.
board-more-left = ◀ ещё
board-more-right = ещё ▶
board-stage-summary = ср. { $average } · { $touchpoints }
board-no-touchpoints = точек контакта нет
board-hidden = +{ $count } ещё

## The checks view

checks-view-title = { " " }Проверки · конфликтов: { $conflicts } · предупреждений: { $warnings } · замечаний: { $notes } · Enter – к элементу{ " " }
checks-view-passes = Карта проходит все проверки.
checks-view-tag = { $severity ->
    [conflict] конфликт
    [warning] внимание
   *[note] заметка
}
checks-view-conflict-hint = Enter: оставить наше значение (o), принять их (t) или исправить объединённое (e)
checks-view-hint = подсказка: { $hint }

## Compare with the map this one is based on

compare-title = { " " }Сравнение{ " " }
compare-no-based-on = Эта карта не указывает карту `based_on`. Карта целевого состояния указывает карту текущего состояния, которую улучшает (based_on = "current.toml"), и этот вид показывает их рядом.
compare-loading = Загрузка…
compare-cannot-open = Не удаётся открыть карту, на которой основана эта ({ $file }): { $why }
compare-better = лучше
compare-worse = хуже
compare-same = так же
compare-stage = Этап
compare-before = До
compare-after = После
compare-moved = { $section } { $name }: перемещено
compare-nothing-changed = Ни один элемент не изменился.
compare-what-changed = { " " }Что изменилось{ " " }

## The emotion curve

curve-title = { " " }Кривая эмоций · этапов ниже нуля: { $negative } из { $rated } оценённых
curve-needs-work = { " " }– этот путь требует работы
curve-moment-of-truth = { " " }· ★ момент истины
curve-average = ср. { $average }

## Who touches the customer

inventory-department = Отдел
inventory-owns-nothing = { $department } (без точек)
inventory-no-owner = (без владельца)
inventory-title = { " " }Кто контактирует с клиентом (точки контакта по отделам и этапам){ " " }
inventory-window = { " " }этапы { $first }–{ $last } из { $total }{ " " }

## Metrics

metrics-metric = Метрика
metrics-kind = Вид
metrics-baseline-target = Исходно → цель
metrics-latest = Последний замер
metrics-readings = Замеры
metrics-title = { " " }Метрики{ " " }

## Opportunities (the column headings fit 5, 6, 6 and 11 columns)

opportunities-axes = эффект ↑   затраты →
opportunities-quick-wins = левый верхний угол: быстрые победы
opportunities-unrated = ещё без оценки: { $count }
opportunities-matrix-title = { " " }Эффект × затраты{ " " }
opportunities-votes = Гол.
opportunities-impact = Эффект
opportunities-effort = Затр.
opportunities-status = Статус
opportunities-opportunity = Возможность
opportunities-ranked-title = { " " }Рейтинг: голоса, затем эффект на затраты{ " " }

## Map, goal and team

overview-map = Карта
overview-goal = Цель
overview-success = Успех
overview-no-review-date = { "  " }Нет даты пересмотра: карты умирают, когда за них никто не отвечает
overview-map-and-goal = { " " }Карта и цель{ " " }
overview-no-team = Пока никого: a добавляет участника команды
overview-departments = Отделов в комнате: { $count }
overview-invite-departments = Путь клиента проходит через разные отделы: позовите продажи, сервис, поддержку, доставку, финансы, HR…
overview-team = { " " }Команда{ " " }

## Personas

personas-none = Персон пока нет: a добавляет персону. Начните с одной основной.
personas-primary = { "  " }★ основная
personas-job = { "  " }Задача:{ " " }
personas-title = { " " }Персоны{ " " }

## Stages (the headings fit 24 and 12 columns)

stages-none-yet = пока нет
stages-stage = Этап
stages-customer-goal = Чего здесь хочет клиент
stages-touchpoints = Точки конт.
stages-title = { " " }Этапы в порядке клиента{ " " }

## The form: what a field takes, under its editor

input-text = текст; Alt-Enter – новая строка
input-lines = по одному в строке
input-choice = одно из: { $values }
input-integer-min = целое число, { $min } или больше
input-integer = целое число от { $min } до { $max }
input-number = число (например, 3,5)
input-bool = да или нет
input-date = дата, например 31.03.2027 или 2027-03-31
input-reference = Enter выбирает по названию ({ $kind })
input-references = Enter выбирает по названию
input-evidence = по одному в строке: источник: заметка (интервью, опрос, аналитика…)
input-readings = по одному в строке: дата значение (например, 31.03.2027 3,5)
input-read-only = никогда не меняется

## Settling a merge conflict

conflict-ours = наше
conflict-theirs = их
conflict-keys-editable = o оставить наше · t принять их · e исправить объединённое от нашего · E от их · другая клавиша: решить позже
conflict-keys = o оставить наше · t принять их · другая клавиша: решить позже
conflict-combined = Объединённое значение:
conflict-combine-keys = Enter решает конфликт этим значением · Alt-Enter новая строка · Esc назад
conflict-title = { " " }Конфликт слияния { $number } из { $count }{ " " }

## The dialogs about the map's file

recover-found = cjm нашёл несохранённые изменения в { $file } от сессии, которая завершилась ненормально (сбой, закрытый терминал или выход без сохранения).
recover-where = Они в { $path }
recover-file-newer = ⚠ Файл изменился после записи этой копии (git pull?): восстановление заменит эти изменения. Сначала посмотрите разницу.
recover-confirm-discard = Удалить несохранённые изменения навсегда? { $discard } удалить · другая клавиша: назад
recover-keys = { $restore } восстановить · { $difference } показать разницу · { $discard } удалить · { $quit } выйти, решить позже
recover-title = Найдены несохранённые изменения
disk-gone-title = Файла больше нет
disk-gone = { $file } удалён или перемещён с тех пор, как cjm его загрузил или сохранил. Ничего не записано.
disk-changes-only-here = Ваши изменения здесь, и только здесь: резервную копию записать не удалось.
disk-changes-kept = Ваши изменения здесь и в резервной копии.
disk-gone-keys = { $save } сохранить снова по тому же пути · { $save_as } сохранить как другой файл · { $back } назад
disk-changed-title = Файл изменился на диске
disk-changed = { $file } изменился на диске с тех пор, как cjm его загрузил или сохранил (git pull? другой редактор?). Ничего не записано, обе версии целы.
disk-conflict-markers = В файле теперь есть маркеры конфликта git (<<<<<<<): в нём не завершено слияние. Сначала завершите его (драйвер `cjm merge` сливает карты по элементам) или сохраните свою версию как другой файл.
disk-unreadable = Файл на диске не читается как карта: { $why }.
disk-confirm-reload = Точно отбросить ваши изменения и загрузить файл с диска? { $reload } загрузить · другая клавиша: назад
disk-confirm-overwrite = Точно заменить файл на диске вашей версией? { $overwrite } перезаписать · другая клавиша: назад
disk-keys = { $merge } слить обе (сначала просмотр) · { $difference } показать разницу · { $reload } загрузить с диска (ваши правки пропадут) · { $save_as } сохранить свою как · { $overwrite } перезаписать · { $back } назад
disk-keys-unreadable = { $save_as } сохранить свою как другой файл · { $overwrite } перезаписать · { $back } назад
elsewhere-title = Открыт в другом cjm
elsewhere-open = { $file } открыт в другом cjm с { $since } (процесс { $pid }). Если двое сохраняют один файл, они затирают работу друг друга.
elsewhere-read-only = Режим только для чтения не даст сохранить поверх (сохранить как другой файл можно). В любом случае у каждого своя резервная копия.
elsewhere-keys = { $read_only } открыть только для чтения · { $anyway } открыть всё равно · { $quit } выйти
save-as-title = Сохранить как
save-as-note = Новый файл (никогда не существующий) или папка для него. { $accept } сохраняет, { $cancel } отменяет.
merge-preview-title = { $conflicts ->
    [0] { " " }Слить файл с диска с вашими правками{ " " }
   *[other] { " " }Слить файл с диска с вашими правками – конфликтов: { $conflicts }{ " " }
}
merge-preview-keys = { $merge } слить (сохраняет обе; затем { $save } сохраняет) · { $scroll } прокрутка · { $back } назад
difference-title = { " " }{ $title } – { $scroll } прокрутка, { $back } назад{ " " }
difference-none = Различий нет: карты одинаковые.
merge-preview-no-conflicts = Конфликты: нет
merge-preview-conflicts = Конфликты ({ $count }) – ваше значение остаётся в карте, их значение записано; { $keys } покажет их для решения:
merge-preview-different-things = стороны изменили разное
merge-preview-nothing = ничего
merge-preview-theirs = Из файла на диске (их изменения, приняты):
merge-preview-ours = Из ваших несохранённых правок (сохранены):
merge-preview-invalid = ⚠ Слитая карта была бы некорректной: { $why }. Лучше сохраните свою как другой файл.
difference-the-file = файл
difference-the-recovery-copy = резервная копия
difference-file-to-recovery = От файла к резервной копии
difference-the-file-on-disk = файл на диске
difference-your-version = ваша версия
difference-disk-to-yours = От файла на диске к вашей версии
new-item-placeholder = Название нового элемента ({ $kind })

## Quitting with unsaved changes

status-press-help = Нажмите { $key } для справки
safety-not-saved-anywhere = НИГДЕ НЕ СОХРАНЕНО
quit-not-saved = В карте есть несохранённые изменения.
quit-recovery-copy = При выходе они останутся в резервной копии ({ $path }): при следующем открытии файла cjm их предложит.
quit-tries-recovery-copy = При выходе cjm попробует сохранить их в резервную копию; если не выйдет, он скажет.
quit-loses = Их не удалось сохранить, и резервную копию записать не удалось ({ $why }): выход сейчас их потеряет.
quit-discard-question = Удалить несохранённые изменения навсегда?
quit-save-elsewhere = Сначала сохраните их в другой файл или папку (на другом диске, флешке...).
quit-keys-discard = { $discard } ещё раз: удалить и выйти · другая клавиша: остаться
quit-keys-lost = { $save_as } сохранить как · { $save } повторить · { $discard } удалить и выйти · другая клавиша: остаться
quit-keys = { $quit } выйти без сохранения · { $save } сохранить · другая клавиша: остаться
home-cannot-create = Не удаётся создать { $path }: { $why }

## Farewells on the restored terminal

farewell-found-earlier = Найденные ранее несохранённые изменения по-прежнему
farewell-yours = Ваши несохранённые изменения
farewell-lost = cjm: ваши несохранённые изменения в { $file } { $discarded ->
    [yes] удалены по вашей просьбе
   *[no] сохранить не удалось
}: не удалось записать ни файл, ни резервную копию ({ $why })
rescue-bug = cjm остановился из-за ошибки (сообщение выше).
rescue-signal = cjm остановлен сигналом { $signal }.
rescue-signal-hup = cjm остановлен сигналом SIGHUP (терминал закрыт).
rescue-nothing-unsaved = Несохранённых изменений не было.

## The command palette and the finder

palette-language = язык – { $name } ({ $code })
finder-step = шаг { $number }
view-blueprint = Сервисный блюпринт
input-department = Enter выбирает отдел по названию
input-actions = по одному в строке: отдел: что делается
input-links = по одной в строке: адрес название
input-wait = 15m, 2h, 3d, 1w или 1h30m

# The board's filter as the status bar reads it, e.g. "persona Anna · channel Web".
filter-persona = персона { $name }
filter-channel = канал { $channel }
filter-owner = владелец { $owner }
# A persona picker's note on the primary persona.
picker-primary-persona = основная

# How many items the finder or the palette lists.
finder-results = { $count ->
    [one] { $count } результат
    [few] { $count } результата
   *[many] { $count } результатов
}
