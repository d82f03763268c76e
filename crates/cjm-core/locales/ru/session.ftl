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
