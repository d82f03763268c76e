# The session: saving files, the file on disk changing, edits, recovery copies.

## Saving a file

save-symlink-loop = { $path } to pętla dowiązań symbolicznych
save-is-directory = ta ścieżka to folder
save-not-regular = { $path } nie jest zwykłym plikiem (to potok FIFO, urządzenie albo gniazdo), więc cjm go nie zastąpi
save-read-only = plik jest tylko do odczytu
save-owner-changed = plik należał do użytkownika { $user } i grupy { $group }; cjm nie może zachować { $kept ->
    [group] tego właściciela
   *[none] tego właściciela ani grupy
} w nowej kopii, więc teraz należy on do użytkownika { $new_user } i grupy { $new_group }

## The map's file read again

ondisk-not-regular = to jest teraz { $what }, a nie zwykły plik
ondisk-conflict-markers = plik zawiera znaczniki konfliktu scalania gita (<<<<<<<); najpierw dokończ scalanie
ondisk-invalid = plik nie jest już poprawną mapą; `cjm check` pokaże dlaczego
ondisk-not-utf8 = plik nie jest już tekstem UTF-8
ondisk-not-a-map-at = to nie jest już poprawna mapa (wiersz { $line }: { $problem })
ondisk-not-a-map-because = to nie jest już poprawna mapa ({ $problem })
ondisk-not-a-map = to nie jest już poprawna mapa
ondisk-cannot-check = nie można odczytać pliku, żeby sprawdzić, czy nikt go nie zmienił: { $problem }
ondisk-no-longer-regular = { $path } nie jest już zwykłym plikiem ({ $what })
ondisk-folder-read-only = folder { $folder } jest tylko do odczytu
ondisk-folder-shared = folder { $folder } jest współdzielony (sticky): tylko właściciel pliku { $file } może go zastąpić; zapisz pod inną nazwą
ondisk-permission-denied = brak uprawnień: twój użytkownik nie może tworzyć plików w folderze { $folder }
ondisk-read-only-filesystem = dysk jest zamontowany tylko do odczytu
ondisk-full = dysk jest pełny
ondisk-quota = wyczerpał się twój przydział miejsca na dysku
ondisk-no-folder = folder { $folder } nie istnieje
ondisk-not-a-folder = { $folder } nie jest folderem, więc nie da się w nim nic zapisać
ondisk-already-exists = { $path } już istnieje, a cjm nigdy nie nadpisuje innego pliku
ondisk-is-a-folder = { $path } to folder
