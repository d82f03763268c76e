# The config file: warnings about it, and the comments of the default file.

config-unreadable = { $file }: не удаётся прочитать настройки ({ $why }); используются значения по умолчанию
config-invalid = { $file }: { $why }; используются настройки по умолчанию
config-not-a-table = { $file }: [{ $section }] должен быть таблицей
config-did-you-mean-section = { " " }(может быть, [{ $section }]?)
config-did-you-mean = { " " }(может быть, `{ $name }`?)
config-unknown-section = { $file }: неизвестный раздел `{ $section }`{ $hint }; он пропущен
config-language-not-text = { $file }: language должен быть текстом, например "pl"
config-recovery-unknown = { $file }: [recovery] `{ $key }` – не настройка{ $hint }; она пропущена
config-recovery-interval = { $file }: [recovery] interval_seconds: укажите целое число секунд от { $min } до { $max }, например 3
config-not-a-mode = { $file }: [keys.{ $table }] – не режим{ $hint }; режимы: { $modes }
config-not-an-action = { $file }: { $section } `{ $action }` – не действие{ $hint }
config-needs-a-key = { $file }: { $section } `{ $action }` нужна клавиша или список клавиш, например { $action } = ["x"]
config-no-key-left = { $file }: { $section } для `{ $action }` не осталось клавиш; оставлены клавиши по умолчанию
config-not-a-colour-role = { $file }: [colors] `{ $role }` – не роль цвета{ $hint }
config-colour = { $file }: [colors] { $role }: укажите название цвета (red, lightblue, darkgray…), номер 0-255 или "#rrggbb"
config-dots = { $file }: [workshop] dots должно быть целым числом от 1 до 20
config-length-not-text = { $file }: [workshop] length должен быть текстом, например "2h" или "90m"
config-workshop-unknown = { $file }: [workshop] `{ $key }` – не настройка{ $hint }
config-no-such-step = { $file }: [workshop] `{ $key }`: шага `{ $step }` нет
config-minutes = { $file }: [workshop] { $key } должно быть числом минут от 1 до 600

## The default config file's comments (each line becomes "# …")

config-file-head =
    Настройки cjm.
    Здесь все значения по умолчанию; удалите строку, чтобы оставить значение
    по умолчанию, измените её, чтобы переопределить. Клавиши: "q", "H", "ctrl-s",
    "alt-enter", "esc", "left", "f2", "space"... Несколько клавиш: ["k", "up"].
config-file-language =
    Язык интерфейса: en, pl, ru или sv (или pseudo для проверки
    вёрстки); --lang важнее. Без этой настройки – язык системы.
config-file-colors =
    Цвета: название (black, red, green, yellow, blue, magenta, cyan, gray,
    darkgray, lightred... white), номер 0-255 или "#rrggbb".
    Цвета не используются, если задана переменная окружения NO_COLOR.
config-file-workshop =
    Ведомый воркшоп: время каждого шага в минутах и число точек,
    которые каждый участник отдаёт, когда команда голосует за возможности.
config-file-length =
    Длительность воркшопа: время шагов выше подгоняется под неё
    (`--length` в `cjm new` и `cjm guide` важнее).
config-file-recovery =
    Пока в карте есть несохранённые изменения, её резервная копия пишется в папку
    данных не чаще этого; после сбоя `cjm ФАЙЛ` предложит её.
config-length = { $file }: [workshop] length: { $why }
