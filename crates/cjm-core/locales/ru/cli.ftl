# The command line: messages of every command, and its --help texts.

lang-unknown = cjm не знает языка «{ $code }»; выберите один из: { $known }

## cjm new

new-created = Создан { $file }: { $kind ->
    [current-state] карта текущего состояния
    [future-state] карта целевого состояния
    [day-in-the-life] карта «день из жизни клиента»
   *[service] карта услуги
} «{ $title }», этапы: { $stages }.
new-exists = файл уже существует; `cjm new` никогда не перезаписывает карту
new-exists-hint = выберите другое имя файла или откройте существующую карту

## cjm check

check-ok = { $file }: ok ({ $summary })
check-evidence-share = { $percent }% точек контакта подтверждены данными
check-no-touchpoints-yet = точек контакта пока нет
check-not-utf8 = файл не является корректным текстом UTF-8
check-not-regular = это { $what }, а не обычный файл; cjm читает карты только из обычных файлов
check-cannot-read = не удаётся прочитать файл: { $error }
check-cannot-write-json = не удаётся записать результаты в JSON: { $error }

## --help: what clap shows. English is written in the doc comments of
## src/cli; these are the same texts, the source for the translations.

help-usage = Использование:
help-heading-arguments = Аргументы
help-heading-options = Параметры
help-heading-commands = Команды
help-flag-help = Показать справку
help-flag-version = Показать версию
help-cjm = Воркшопы по карте пути клиента в терминале
    .long = Воркшопы по карте пути клиента в терминале. Карты — это файлы TOML, которые хранятся в git. Создайте карту командой `cjm new`, проверьте её через `cjm check`, а `cjm fmt` сохранит её в каноническом виде.
help-cjm-file = Файл карты, который нужно открыть в терминальном приложении.
help-cjm-max-size = Самый большой файл, который читает cjm, в МиБ (или с единицей: 512MiB, 1GiB); по умолчанию 128 МиБ. Задаётся также переменной окружения CJM_MAX_SIZE.
help-cjm-lang = Язык сообщений, приложения и новых карт (en, pl, ru, sv; pseudo для проверки вёрстки), а также экспорта вместо языка самой карты. По умолчанию: `language` из файла настроек, иначе язык системы (LC_ALL, LC_MESSAGES, LANG).
help-cjm-new = Создать новую карту из шаблона (существующий файл не перезаписывается).
help-cjm-new-file = Файл, который нужно создать, например maps/onboarding.toml.
help-cjm-new-template = С каких этапов начинается карта.
help-cjm-new-title = Название карты (по умолчанию — из имени файла).
help-cjm-new-length = Сколько длится следующий за этим воркшоп (2h, 90m, 3h, 4h...): время шагов подгоняется под него. По умолчанию: `[workshop] length` из настроек, иначе 2h.
help-cjm-guide = Провести воркшоп по карте, продолжив с шага, на котором остановились.
help-cjm-guide-file = Карта, с которой работаете.
help-cjm-guide-length = Сколько длится воркшоп (2h, 90m, 3h, 4h...): время шагов подгоняется под него. По умолчанию: `[workshop] length` из настроек, иначе 2h.
help-cjm-check = Загрузить и проверить карты, затем выполнить проверки воркшопа (нет подтверждений, боли без решений, возможности без метрик...).
    .long = Загрузить и проверить карты, затем выполнить проверки воркшопа (нет подтверждений, боли без решений, возможности без метрик...). Код выхода 0, если все карты корректны, даже с предупреждениями; 2, если карту не удаётся загрузить; 1 с `--deny warnings`, если в карте есть предупреждения.
help-cjm-check-files = Карты для проверки.
help-cjm-check-deny = Завершаться с ошибкой (код 1) при предупреждениях; замечания никогда не приводят к ошибке.
help-cjm-check-format = `text` для людей, `json` для скриптов.
help-cjm-fmt = Переписать карты в каноническом виде (комментарии сохраняются).
help-cjm-fmt-files = Карты для форматирования.
help-cjm-fmt-check = Ничего не менять; завершиться с кодом 1 и назвать файлы, которые изменились бы.
help-cjm-export = Экспортировать карту в Markdown, Mermaid, CSV, HTML или JSON (в стандартный вывод или в файл через -o).
help-cjm-export-file = Карта для экспорта.
help-cjm-export-format = Формат записи.
help-cjm-export-output = Записать в этот файл (атомарно) вместо стандартного вывода; никогда не в саму карту.
help-cjm-export-bom = Только для CSV: начать с метки порядка байтов UTF-8, для Excel.
help-cjm-diff = Показать, что изменилось между двумя картами, элемент за элементом (комментарии не сравниваются).
    .long = Показать, что изменилось между двумя картами, элемент за элементом (комментарии не сравниваются). `cjm diff СТАРАЯ НОВАЯ` сравнивает два файла; с семью (или девятью) аргументами внешнего diff git называет карту её путём в репозитории. Код выхода 0, если карты одинаковы, 1, если различаются, 2, если одну из них не удаётся загрузить.
help-cjm-diff-files = СТАРАЯ НОВАЯ: более ранняя карта (например, текущее состояние) и более поздняя; или семь (девять) аргументов внешнего diff git.
help-cjm-diff-format = `text` для терминала, `markdown` для pull request или вики.
help-cjm-diff-label-a = Имя, которое показывается вместо пути СТАРОЙ карты (например, `main:maps/shop.toml`).
help-cjm-diff-label-b = Имя, которое показывается вместо пути НОВОЙ карты.
help-cjm-merge = Трёхстороннее слияние карты по элементам и полям; результат заменяет OURS.
    .long = Трёхстороннее слияние карты по элементам и полям; результат заменяет OURS. Сделано для драйвера слияния git, `cjm merge %O %A %B --path %P`. Код выхода 0 при чистом слиянии, 1, если осталось что решить (конфликты записаны в карту или маркеры конфликта в стороне, которая не является корректной картой), 2, если версию не удаётся прочитать или OURS — записать.
help-cjm-merge-base = Общий предок (%O в git); пустой или отсутствует, если файл добавили обе стороны.
help-cjm-merge-ours = Наша версия, перезаписывается результатом (%A в git).
help-cjm-merge-theirs = Их версия (%B в git).
help-cjm-merge-path = Путь карты в репозитории (%P в git), чтобы назвать её в сообщениях.
help-cjm-git = Настройка git для карт: `cjm git setup`, `cjm git check`.
help-cjm-git-setup = Научить git сливать и сравнивать карты с помощью cjm; повторный запуск ничего не меняет.
    .long = Научить git сливать и сравнивать карты с помощью cjm; повторный запуск ничего не меняет. Добавляет `ШАБЛОН merge=cjm diff=cjm` в .gitattributes и задаёт драйверы слияния и сравнения в настройках git. Код выхода 0 после выполнения, 2 при ошибке.
help-cjm-git-setup-patterns = Какие файлы карт: шаблоны gitattributes относительно текущей папки (в кавычках, чтобы оболочка их не раскрыла). По умолчанию: 'maps/**/*.toml'.
help-cjm-git-setup-global = Настроить git для всех репозиториев этого пользователя: драйверы в глобальных настройках git, шаблоны в core.attributesFile.
help-cjm-git-check = Сказать, чего не хватает этому клону, чтобы git сливал и сравнивал карты с помощью cjm.
    .long = Сказать, чего не хватает этому клону, чтобы git сливал и сравнивал карты с помощью cjm; к каждому недостающему элементу — команда, которая его исправит. Код выхода 0, если всё на месте, 1, если чего-то не хватает, 2 при ошибке.
help-cjm-config = Где лежит файл настроек и что в нём может быть.
help-cjm-config-path = Вывести путь к файлу настроек (его может ещё не быть).
help-cjm-config-default = Вывести файл настроек со всеми значениями по умолчанию, в комментариях.

## Every command

cli-size-limit-unreadable = не удаётся прочитать предел размера: { $problem }
cli-size-limit-unreadable-hint = укажите его в МиБ, например CJM_MAX_SIZE=256, или уберите переменную, чтобы вернуть 128 МиБ по умолчанию
cli-no-config-folder = домашняя папка неизвестна, поэтому папки настроек нет
cli-no-terminal-banner = cjm { $version } – воркшопы по карте пути клиента в терминале

    Запустите `cjm` в терминале, чтобы открыть начальный экран; `cjm ФАЙЛ` открывает доску карты,
    `cjm new ФАЙЛ` начинает воркшоп с ведущим, `cjm --help` перечисляет все команды.
cli-recovery-copy-kept = несохранённые изменения этой карты лежат в копии для восстановления — это полная карта:
cli-recovery-copy-kept-hint = проверьте её командой `cjm check` и скопируйте поверх файла, чтобы вернуть изменения
cli-needs-terminal = доске нужен терминал
cli-needs-terminal-hint = запустите cjm в терминале или используйте `cjm check` / `cjm export` в скриптах
cli-app-failed = терминальное приложение завершилось с ошибкой: { $error }
cli-app-failed-hint = проверьте, поддерживает ли терминал полноэкранные программы
cli-cannot-write = не удаётся записать файл: { $error }
cli-cannot-write-permission-hint = проверьте права на файл и его папку или запишите в другое место
cli-cannot-write-hint = прежний файл, если он был, не изменился; попробуйте другой путь
cli-no-folder = такой папки нет
cli-no-folder-hint = сначала создайте папку или выберите другой путь
cli-disk-full = диск заполнен
cli-disk-full-hint = освободите место и попробуйте снова; прежний файл не изменился

## cjm fmt

fmt-would-reformat = будет переформатирован: { $file }
fmt-formatted = отформатирован: { $file }

## cjm export

export-bom-csv-only = --bom относится только к CSV, не к { $format }
export-bom-csv-only-hint = уберите --bom или используйте --format csv
export-output-is-map = выходной файл — это сама карта; экспорт перезаписал бы её
export-output-is-map-hint = запишите в другой файл, например -o { $example }
export-written = экспортировано: { $file } ({ $format })
export-cannot-write = не удаётся записать экспорт: { $error }
export-cannot-write-hint = запишите в файл через -o ФАЙЛ

## cjm diff

diff-wrong-arguments = ожидалось 2 файла (или 7 либо 9 аргументов внешнего diff git), получено { $count }
diff-wrong-arguments-hint = сравните две карты командой `cjm diff СТАРАЯ.toml НОВАЯ.toml`
diff-working-tree = рабочая копия
diff-new-map = новая карта
diff-deleted-map = удалённая карта
diff-cannot-read-copy = не удаётся прочитать копию файла из git: { $error }
diff-cannot-read-copy-hint = запустите `git diff --no-ext-diff`, чтобы увидеть изменение построчно
diff-heading = Различия карт

## cjm merge and the git merge driver

merge-invalid-ours = наша версия (ours) не является корректной картой (см. выше)
merge-invalid-theirs = их версия (theirs) не является корректной картой (см. выше)
merge-invalid-both = ни наша (ours), ни их версия (theirs) не является корректной картой (см. выше)
merge-invalid-base = базовая версия не является корректной картой; ours и theirs сливаются как две независимо добавленные версии
merge-result-invalid = результат слияния не был бы корректной картой ({ $problem })
merge-unreadable = одну из версий не удалось прочитать; ничего не слито, в файле по-прежнему только наша версия
merge-lines-clean = строки слились без пересечений, и результат — корректная карта, но проверьте его вручную (`cjm check { $file }`) перед `git add`
merge-lines-markers = записано построчное слияние с маркерами конфликта (<<<<<<< ours, =======, >>>>>>> theirs): правьте файл, пока он не станет корректной картой без маркеров и `cjm check { $file }` не пройдёт, затем выполните `git add`
merge-clean = слито без конфликтов
merge-earlier-conflicts = слито, но в карте ещё { $count } { $count ->
    [one] неразрешённый конфликт
    [few] неразрешённых конфликта
   *[other] неразрешённых конфликтов
} с прошлого раза; `cjm check` их перечисляет
merge-new-conflicts = { $count } { $count ->
    [one] конфликт
    [few] конфликта
   *[other] конфликтов
}: оставлены наши значения, их значения записаны в [[conflicts]] в конце файла; `cjm check` их перечисляет
merge-unresolved = неразрешённый конфликт слияния: { $conflict }
merge-unresolved-hint = для каждого задайте нужное поле (или порядок) либо оставьте или удалите элемент, затем удалите его таблицу [[conflicts]] в конце файла

## The command line: a map file and a command together.
cli-file-and-command = `{ $file }` и команду нельзя указывать вместе: укажите либо карту, которую нужно открыть (`cjm ФАЙЛ`), либо команду (`cjm КОМАНДА …`)

## cjm git setup and cjm git check.
git-not-installed = git не установлен (или его нет в PATH)
git-not-installed-hint = установите git (https://git-scm.com) и запустите команду снова
git-not-a-repository = эта папка не находится в репозитории git
git-not-a-repository-hint = запустите команду в клоне репозитория (или сначала выполните `git init`); `cjm git setup --global` настраивает git для всех репозиториев
git-failed = `git { $args }` завершился с ошибкой: { $message }
git-failed-hint = запустите эту команду git сами, чтобы увидеть причину
git-space-in-pattern = в `{ $pattern }` есть пробел; шаблон gitattributes заканчивается на первом пробеле
git-space-in-pattern-hint = запишите пробел как `[[:space:]]`, например 'karty[[:space:]]puti/*.toml'
git-not-toml = `{ $pattern }` не указывает на файлы TOML
git-not-toml-hint = укажите файлы карт, например 'maps/**/*.toml' (папка сама по себе не охватывает файлы в ней)
git-no-home = домашняя папка неизвестна, поэтому глобального файла атрибутов нет
git-no-home-hint = задайте HOME или core.attributesFile: git config --global core.attributesFile ПУТЬ
git-cannot-read = не удаётся прочитать { $path }: { $message }
git-cannot-read-hint = проверьте права доступа к файлу; ничего не изменено
git-not-utf8 = это не текст в UTF-8
git-setup-already-has = { $file }: уже содержит `{ $line }`
git-setup-added = { $file }: добавлено `{ $line }`
git-setup-one-file = { "  " }примечание: `{ $pattern }` — это один файл; шаблон вроде '{ $default }' (в кавычках) охватит и новые карты
git-setup-config-already = git config { $scope } { $key }: уже задано
git-setup-config-set = git config { $scope } { $key }: задано
git-setup-config-replaced = git config { $scope } { $key }: прежнее значение заменено
git-setup-done =
    cjm git setup: готово. git сливает эти карты поэлементно, а `git diff`
      показывает их словами карты (и `git log -p --ext-diff` тоже).
git-setup-commit-attributes =
    { "  " }Закоммитьте .gitattributes, чтобы он был общим для команды; в каждом клоне
      один раз запускается `cjm git setup`.
git-setup-nothing = cjm git setup: менять нечего, git уже настроен.
git-setup-no-cjm-on-path =
    предупреждение: git не найдёт `cjm` в PATH: слияние карт закончится маркерами
      конфликта, а сравнение будет построчным. Добавьте cjm в PATH; подробнее — `cjm git check`.
git-check-title = cjm git check: { $folder }
git-check-ok = ok
git-check-missing = не хватает
git-check-fix = исправить: { $fix }
git-check-key-set = { $key } задан
git-check-key-no-fallback = у { $key } нет запасного варианта на случай, когда cjm не может запуститься
git-check-key-other = { $key } запускает не cjm, а что-то другое
git-check-key-unset = { $key } не задан
git-check-cjm-found = git находит { $version } в { $path }
git-check-cjm-broken = { $path } есть в PATH, но не запускается
git-check-cjm-broken-fix = переустановите cjm (`cargo install --path .` в папке с исходниками cjm)
git-check-cjm-missing = git не найдёт `cjm` в PATH: слияние карт закончится маркерами конфликта
git-check-cjm-missing-fix = поместите программу cjm в папку из PATH (`cargo install --path .` в папке с исходниками cjm)
git-check-no-map-yet = ни одна карта ещё не закоммичена; новые карты в maps/ получат { $attributes }
git-check-maps-covered = { $count ->
    [one] у { $count } карты есть { $attributes }
   *[other] у { $count } карт есть { $attributes }
}
git-check-no-map-uncovered = ни одна карта ещё не закоммичена, а .gitattributes не даёт maps/ { $attributes }
git-check-no-map-uncovered-fix = cjm git setup (или cjm git setup 'ШАБЛОН' для карт в другом месте)
git-check-maps-uncovered = { $count ->
    [one] { $count } карта без { $attributes }: { $maps }
    [few] { $count } карты без { $attributes }: { $maps }
   *[other] { $count } карт без { $attributes }: { $maps }
}{ $more ->
    [0] {""}
   *[other] { " " }и ещё { $more }
}
git-check-all-set = Всё настроено: git сливает и сравнивает карты с помощью cjm.
git-check-some-missing = { $count ->
    [one] Не хватает { $count } пункта.
   *[other] Не хватает { $count } пунктов.
}

## The hidden save loop of the tests.
save-loop-stopped = { $file }: цикл сохранения остановился: { $outcome }

## --help of the newer commands (English is in the doc comments of src/cli).
help-cjm-migrate = Перевести карты на версию 2 формата: отделы по идентификаторам, почти совпадающие названия предлагаются как псевдонимы.
help-cjm-migrate-files = Карты для перевода.
help-cjm-migrate-check = Ничего не менять; перечислить, что изменилось бы, и завершиться с кодом 1, если что-то изменилось бы.
help-cjm-migrate-yes = Также объединить очевидные предложения (группа в скобках после названия отдела).
help-cjm-log = Коммиты, которые меняли карту или один её элемент, поле за полем; или динамика эмоций, подтверждений и голосов по этапам (`--trend`).
    .long = Коммиты, которые меняли карту или один её элемент, поле за полем; или динамика эмоций, подтверждений и голосов по этапам (`--trend`). История берётся из git (переименованный файл или элемент сохраняет историю). Коммит, версия которого не загружается, показывается и пропускается. Код выхода 0, если история показана, 2 при ошибке (нет git, не репозиторий, файл не закоммичен, ни один элемент не подходит под ЭЛЕМЕНТ).
help-cjm-log-file = Карта в репозитории git.
help-cjm-log-item = Один элемент: его идентификатор (tp-…, st-…, op-…) или название, как его находит поиск.
help-cjm-log-trend = Показать по коммитам среднюю эмоцию каждого этапа, долю точек контакта, подтверждённых данными, и голоса: таблица и график.
help-cjm-issues = Возможности как задачи в GitHub или GitLab: `cjm issues push`, `cjm issues pull`.
    .long = Возможности как задачи в GitHub или GitLab: `cjm issues push`, `cjm issues pull`. `push` создаёт задачу для каждой открытой возможности, у которой её нет (без --yes — только пробный прогон), собственным инструментом трекера (gh, glab) и записывает её адрес в возможность; `pull` обновляет статус каждой возможности по состоянию её задачи.
help-cjm-issues-push = Создать задачу для каждой открытой возможности, у которой её нет (без --yes — только пробный прогон), и записать её адрес в возможность.
    .long = Создать задачу для каждой открытой возможности, у которой её нет (без --yes — только пробный прогон), и записать её адрес в возможность. Запускает в папке карты собственную командную строку трекера: `gh issue create` для GitHub, `glab issue create` для GitLab (сначала установите её и войдите). Выполненные и отброшенные возможности, а также те, у которых уже есть `issue`, пропускаются. Код выхода 0 по завершении, 2 при ошибке (созданные до неё задачи записываются).
help-cjm-issues-push-file = Карта.
help-cjm-issues-push-tracker = Куда отправляются задачи.
help-cjm-issues-push-yes = Создать задачи; без этого флага только показать, что было бы создано.
help-cjm-issues-push-repo = Репозиторий (ВЛАДЕЛЕЦ/РЕПО) вместо репозитория папки карты.
help-cjm-issues-pull = Обновить статус каждой возможности по состоянию её задачи в трекере.
    .long = Обновить статус каждой возможности по состоянию её задачи в трекере. Открыта: идея становится запланированной (выполненные или отброшенные возвращаются в запланированные); закрыта: выполнена (отброшена, если GitHub говорит «not planned»). Инструмент выбирается по адресу задачи (у GitLab в адресе есть `/-/issues/`). Код выхода 0 по завершении, 2 при ошибке (прочитанные до неё состояния сохраняются).
help-cjm-issues-pull-file = Карта.
help-cjm-report = Сводная страница всех карт в папке: владельцы, даты пересмотра, эмоции по этапам, главные возможности, отделы × карты.
help-cjm-report-paths = Папка с картами (или файлы карт).
help-cjm-report-format = Формат вывода.
help-cjm-report-output = Записать в этот файл (атомарно) вместо стандартного вывода.
help-cjm-query = Найти точки контакта во всех картах по фильтру, например 'owner = logistics and emotion <= -1 and not evidence'.
    .long = Найти точки контакта во всех картах по фильтру, например 'owner = logistics and emotion <= -1 and not evidence'. Поля — это ключи точки контакта в файле (id, stage, name, channel, owner, personas, emotion, pain_points, moment_of_truth, evidence...); операторы =, !=, <, <=, >, >=, ~ (содержит); поле само по себе означает, что оно задано; объединяйте условия через and, or, not и скобки. Код выхода 0, если что-то нашлось, 1, если ничего, 2 при ошибке.
help-cjm-query-path = Папка с картами (или файл карты).
help-cjm-query-query = Фильтр.
help-cjm-query-format = `table` для людей, `json` для скриптов.
help-cjm-readings = Замеры метрик: `cjm readings import КАРТА --metric ID данные.csv`.
help-cjm-readings-import = Добавить замеры метрики из файла CSV: столбец даты и столбец значения, через запятую или точку с запятой, с заголовком или без; даты в виде 2027-03-31 или 31.03.2027, десятичная точка или запятая. Замеры, которые уже есть в карте (та же дата и значение), пропускаются.
help-cjm-readings-import-file = Карта, в которую добавляются замеры.
help-cjm-readings-import-metric = Идентификатор метрики, например me-nps.
help-cjm-readings-import-csv = Файл CSV.
help-cjm-readings-import-dry-run = Сказать, что было бы добавлено; ничего не менять.
help-cjm-readings-import-replace = Если в карте есть замер за эту дату с другим значением, взять значение из файла.

## --help: the values of an option, described.
help-possible-values = Возможные значения:
help-possible-values-inline = возможные значения: { $values }
help-default-value = по умолчанию: { $value }
help-help-subcommand = Показать эту справку или справку по указанной команде
help-cjm-check-deny-warnings = Завершиться с кодом 1, если хотя бы в одной карте есть предупреждение (замечания никогда не приводят к ошибке).
help-cjm-check-format-text = Строки для людей: `ФАЙЛ:СТРОКА: предупреждение[КОД]: сообщение (id элемента)`.
help-cjm-check-format-json = Один массив JSON с объектом на каждый файл, для скриптов.
help-cjm-query-format-table = Столбцы для людей: карта, id, название, этап и поля, которые использует фильтр.
help-cjm-query-format-json = Один массив JSON с объектом на каждую точку контакта, для скриптов.
help-cjm-report-format-markdown = Страница для вики или pull request.
help-cjm-report-format-html = Одна самодостаточная страница, готовая к печати.
help-cjm-export-format-markdown = Отчёт для pull request или вики, с диаграммой Mermaid.
help-cjm-export-format-mermaid = Диаграмма Mermaid типа `journey`.
help-cjm-export-format-csv = Одна строка на точку контакта, для электронных таблиц.
help-cjm-export-format-html = Одна самодостаточная страница, готовая к печати (без скриптов, работает офлайн).
help-cjm-export-format-json = Вся модель, для других программ.
help-cjm-export-format-github-issues = Открытые возможности как задачи GitHub: массив JSON с данными для REST API.
help-cjm-export-format-gitlab-issues = Открытые возможности как задачи GitLab: массив JSON с данными для REST API.
help-cjm-export-format-jira-csv = Открытые возможности в CSV для импорта в Jira.
help-cjm-diff-format-text = Строки для терминала, в цвете в терминале без `NO_COLOR`.
help-cjm-diff-format-markdown = Markdown, для pull request или страницы вики.

# clap's errors of the command line (src/cli/clap_errors.rs).
clap-unknown-argument = неожиданный аргумент `{ $arg }`
clap-invalid-subcommand = неизвестная команда `{ $name }`
clap-value-required = `{ $arg }` требует значения
clap-invalid-value = неверное значение `{ $value }` для `{ $arg }`; возможные значения: { $valid }
clap-missing-required = не указаны обязательные аргументы: { $args }
clap-no-equals = `{ $arg }` требует `=` перед значением
clap-value-validation = неверное значение `{ $value }` для `{ $arg }`: { $reason }
clap-more-information = Подробнее: `--help`.
