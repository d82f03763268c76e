# The config file: warnings about it, and the comments of the default file.

config-unreadable = { $file }: nie da się odczytać konfiguracji ({ $why }); używam ustawień domyślnych
config-invalid = { $file }: { $why }; używam ustawień domyślnych
config-not-a-table = { $file }: [{ $section }] musi być tabelą
config-did-you-mean-section = { " " }(czy chodziło o [{ $section }]?)
config-did-you-mean = { " " }(czy chodziło o `{ $name }`?)
config-unknown-section = { $file }: nieznana sekcja `{ $section }`{ $hint }; pomijam ją
config-language-not-text = { $file }: language musi być tekstem, np. "pl"
config-recovery-unknown = { $file }: [recovery] `{ $key }` nie jest ustawieniem{ $hint }; pomijam je
config-recovery-interval = { $file }: [recovery] interval_seconds: wpisz liczbę całkowitą sekund od { $min } do { $max }, np. 3
config-not-a-mode = { $file }: [keys.{ $table }] nie jest trybem{ $hint }; tryby to { $modes }
config-not-an-action = { $file }: { $section } `{ $action }` nie jest akcją{ $hint }
config-needs-a-key = { $file }: { $section } `{ $action }` potrzebuje klawisza lub listy klawiszy, np. { $action } = ["x"]
config-no-key-left = { $file }: { $section } dla `{ $action }` nie został żaden klawisz; zostają klawisze domyślne
config-not-a-colour-role = { $file }: [colors] `{ $role }` nie jest rolą koloru{ $hint }
config-colour = { $file }: [colors] { $role }: wpisz nazwę koloru (red, lightblue, darkgray…), numer 0-255 albo "#rrggbb"
config-dots = { $file }: [workshop] dots musi być liczbą całkowitą od 1 do 20
config-length-not-text = { $file }: [workshop] length musi być tekstem, np. "2h" albo "90m"
config-workshop-unknown = { $file }: [workshop] `{ $key }` nie jest ustawieniem{ $hint }
config-no-such-step = { $file }: [workshop] `{ $key }`: nie ma kroku o nazwie `{ $step }`
config-minutes = { $file }: [workshop] { $key } musi być liczbą minut od 1 do 600

## The default config file's comments (each line becomes "# …")

config-file-head =
    Konfiguracja cjm.
    Każde ustawienie tutaj jest domyślne; usuń linię, aby zostawić wartość domyślną,
    zmień ją, aby ją nadpisać. Klawisze: "q", "H", "ctrl-s", "alt-enter", "esc",
    "left", "f2", "space"... Kilka klawiszy: ["k", "up"].
config-file-language =
    Język interfejsu: en, pl, ru albo sv (lub pseudo do testowania
    układu); --lang ma pierwszeństwo. Bez tego ustawienia: język systemu.
config-file-colors =
    Kolory: nazwa (black, red, green, yellow, blue, magenta, cyan, gray,
    darkgray, lightred... white), numer 0-255 albo "#rrggbb".
    Kolory nie są używane, gdy ustawiona jest zmienna środowiskowa NO_COLOR.
config-file-workshop =
    Warsztat prowadzony: czas każdego kroku w minutach i liczba kropek,
    które każdy uczestnik rozdaje, gdy zespół głosuje na szanse.
config-file-length =
    Długość warsztatu: czasy kroków powyżej są do niej dopasowywane
    (`--length` w `cjm new` i `cjm guide` ma pierwszeństwo).
config-file-recovery =
    Gdy mapa ma niezapisane zmiany, jej kopia zapasowa trafia do folderu
    danych najwyżej tak często; po awarii `cjm PLIK` ją proponuje.
config-length = { $file }: [workshop] length: { $why }
