# The command line: messages of every command, and its --help texts.

lang-unknown = cjm nie zna języka „{ $code }”; wybierz jeden z: { $known }

## cjm new

new-created = Utworzono { $file }: { $kind ->
    [current-state] mapa stanu obecnego
    [future-state] mapa stanu docelowego
    [day-in-the-life] mapa „dzień z życia klienta”
   *[service] mapa usługi
} „{ $title }”, etapy: { $stages }.
new-exists = ten plik już istnieje; `cjm new` nigdy nie nadpisuje mapy
new-exists-hint = wybierz inną nazwę pliku albo otwórz istniejącą mapę

## cjm check

check-ok = { $file }: ok ({ $summary })
check-evidence-share = { $percent }% punktów styku opiera się na danych
check-no-touchpoints-yet = jeszcze bez punktów styku
check-not-utf8 = plik nie jest poprawnym tekstem UTF-8
check-not-regular = to jest { $what }, a nie zwykły plik; cjm czyta mapy tylko ze zwykłych plików
check-cannot-read = nie można odczytać pliku: { $error }
check-cannot-write-json = nie można zapisać wyników w JSON: { $error }
