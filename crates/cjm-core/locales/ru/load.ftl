# Loading a map: errors in the file, with their hints.

load-not-regular = { $what }, а не обычный файл; cjm читает карты только из обычных файлов
load-not-regular-hint = укажите .toml-файл карты (если это символическая ссылка, проверьте, куда она ведёт)
load-not-utf8 = файл не является корректным текстом UTF-8
load-not-utf8-hint = сохраните файл в редакторе в кодировке UTF-8 (карты — это TOML в UTF-8)
load-more-errors = и ещё { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[other] { $count } ошибок
}
load-more-errors-hint = сначала исправьте эти; `cjm check --format json` покажет все
load-too-large = размер файла { $size }, это больше предела { $limit }
load-too-large-hint = проверьте, что это карта пути клиента; чтобы открыть файл больше, поднимите предел опцией `--max-size 256` или переменной окружения { $variable } (в МиБ)
load-not-found = такого файла нет
load-not-found-hint = проверьте путь или создайте карту командой `cjm new ФАЙЛ`
load-directory = это папка, а не файл карты
load-directory-hint = укажите .toml-файл в ней, например { $example }
load-permission-denied = нет прав на чтение файла
load-permission-denied-hint = проверьте права на файл (ls -l) или откройте копию
load-cannot-read = не удаётся прочитать файл: { $error }
load-cannot-read-hint = проверьте, что путь указывает на доступный для чтения файл

## TOML syntax errors

load-syntax-error = синтаксическая ошибка TOML: { $problem }
load-syntax-expected = { $problem }; ожидалось: { $expected }
load-syntax-expected-nothing = ничего
load-syntax-expected-newline = новая строка
load-syntax-expected-other = что-то другое
load-syntax-unclosed-string = эта многострочная строка нигде не закрыта: она тянется до конца файла, не хватает закрывающих `{ $quotes }`
load-syntax-defined-twice = `{ $key }` определено дважды
load-syntax-duplicate-key = повторяющийся ключ `{ $key }`
load-syntax-too-deep = слишком глубокая вложенность: больше { $levels } уровней ключей с точками, заголовков таблиц, списков и встроенных таблиц
load-syntax-float-too-large = число слишком велико для дробного числа
load-syntax-float-invalid = неверное дробное число
load-syntax-int-too-large = число слишком велико: целые числа должны умещаться в 64 бита
load-syntax-int-invalid = неверное целое число
load-syntax-not-extendable = `{ $key }` уже определено ({ $what }), и дополнить его здесь нельзя
load-syntax-kind = { $kind ->
    [table-with-header] таблица с заголовком
    [list-of-tables] список таблиц
    [inline-table] встроенная таблица
    [list] список
   *[value] значение
}
load-syntax-date-hint = записывайте даты как ГГГГ-ММ-ДД (реальный день календаря), без кавычек
load-syntax-duplicate-hint = каждый ключ может встречаться в таблице только один раз; удалите один из них или переименуйте
load-syntax-unclosed-hint = закройте строку теми же тремя кавычками там, где заканчивается её текст
load-syntax-too-deep-hint = в карте всего несколько уровней вложенности; у этого ключа или заголовка слишком много частей (`a.b.c...`): сократите его
load-syntax-not-extendable-hint = определите ключ один раз: либо как значение, либо как таблицу, в одном месте
load-syntax-other-hint = исправьте синтаксис TOML в этом месте (обычно не хватает кавычки, `=`, запятой или скобки)

## Values of the wrong kind (instrumental: "должно быть …", "а не …")

load-kind = { $kind ->
    [table] таблицей
    [list-of-tables] списком таблиц
    [text] текстом
    [integer] целым числом
    [decimal] дробным числом
    [boolean] значением true или false
    [datetime] датой или временем
    [list] списком
    [inline-table] встроенной таблицей
    [list-of-texts] списком строк
    [date] датой
    [number] числом
    [duration] длительностью
    [duration-example] длительностью, например "15m"
   *[value] отдельным значением
}
load-integer-at-least = целым числом не меньше { $min }
load-integer-range = целым числом от { $min } до { $max }

## Where in the map a problem is

load-noun = { $kind ->
    [persona] персона
    [department] отдел
    [team-member] участник команды
    [stage] этап
    [touchpoint] точка контакта
    [opportunity] возможность
    [metric] метрика
    [conflict] конфликт
    [evidence] основание
    [action] действие
    [frontstage-action] действие на виду
    [backstage-action] действие за кулисами
    [support-action] действие поддержки
    [web-link] ссылка
    [reading] замер
   *[other] элемент
}
load-empty-text = у { $place } пустое поле `text`
load-empty-text-hint = напишите, что делается, например text = "Проверяет направление", или удалите действие
load-place-numbered = { $noun } № { $number }
load-place-named = { $noun } `{ $id }`
load-place-nested = { $place }, { $noun } № { $number }
load-place-top-level = верхний уровень карты
load-in-place = { $place }: { $problem }

## Reading the map's fields

load-not-a-value = { $place }: значение `{ $key }` должно быть { $expected }, а не { $found }
load-not-a-value-hint = запишите его как `{ $key } = ...` (место: { $place })
load-missing = { $place }: нет `{ $key }`
load-missing-hint = добавьте `{ $key } = { $example }`
load-wrong-type = значение `{ $key }` должно быть { $expected }, а не { $found }
load-text-hint = возьмите текст в кавычки: { $key } = "..."
load-texts-hint = запишите список: { $key } = ["первый", "второй"]
load-element-not-text = элемент № { $number } в `{ $key }` должен быть текстом, а не { $found }
load-element-not-text-hint = возьмите каждый элемент в кавычки
load-boolean-hint = запишите { $key } = true или { $key } = false (без кавычек)
load-out-of-range = `{ $key }` равно { $value }, а должно быть { $expected }
load-number-hint = запишите число без кавычек, например { $key } = { $example }
load-vocab-unknown = `{ $key }` равно "{ $value }", а такого значения нет среди допустимых ({ $what })
load-vocab-noun = { $kind ->
    [kind-of-map] вид карты
    [kind-of-conflict] вид конфликта
    [kind-of-metric] вид метрики
    [evidence-source] источник основания
    [focus] цель картирования
    [role] роль
    [channel] канал
   *[status] статус
}
load-vocab-near-hint = может быть, имелось в виду `{ $near }`? допустимо: { $allowed }
load-vocab-hint = допустимо: { $allowed }
load-vocab-text-hint = напишите в кавычках одно из значений: { $allowed }
load-date-time = `{ $key }` должно быть днём без времени, а время указано
load-date-time-hint = укажите только день, например { $key } = { $example }
load-date-invalid = `{ $key }`: такого дня нет в календаре
load-date-invalid-hint = проверьте день и месяц
load-date-quoted-hint = уберите кавычки: { $key } = { $value }
load-date-hint = запишите дату как ГГГГ-ММ-ДД без кавычек, например { $key } = { $example }
load-number-too-large = `{ $key }` слишком велико, чтобы сохранить его точно
load-number-too-large-hint = возьмите число поменьше или дробное, например 1.5e16
load-number-not-finite = `{ $key }` должно быть конечным числом, а не inf или nan
load-number-not-finite-hint = напишите обычное число, например 42 или 3.5
load-unknown-key = { $place }: неизвестный ключ `{ $key }`
load-unknown-section-hint = может быть, имелось в виду [[{ $near }]]? каждый элемент — отдельная таблица [[{ $near }]]
load-did-you-mean = может быть, имелось в виду `{ $near }`?
load-known-keys = известные здесь ключи: { $keys }
load-not-a-list-of-tables = `{ $key }` должно быть списком таблиц в виде [[{ $key }]], а не { $found }
load-not-a-list-of-tables-hint = начинайте каждый элемент ({ $noun }) строкой [[{ $key }]]
load-not-tables = `{ $key }` должно быть списком таблиц, а не { $found }
load-element-not-table = каждый элемент `{ $key }` должен быть таблицей, а этот — не таблица, а { $found }
load-write-example = напишите { $example }
load-schema-first = первая версия формата — 1
load-schema-newer = эта карта записана в формате версии { $version }, а этот cjm читает версии только до { $known }
load-schema-newer-hint = обновите cjm, чтобы открыть эту карту (а файл оставьте как есть)
load-schema-missing = в карте нет `schema` (версии формата)
load-schema-missing-hint = добавьте `schema = { $version }` первой строкой
load-bad-value = { $place }, `{ $key }`: { $problem }
load-bad-value-hint = запишите значение так же, как само поле записывается в карте
load-goal-not-table = `goal` должно быть таблицей, а не { $found }
load-goal-not-table-hint = запишите цель под строкой [goal]
load-wait-text-hint = запишите ожидание в кавычках с единицей, например wait = "15m"
load-wait-invalid = `wait` равно "{ $value }": { $problem }
load-wait-invalid-hint = укажите, сколько ждёт клиент, например wait = "15m", "2h" или "3d"
load-value-not-finite = число должно быть конечным, а не inf или nan
load-value-not-a-day = такого дня нет в календаре
load-value-date-time = в картах даты хранятся без времени (ГГГГ-ММ-ДД)
load-value-list-of-tables = список таблиц не может быть значением поля

## Reading a file: what it is when it is no regular file, sizes

file-not-regular = это { $what }, а не обычный файл
file-kind = { $kind ->
    [folder] папка
    [named-pipe] именованный канал (FIFO)
    [device] устройство (например, терминал или /dev/zero)
    [disk-device] дисковое устройство
    [socket] сокет
   *[special] специальный файл
}
file-too-large = размер файла { $size }, больше предела { $limit }
file-not-utf8 = это не текст в UTF-8 (байт { $byte })
file-size-mib = { $mib } МиБ
file-size-bytes = { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
   *[other] { $bytes } байт
}
file-size-mib-bytes = { $mib } МиБ ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
   *[other] { $bytes } байт
})
file-size-not-text = это не текст
file-size-not-a-size = `{ $text }` — это не размер
file-size-unknown-unit = у `{ $text }` неизвестная единица; укажите МиБ, например 256 или 256MiB
file-size-zero = предел размера должен быть больше 0
file-size-too-large = `{ $text }` — слишком много
load-conflict-markers = в файле незавершённое слияние git: маркеры конфликта (<<<<<<<, =======, >>>>>>>) в строках { $lines }
load-conflict-markers-hint = чтобы слить его поэлементно, выполните `cjm git setup` (настраивает драйвер слияния карт cjm в git), затем `git checkout --merge { $file }`, чтобы повторить слияние; или разрешите конфликт вручную: оставьте нужные строки между маркерами, удалите строки с маркерами и запускайте `cjm check { $file }`, пока проверка не пройдёт, затем `git add { $file }`

# The TOML parser's own words for its commonest errors
load-toml-problem = { $problem ->
    [invalid-basic-string] неверная строка в двойных кавычках
    [invalid-literal-string] неверная строка в одинарных кавычках
    [unclosed-array] незакрытый список
    [unclosed-table] незакрытый заголовок таблицы
    [unclosed-array-table] незакрытый заголовок списка таблиц
    [unclosed-inline-table] незакрытая встроенная таблица
    [missing-assignment-between-key-value-pairs] не хватает `=` между ключом и значением
    [missing-value] не хватает значения
    [invalid-unquoted-key] неверный ключ
    [string-values-must-be-quoted] строки нужно брать в кавычки
    [missing-comma-between-array-elements] не хватает запятой между элементами списка
    [extra-comma-in-array] лишняя запятая в списке
    [unexpected-content] неожиданное содержимое
    [missing-opening-quote] не хватает открывающей кавычки
    [invalid-multi-line-basic-string] неверная многострочная строка в двойных кавычках
    [invalid-multi-line-literal-string] неверная многострочная строка в одинарных кавычках
    [invalid-string] неверная строка
    [missing-value-for-key] не хватает значения ключа
    [key-with-no-value] ключ без значения
    [empty-unquoted-key] ключ без кавычек не может быть пустым
    [multi-line-basic-key] ключ не может быть многострочной строкой
    [multi-line-literal-key] ключ не может быть многострочной строкой
    [missing-comma-between-key-value-pairs] не хватает запятой между парами «ключ — значение»
    [extra-comma-in-inline-table] лишняя запятая во встроенной таблице
    [extra-assignment] лишний знак `=`
    [extra-equals] лишний знак `=`
    [assignment-in-array] неожиданный знак `=` в списке
    [content-after-comment] неожиданное содержимое между комментарием и концом строки
    [unexpected-key-or-value] неожиданный ключ или значение
    [invalid-key-value-pair] неверная пара «ключ — значение»
    [invalid-inline-table-element] неверный элемент встроенной таблицы
    [missing-key-in-inline-table] не хватает ключа у элемента встроенной таблицы
    [missing-inline-table-opening] не хватает `{"{"}`, открывающей встроенную таблицу
    [missing-array-opening] не хватает `[`, открывающей список
    [missing-table-opening] не хватает `[`, открывающей заголовок таблицы
    [missing-escaped-value] не хватает символа после `\`
    [too-few-unicode-digits] слишком мало цифр в коде символа Unicode
    [missing-comment-start] не хватает `#` в начале комментария
    [invalid-comment-character] недопустимый символ в комментарии
    [lone-carriage-return] после возврата каретки должен идти перевод строки
    [too-deep] значения вложены слишком глубоко
    [invalid-boolean] неверное логическое значение
    [invalid-integer] неверное целое число
    [invalid-float] неверное дробное число
    [invalid-binary] неверное двоичное число
    [invalid-octal] неверное восьмеричное число
    [invalid-hexadecimal] неверное шестнадцатеричное число
    [invalid-date-time] неверная дата или время
    [signed-radix] у двоичных, восьмеричных и шестнадцатеричных чисел не бывает знака
    [uppercase-radix] префикс числа пишется строчными буквами (`0x`, `0o`, `0b`)
    [redundant-prefix] лишний префикс числа
    [redundant-sign] лишний знак + или -
    [unexpected-sign] неожиданный знак + или -
    [leading-zero] неожиданный ноль в начале числа
    [misplaced-underscore] `_` может стоять только между цифрами
   *[invalid-value] неверное значение
}

# What the TOML parser expected, when it says it in words (load-syntax-expected's $expected).
load-toml-expected = { $expected ->
    [key] ключ
    [value] значение
    [numbers] числа
    [digits] цифры
    [letters] буквы
    [printable-characters] печатные символы
    [unicode-hexadecimal] шестнадцатеричный код символа Unicode
    [basic-string] строка в двойных кавычках
    [literal-string] строка в одинарных кавычках
    [multi-line-basic-string] многострочная строка в двойных кавычках
    [multi-line-literal-string] многострочная строка в одинарных кавычках
    [unquoted-string] слово без кавычек
    [non-single-quote] символы, кроме `'`
    [non-single-quote-visible] символы, кроме `'`
    [non-double-quote-visible] символы, кроме `"`
   *[characters] символы
}

# A date or time the file writes wrongly: what is wrong ...
load-toml-date = { $what ->
    [date] неверная дата
    [time] неверное время
    [date-time] неверные дата и время
    [offset] неверный часовой пояс
   *[datetime] неверная дата или время
}
# ... and what was expected instead ($last: the month's last day, for day-range).
load-toml-date-expected = { $expected ->
    [year-or-hour] год или час
    [dash-or-colon] `-` (ГГГГ-ММ) или `:` (ЧЧ:ММ)
    [month] месяц
    [day] день
    [hour] час
    [minute] минуты
    [second] секунды
    [nanosecond] доли секунды
    [dash-before-day] `-` (ММ-ДД)
    [colon-before-minute] `:` (ЧЧ:ММ)
    [t-between] `T` между датой и временем
    [offset] `Z`, +СМЕЩЕНИЕ или -СМЕЩЕНИЕ
    [four-digit-year] год из четырёх цифр (ГГГГ)
    [two-digit-month] месяц из двух цифр (ММ)
    [two-digit-day] день из двух цифр (ДД)
    [two-digit-hour] час из двух цифр (ЧЧ)
    [two-digit-minute] минуты из двух цифр (ММ)
    [two-digit-second] секунды из двух цифр (СС)
    [month-range] месяц от 01 до 12
    [day-range] день от 01 до { $last }
    [hour-range] час от 00 до 23
    [hours-range] час от 00 до 23
    [minute-range] минуты от 00 до 59
    [minutes-range] минуты от 00 до 59
    [second-range] секунды от 00 до 60
   *[nanoseconds-overflowed] меньше цифр в долях секунды
}
