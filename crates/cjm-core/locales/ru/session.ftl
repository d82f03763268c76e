# The session: saving files, the file on disk changing, edits, recovery copies.

## Saving a file

save-symlink-loop = { $path } — это петля символических ссылок
save-is-directory = этот путь — папка
save-not-regular = { $path } — не обычный файл (канал FIFO, устройство или сокет), поэтому cjm его не заменяет
save-read-only = файл доступен только для чтения
save-owner-changed = файл принадлежал пользователю { $user } и группе { $group }; cjm не может сохранить { $kept ->
    [group] этого владельца
   *[none] этого владельца и группу
} у новой копии, поэтому теперь он принадлежит пользователю { $new_user } и группе { $new_group }

## The map's file read again

ondisk-not-regular = теперь это { $what }, а не обычный файл
ondisk-conflict-markers = в файле есть маркеры конфликта слияния git (<<<<<<<); сначала завершите слияние
ondisk-invalid = файл больше не является правильной картой; `cjm check` покажет почему
ondisk-not-utf8 = файл больше не является текстом в UTF-8
ondisk-not-a-map-at = это больше не правильная карта (строка { $line }: { $problem })
ondisk-not-a-map-because = это больше не правильная карта ({ $problem })
ondisk-not-a-map = это больше не правильная карта
ondisk-cannot-check = не удаётся прочитать файл, чтобы проверить, что его никто не изменил: { $problem }
ondisk-no-longer-regular = { $path } больше не обычный файл ({ $what })
ondisk-folder-read-only = папка { $folder } доступна только для чтения
ondisk-folder-shared = папка { $folder } общая (sticky): заменить { $file } может только его владелец; сохраните под другим именем
ondisk-permission-denied = доступ запрещён: вашему пользователю нельзя создавать файлы в папке { $folder }
ondisk-read-only-filesystem = диск смонтирован только для чтения
ondisk-full = диск заполнен
ondisk-quota = ваша дисковая квота исчерпана
ondisk-no-folder = папки { $folder } не существует
ondisk-not-a-folder = { $folder } — не папка, поэтому в ней ничего нельзя сохранить
ondisk-already-exists = { $path } уже существует, а cjm никогда не перезаписывает чужой файл
ondisk-is-a-folder = { $path } — это папка

## The editor of a field: why the typed text is no value (shown while typing)

edit-item-gone = относится к элементу, которого больше нет
edit-choice-required = выберите одно из значений
edit-read-only = id никогда не меняется, поэтому ссылки и слияния переживают переименование
edit-not-a-choice = одно из: { $allowed }
edit-too-small = целое число, { $min } или больше
edit-out-of-range = целое число от { $min } до { $max }
edit-not-a-number = число, например 42 или 3,5
edit-not-yes-or-no = да или нет
edit-not-a-date = `{ $text }` — не дата; напишите ГГГГ-ММ-ДД, например 2026-03-31
edit-wrong-kind = `{ $id }` — это { $kind }
edit-unknown-id-near = нет `{ $id }`; может быть, имелось в виду `{ $near }`?
edit-unknown-id = нет `{ $id }`; известны: { $known }
edit-no-source = строка { $line }: начните с источника ({ $sources }), затем `: заметка`
edit-not-a-reading = строка { $line }: напишите `ГГГГ-ММ-ДД значение`, например 2026-03-31 42
edit-on-line = строка { $line }: { $problem }
edit-reading-not-a-number = строка { $line }: `{ $value }` — не число
edit-bad-link = строка { $line }: { $problem }; напишите `адрес название`
edit-unknown-department-near = нет отдела `{ $name }`; может быть, имелось в виду { $near }?
edit-unknown-department = нет отдела `{ $name }`; сначала добавьте его в отделы

## Recovery copies: kept when the app stops with unsaved changes.

rescue-kept = cjm: { $what } сохранены в копии для восстановления:
    {"  "}{ $at }
    Чтобы вернуть их, снова запустите `cjm { $file }` и выберите «восстановить».
rescue-write-failed = cjm: не удалось записать копию для восстановления { $at } ({ $error }); несохранённые изменения в { $file } потеряны
rescue-no-folder-lost = cjm: неизвестна папка данных (задана ли HOME?), поэтому несохранённые изменения в { $file } сохранить не удалось
rescue-no-data-folder = неизвестна папка данных (задана ли HOME?)
rescue-unreachable = cjm: до несохранённых изменений не удалось добраться; пока есть несохранённые изменения, копия для восстановления пишется каждые несколько секунд, и последняя, если она есть, лежит в папке данных
rescue-writer-failed = не удалось записать копию для восстановления (ошибка в cjm); сохраните карту, чтобы не потерять изменения
rescue-writer-sealed = cjm завершается: последнюю копию для восстановления пишет аварийное сохранение
recovery-not-a-folder = { $folder } — не папка
recovery-folder-not-private = { $folder } могут читать другие пользователи; закройте доступ (chmod 700), чтобы хранить там копии для восстановления
recovery-not-a-map = это не правильная карта
