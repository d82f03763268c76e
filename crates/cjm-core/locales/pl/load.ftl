# Loading a map: errors in the file, with their hints.

load-not-regular = { $what }, a nie zwykły plik; cjm czyta mapy tylko ze zwykłych plików
load-not-regular-hint = podaj plik .toml mapy (jeśli to dowiązanie symboliczne, sprawdź, dokąd prowadzi)
load-not-utf8 = plik nie jest poprawnym tekstem UTF-8
load-not-utf8-hint = zapisz plik w edytorze jako UTF-8 (mapy to TOML w UTF-8)
load-more-errors = i jeszcze { $count ->
    [one] { $count } błąd
    [few] { $count } błędy
   *[other] { $count } błędów
}
load-more-errors-hint = popraw najpierw te; `cjm check --format json` pokazuje wszystkie
load-too-large = plik ma { $size }, więcej niż limit { $limit }
load-too-large-hint = sprawdź, czy to na pewno mapa podróży klienta; większe pliki otworzysz, podnosząc limit opcją `--max-size 256` albo zmienną środowiskową { $variable } (w MiB)
load-not-found = nie ma takiego pliku
load-not-found-hint = sprawdź ścieżkę albo utwórz mapę poleceniem `cjm new PLIK`
load-directory = to jest folder, a nie plik mapy
load-directory-hint = podaj plik .toml w tym folderze, np. { $example }
load-permission-denied = brak uprawnień do odczytu pliku
load-permission-denied-hint = sprawdź uprawnienia pliku (ls -l) albo otwórz kopię
load-cannot-read = nie można odczytać pliku: { $error }
load-cannot-read-hint = sprawdź, czy ścieżka wskazuje plik, który da się odczytać
