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
