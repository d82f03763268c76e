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

## TOML syntax errors

load-syntax-error = błąd składni TOML: { $problem }
load-syntax-expected = { $problem }, oczekiwano: { $expected }
load-syntax-expected-nothing = niczego
load-syntax-expected-newline = nowy wiersz
load-syntax-expected-other = coś innego
load-syntax-unclosed-string = ten wielowierszowy tekst nie jest nigdzie zamknięty: ciągnie się do końca pliku, brakuje zamykającego `{ $quotes }`
load-syntax-defined-twice = `{ $key }` jest zdefiniowane dwa razy
load-syntax-duplicate-key = powtórzony klucz `{ $key }`
load-syntax-too-deep = klucze są zagnieżdżone zbyt głęboko: ponad { $levels } poziomów kluczy z kropkami, nagłówków tabel, list i tabel w wierszu
load-syntax-float-too-large = liczba jest za duża jak na liczbę dziesiętną
load-syntax-float-invalid = niepoprawna liczba dziesiętna
load-syntax-int-too-large = liczba jest za duża: liczby całkowite muszą mieścić się w 64 bitach
load-syntax-int-invalid = niepoprawna liczba całkowita
load-syntax-not-extendable = `{ $key }` jest już zdefiniowane ({ $what }) i nie można go tu rozszerzyć
load-syntax-kind = { $kind ->
    [table-with-header] tabela z nagłówkiem
    [list-of-tables] lista tabel
    [inline-table] tabela w wierszu
    [list] lista
   *[value] wartość
}
load-syntax-date-hint = zapisuj daty jako RRRR-MM-DD (prawdziwy dzień kalendarza), bez cudzysłowów
load-syntax-duplicate-hint = każdy klucz może wystąpić w tabeli tylko raz; usuń jeden z nich albo zmień jego nazwę
load-syntax-unclosed-hint = zamknij tekst tymi samymi trzema cudzysłowami tam, gdzie się kończy
load-syntax-too-deep-hint = mapa ma najwyżej kilka poziomów zagnieżdżenia; ten klucz lub nagłówek ma o wiele za dużo części (`a.b.c...`): skróć go
load-syntax-not-extendable-hint = zdefiniuj klucz raz: jako wartość albo jako tabelę, w jednym miejscu
load-syntax-other-hint = popraw składnię TOML w tym miejscu (zwykle brakuje cudzysłowu, `=`, przecinka albo nawiasu)

## Values of the wrong kind (instrumental: "musi być …", "a jest …")

load-kind = { $kind ->
    [table] tabelą
    [list-of-tables] listą tabel
    [text] tekstem
    [integer] liczbą całkowitą
    [decimal] liczbą dziesiętną
    [boolean] wartością true albo false
    [datetime] datą lub godziną
    [list] listą
    [inline-table] tabelą w wierszu
    [list-of-texts] listą tekstów
    [date] datą
    [number] liczbą
    [duration] czasem trwania
    [duration-example] czasem trwania, np. "15m"
   *[value] pojedynczą wartością
}
load-integer-at-least = liczbą całkowitą nie mniejszą niż { $min }
load-integer-range = liczbą całkowitą od { $min } do { $max }

## Where in the map a problem is

load-noun = { $kind ->
    [persona] persona
    [department] dział
    [team-member] członek zespołu
    [stage] etap
    [touchpoint] punkt styku
    [opportunity] szansa
    [metric] miernik
    [conflict] konflikt
    [evidence] dowód
    [action] działanie
    [frontstage-action] działanie na froncie
    [backstage-action] działanie na zapleczu
    [support-action] działanie wsparcia
    [web-link] link
    [reading] pomiar
   *[other] element
}
load-empty-text = { $place } ma puste pole `text`
load-empty-text-hint = wpisz, co się dzieje, np. text = "Sprawdza skierowanie", albo usuń to działanie
load-place-numbered = { $noun } nr { $number }
load-place-named = { $noun } `{ $id }`
load-place-nested = { $place }, { $noun } nr { $number }
load-place-top-level = najwyższy poziom mapy
load-in-place = { $place }: { $problem }

## Reading the map's fields

load-not-a-value = { $place }: `{ $key }` musi być { $expected }, a jest { $found }
load-not-a-value-hint = zapisz to jako `{ $key } = ...` (miejsce: { $place })
load-missing = { $place }: brakuje `{ $key }`
load-missing-hint = dodaj `{ $key } = { $example }`
load-wrong-type = `{ $key }` musi być { $expected }, a jest { $found }
load-text-hint = ujmij tekst w cudzysłów: { $key } = "..."
load-texts-hint = zapisz listę: { $key } = ["pierwszy", "drugi"]
load-element-not-text = element nr { $number } w `{ $key }` musi być tekstem, a jest { $found }
load-element-not-text-hint = ujmij każdy element w cudzysłów
load-boolean-hint = zapisz { $key } = true albo { $key } = false (bez cudzysłowów)
load-out-of-range = `{ $key }` ma wartość { $value }, a musi być { $expected }
load-number-hint = zapisz liczbę bez cudzysłowów, np. { $key } = { $example }
load-vocab-unknown = `{ $key }` ma wartość "{ $value }", której nie ma wśród dozwolonych ({ $what })
load-vocab-noun = { $kind ->
    [kind-of-map] rodzaj mapy
    [kind-of-conflict] rodzaj konfliktu
    [kind-of-metric] rodzaj miernika
    [evidence-source] źródło dowodu
    [focus] cel mapowania
    [role] rola
    [channel] kanał
   *[status] status
}
load-vocab-near-hint = czy chodziło o `{ $near }`? dozwolone: { $allowed }
load-vocab-hint = dozwolone: { $allowed }
load-vocab-text-hint = wpisz w cudzysłowie jedną z wartości: { $allowed }
load-date-time = `{ $key }` musi być samym dniem, bez godziny, a ma godzinę
load-date-time-hint = wpisz sam dzień, np. { $key } = { $example }
load-date-invalid = `{ $key }` nie jest dniem, który istnieje w kalendarzu
load-date-invalid-hint = sprawdź dzień i miesiąc
load-date-quoted-hint = usuń cudzysłowy: { $key } = { $value }
load-date-hint = zapisz datę jako RRRR-MM-DD bez cudzysłowów, np. { $key } = { $example }
load-number-too-large = `{ $key }` jest za duże, by zapisać je dokładnie
load-number-too-large-hint = użyj mniejszej liczby albo liczby dziesiętnej, np. 1.5e16
load-number-not-finite = `{ $key }` musi być skończoną liczbą, a nie inf ani nan
load-number-not-finite-hint = wpisz zwykłą liczbę, np. 42 albo 3.5
load-unknown-key = { $place }: nieznany klucz `{ $key }`
load-unknown-section-hint = czy chodziło o [[{ $near }]]? każdy element to osobna tabela [[{ $near }]]
load-did-you-mean = czy chodziło o `{ $near }`?
load-known-keys = znane klucze w tym miejscu: { $keys }
load-not-a-list-of-tables = `{ $key }` musi być listą tabel zapisanych jako [[{ $key }]], a jest { $found }
load-not-a-list-of-tables-hint = zaczynaj każdy element ({ $noun }) wierszem [[{ $key }]]
load-not-tables = `{ $key }` musi być listą tabel, a jest { $found }
load-element-not-table = każdy element `{ $key }` musi być tabelą, a ten jest { $found }
load-write-example = zapisz { $example }
load-schema-first = pierwsza wersja formatu ma numer 1
load-schema-newer = ta mapa używa formatu w wersji { $version }, a ten cjm czyta wersje najwyżej do { $known }
load-schema-newer-hint = zaktualizuj cjm, żeby otworzyć tę mapę (a plik zostaw bez zmian)
load-schema-missing = mapa nie ma `schema` (wersji formatu)
load-schema-missing-hint = dodaj `schema = { $version }` jako pierwszy wiersz
load-bad-value = { $place }, `{ $key }`: { $problem }
load-bad-value-hint = zapisz wartość tak, jak samo pole zapisuje się w mapie
load-goal-not-table = `goal` musi być tabelą, a jest { $found }
load-goal-not-table-hint = zapisz cel pod wierszem [goal]
load-wait-text-hint = zapisz czas oczekiwania w cudzysłowie, z jednostką, np. wait = "15m"
load-wait-invalid = `wait` ma wartość "{ $value }": { $problem }
load-wait-invalid-hint = wpisz, jak długo klient czeka, np. wait = "15m", "2h" albo "3d"
load-value-not-finite = liczba musi być skończona, a nie inf ani nan
load-value-not-a-day = taki dzień nie istnieje w kalendarzu
load-value-date-time = mapy zapisują daty bez godziny (RRRR-MM-DD)
load-value-list-of-tables = lista tabel nie może być wartością pola

## Reading a file: what it is when it is no regular file, sizes

file-not-regular = to jest { $what }, a nie zwykły plik
file-kind = { $kind ->
    [folder] folder
    [named-pipe] potok nazwany (FIFO)
    [device] urządzenie (np. terminal albo /dev/zero)
    [disk-device] urządzenie dyskowe
    [socket] gniazdo
   *[special] plik specjalny
}
file-too-large = plik ma { $size }, więcej niż limit { $limit }
file-not-utf8 = to nie jest tekst UTF-8 (bajt { $byte })
file-size-mib = { $mib } MiB
file-size-bytes = { $bytes ->
    [one] { $bytes } bajt
    [few] { $bytes } bajty
   *[other] { $bytes } bajtów
}
file-size-mib-bytes = { $mib } MiB ({ $bytes ->
    [one] { $bytes } bajt
    [few] { $bytes } bajty
   *[other] { $bytes } bajtów
})
file-size-not-text = to nie jest tekst
file-size-not-a-size = `{ $text }` to nie jest rozmiar
file-size-unknown-unit = `{ $text }` ma nieznaną jednostkę; podaj MiB, np. 256 albo 256MiB
file-size-zero = limit rozmiaru musi być większy od 0
file-size-too-large = `{ $text }` to za dużo
load-conflict-markers = plik zawiera niedokończone scalanie gita: znaczniki konfliktu (<<<<<<<, =======, >>>>>>>) w wierszach { $lines }
load-conflict-markers-hint = żeby scalić go element po elemencie, uruchom `cjm git setup` (ustawia sterownik scalania map cjm w gicie), a potem `git checkout --merge { $file }`, żeby powtórzyć scalanie; albo rozwiąż konflikt ręcznie: zostaw potrzebne wiersze między znacznikami, usuń wiersze ze znacznikami i uruchamiaj `cjm check { $file }`, aż przejdzie, potem `git add { $file }`

# The TOML parser's own words for its commonest errors
load-toml-problem = { $problem ->
    [invalid-basic-string] niepoprawny tekst w cudzysłowie
    [invalid-literal-string] niepoprawny tekst w apostrofach
    [unclosed-array] niezamknięta lista
    [unclosed-table] niezamknięty nagłówek tabeli
    [unclosed-array-table] niezamknięty nagłówek listy tabel
    [unclosed-inline-table] niezamknięta tabela w wierszu
    [missing-assignment-between-key-value-pairs] brakuje `=` między kluczem a wartością
    [missing-value] brakuje wartości
    [invalid-unquoted-key] niepoprawny klucz
    [string-values-must-be-quoted] tekst trzeba ująć w cudzysłów
    [missing-comma-between-array-elements] brakuje przecinka między elementami listy
    [extra-comma-in-array] zbędny przecinek w liście
    [unexpected-content] nieoczekiwana treść
    [missing-opening-quote] brakuje cudzysłowu otwierającego
    [invalid-multi-line-basic-string] niepoprawny wielowierszowy tekst w cudzysłowie
    [invalid-multi-line-literal-string] niepoprawny wielowierszowy tekst w apostrofach
    [invalid-string] niepoprawny tekst
    [missing-value-for-key] brakuje wartości klucza
    [key-with-no-value] klucz bez wartości
    [empty-unquoted-key] klucz bez cudzysłowu nie może być pusty
    [multi-line-basic-key] klucz nie może być tekstem wielowierszowym
    [multi-line-literal-key] klucz nie może być tekstem wielowierszowym
    [missing-comma-between-key-value-pairs] brakuje przecinka między parami klucz–wartość
    [extra-comma-in-inline-table] zbędny przecinek w tabeli w wierszu
    [extra-assignment] zbędny znak `=`
    [extra-equals] zbędny znak `=`
    [assignment-in-array] nieoczekiwany znak `=` w liście
    [content-after-comment] nieoczekiwana treść między komentarzem a końcem wiersza
    [unexpected-key-or-value] nieoczekiwany klucz lub wartość
    [invalid-key-value-pair] niepoprawna para klucz–wartość
    [invalid-inline-table-element] niepoprawny element tabeli w wierszu
    [missing-key-in-inline-table] brakuje klucza elementu tabeli w wierszu
    [missing-inline-table-opening] brakuje `{"{"}` otwierającego tabelę w wierszu
    [missing-array-opening] brakuje `[` otwierającego listę
    [missing-table-opening] brakuje `[` otwierającego nagłówek tabeli
    [missing-escaped-value] brakuje znaku po `\`
    [too-few-unicode-digits] za mało cyfr w kodzie znaku Unicode
    [missing-comment-start] brakuje `#` na początku komentarza
    [invalid-comment-character] niedozwolony znak w komentarzu
    [lone-carriage-return] po znaku powrotu karetki musi być znak nowego wiersza
    [too-deep] wartości są zagnieżdżone zbyt głęboko
    [invalid-boolean] niepoprawna wartość logiczna
    [invalid-integer] niepoprawna liczba całkowita
    [invalid-float] niepoprawna liczba dziesiętna
    [invalid-binary] niepoprawna liczba dwójkowa
    [invalid-octal] niepoprawna liczba ósemkowa
    [invalid-hexadecimal] niepoprawna liczba szesnastkowa
    [invalid-date-time] niepoprawna data lub godzina
    [signed-radix] liczby dwójkowe, ósemkowe i szesnastkowe nie mogą mieć znaku
    [uppercase-radix] przedrostek liczby musi być pisany małą literą (`0x`, `0o`, `0b`)
    [redundant-prefix] zbędny przedrostek liczby
    [redundant-sign] zbędny znak + lub -
    [unexpected-sign] nieoczekiwany znak + lub -
    [leading-zero] nieoczekiwane zero na początku
    [misplaced-underscore] `_` może stać tylko między cyframi
   *[invalid-value] niepoprawna wartość
}

# What the TOML parser expected, when it says it in words (load-syntax-expected's $expected).
load-toml-expected = { $expected ->
    [key] klucz
    [value] wartość
    [numbers] liczby
    [digits] cyfry
    [letters] litery
    [printable-characters] znaki drukowalne
    [unicode-hexadecimal] szesnastkowy kod znaku Unicode
    [basic-string] tekst w cudzysłowie
    [literal-string] tekst w apostrofach
    [multi-line-basic-string] wielowierszowy tekst w cudzysłowie
    [multi-line-literal-string] wielowierszowy tekst w apostrofach
    [unquoted-string] słowo bez cudzysłowu
    [non-single-quote] znaki inne niż `'`
    [non-single-quote-visible] znaki inne niż `'`
    [non-double-quote-visible] znaki inne niż `"`
   *[characters] znaki
}

# A date or time the file writes wrongly: what is wrong ...
load-toml-date = { $what ->
    [date] niepoprawna data
    [time] niepoprawna godzina
    [date-time] niepoprawna data z godziną
    [offset] niepoprawna strefa czasowa
   *[datetime] niepoprawna data lub godzina
}
# ... and what was expected instead ($last: the month's last day, for day-range).
load-toml-date-expected = { $expected ->
    [year-or-hour] rok albo godzina
    [dash-or-colon] `-` (RRRR-MM) albo `:` (GG:MM)
    [month] miesiąc
    [day] dzień
    [hour] godzina
    [minute] minuty
    [second] sekundy
    [nanosecond] ułamek sekundy
    [dash-before-day] `-` (MM-DD)
    [colon-before-minute] `:` (GG:MM)
    [t-between] `T` między datą a godziną
    [offset] `Z`, +PRZESUNIĘCIE albo -PRZESUNIĘCIE
    [four-digit-year] czterocyfrowy rok (RRRR)
    [two-digit-month] dwucyfrowy miesiąc (MM)
    [two-digit-day] dwucyfrowy dzień (DD)
    [two-digit-hour] dwucyfrowa godzina (GG)
    [two-digit-minute] dwucyfrowe minuty (MM)
    [two-digit-second] dwucyfrowe sekundy (SS)
    [month-range] miesiąc od 01 do 12
    [day-range] dzień od 01 do { $last }
    [hour-range] godzina od 00 do 23
    [hours-range] godzina od 00 do 23
    [minute-range] minuty od 00 do 59
    [minutes-range] minuty od 00 do 59
    [second-range] sekundy od 00 do 60
   *[nanoseconds-overflowed] mniej cyfr ułamka sekundy
}
