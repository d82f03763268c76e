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
