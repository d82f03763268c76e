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

## The editor of a field: why the typed text is no value (shown while typing)

edit-item-gone = należy do elementu, którego już nie ma
edit-choice-required = wybierz jedną z wartości
edit-read-only = id nigdy się nie zmienia, więc odwołania i scalanie przetrwają zmianę nazwy
edit-not-a-choice = jedna z wartości: { $allowed }
edit-too-small = liczba całkowita, { $min } lub więcej
edit-out-of-range = liczba całkowita od { $min } do { $max }
edit-not-a-number = liczba, np. 42 albo 3,5
edit-not-yes-or-no = tak albo nie
edit-not-a-date = `{ $text }` to nie data; wpisz RRRR-MM-DD, np. 2026-03-31
edit-wrong-kind = `{ $id }` to { $kind }
edit-unknown-id-near = nie ma `{ $id }`; czy chodziło o `{ $near }`?
edit-unknown-id = nie ma `{ $id }`; znane: { $known }
edit-no-source = wiersz { $line }: zacznij od źródła ({ $sources }), potem `: uwaga`
edit-not-a-reading = wiersz { $line }: wpisz `RRRR-MM-DD wartość`, np. 2026-03-31 42
edit-on-line = wiersz { $line }: { $problem }
edit-reading-not-a-number = wiersz { $line }: `{ $value }` to nie liczba
edit-bad-link = wiersz { $line }: { $problem }; wpisz `adres tytuł`
edit-unknown-department-near = nie ma działu `{ $name }`; czy chodziło o { $near }?
edit-unknown-department = nie ma działu `{ $name }`; najpierw dodaj go do działów

## Recovery copies: kept when the app stops with unsaved changes.

rescue-kept = cjm: { $what } zachowane w kopii odzyskiwania:
    {"  "}{ $at }
    Żeby je odzyskać, uruchom ponownie `cjm { $file }` i wybierz „przywróć”.
rescue-write-failed = cjm: nie udało się zapisać kopii odzyskiwania { $at } ({ $error }); niezapisane zmiany w { $file } przepadły
rescue-no-folder-lost = cjm: nie wiadomo, gdzie jest folder danych (czy ustawiono HOME?), więc niezapisanych zmian w { $file } nie dało się zachować
rescue-no-data-folder = nie wiadomo, gdzie jest folder danych (czy ustawiono HOME?)
rescue-unreachable = cjm: nie udało się dotrzeć do niezapisanych zmian; kopia odzyskiwania zapisuje się co kilka sekund, dopóki są niezapisane zmiany, a najnowsza, jeśli istnieje, jest w folderze danych
rescue-writer-failed = nie udało się zapisać kopii odzyskiwania (błąd w cjm); zapisz mapę, aby zachować zmiany
rescue-writer-sealed = cjm kończy pracę: ostatnią kopię odzyskiwania zapisuje ratunek
recovery-not-a-folder = { $folder } nie jest folderem
recovery-folder-not-private = { $folder } mogą czytać inni użytkownicy; ogranicz dostęp (chmod 700), żeby trzymać tam kopie odzyskiwania
recovery-not-a-map = to nie jest poprawna mapa
