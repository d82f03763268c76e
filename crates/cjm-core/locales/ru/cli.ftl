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
