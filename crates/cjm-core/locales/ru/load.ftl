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
