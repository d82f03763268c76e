# Repozytorium podróży: foldery map, wspólne persony (cjm.toml),
# cjm query, cjm readings import i strona portfolio z cjm report.

did-you-mean = czy chodziło o `{ $near }`?
repo-no-maps = w tym folderze nie ma map
repo-no-maps-hint = mapy to pliki .toml; cjm.toml, ukryte foldery i target/ są pomijane

## Wspólne persony

portfolio-not-shared = `{ $id }` nie jest wspólną personą
portfolio-shared-list = wspólne persony: { $ids }
portfolio-no-config-hint = nie znaleziono { $config } od folderu mapy aż po korzeń repozytorium: dodaj go z `personas = ["personas.toml"]` albo zapisz wpis jako `plik#{ $id }`
portfolio-config-empty-hint = { $config } nie wskazuje żadnego pliku wspólnych person albo pliki są puste
portfolio-file-unreadable = nie można odczytać wspólnej persony `{ $id }`: { $error }
portfolio-file-unreadable-hint = ścieżka przed `#` jest względna wobec folderu mapy
portfolio-file-no-persona = { $file } nie udostępnia persony `{ $id }`
portfolio-file-no-persona-hint = po `#` podaj id jednej z person z tego pliku
portfolio-differs = ta persona definiuje wspólną personę z { $file } inaczej
portfolio-differs-hint = { $differences }; usuń ją tutaj i wpisz `{ $id }` do `shared_personas` albo zmień wspólną personę w { $file }
portfolio-difference = { $field }: tutaj { $here }, we wspólnej { $shared }
portfolio-not-set = brak
portfolio-config-hint = cjm.toml przyjmuje `personas = ["personas.toml"]` i `departments = ["departments.toml"]`: pliki wspólnych person i działów, ścieżki względem niego
portfolio-only-personas = plik wspólnych person zawiera tylko tabele [[personas]]
portfolio-only-personas-hint = przenieś pozostałe tabele do mapy

## cjm query

query-empty = zapytanie jest puste
query-empty-hint = wpisz warunek, np. `emotion <= -1 and not evidence`
query-stray-close = ten `)` nie zamyka żadnego `(`
query-stray-close-hint = usuń go albo otwórz grupę wcześniej znakiem `(`
query-expected-join = oczekiwano `and`, `or` albo końca, a jest { $found }
query-expected-join-hint = łącz warunki słowem `and` lub `or`
query-bang = sam `!` nie jest operatorem
query-bang-hint = napisz `!=` dla „różne od” albo `not` przed warunkiem
query-bad-escape = nieznana sekwencja ucieczki w tekście w cudzysłowie
query-bad-escape-hint = dozwolone są tylko `\"` i `\\`
query-unclosed-quote = ten cudzysłów nie został zamknięty
query-unclosed-quote-hint = zakończ tekst znakiem `"`
query-the-end = koniec
query-expected-condition = oczekiwano nazwy pola albo `(`, a jest { $found }
query-fields = pola: { $fields }
query-unclosed-group = ten `(` nie został zamknięty
query-unclosed-group-hint = dodaj `)` po grupie
query-unknown-field = nieznane pole `{ $field }`
query-expected-value = po `{ $op }` oczekiwano wartości, a jest { $found }
query-expected-value-hint = wpisz słowo, liczbę albo "tekst w cudzysłowie"
query-no-match = żaden punkt styku nie pasuje do `{ $query }`
query-json-failed = nie można zapisać punktów styku jako JSON: { $error }

## cjm readings import

readings-unreadable-row = nie można odczytać wiersza: { $error }
readings-date-twice = { $date } jest już w wierszu { $line } z inną wartością ({ $value }); zostaw jeden z tych wierszy
readings-missing-date = brak daty (kolumna { $column })
readings-missing-value = brak wartości (kolumna { $column })
readings-not-a-date = `{ $text }` nie jest datą; napisz 2027-03-31 albo 31.03.2027
readings-not-a-number = `{ $text }` nie jest liczbą
readings-decimal-comma = `{ $text }` ma przecinek dziesiętny w pliku rozdzielanym przecinkami; rozdziel kolumny znakiem `;` albo ujmij liczbę w cudzysłów
readings-no-metric = mapa nie ma wskaźnika `{ $id }`
readings-no-metrics-hint = mapa nie ma jeszcze wskaźników; najpierw dodaj wskaźnik
readings-metrics-list = wskaźniki mapy: { $ids }
readings-not-utf8 = plik nie jest tekstem UTF-8
readings-not-utf8-hint = zapisz go z arkusza jako „CSV UTF-8”
readings-cannot-read = nie można odczytać pliku: { $error }
readings-cannot-read-hint = sprawdź ścieżkę
readings-empty = plik nie zawiera pomiarów
readings-empty-hint = w każdym wierszu wpisz datę i wartość, np. 2027-03-31;4,5
readings-clash-kept = mapa ma { $kept } dla { $date }, plik { $offered } (zostaje wartość mapy; --replace bierze wartość z pliku)
readings-clash-replaced = mapa miała { $kept } dla { $date }, plik { $offered } (zastąpiono wartością z pliku)
readings-added = dodano { $count ->
    [one] { $count } pomiar
    [few] { $count } pomiary
   *[other] { $count } pomiarów
} do `{ $metric }`
readings-would-add = zostałoby dodanych: { $count ->
    [one] { $count } pomiar
    [few] { $count } pomiary
   *[other] { $count } pomiarów
} do `{ $metric }`
readings-duplicates = { $count ->
    [one] { $count } był już w mapie
    [few] { $count } były już w mapie
   *[other] { $count } było już w mapie
}
readings-bad-rows = { $count ->
    [one] { $count } wiersz nieodczytany
    [few] { $count } wiersze nieodczytane
   *[other] { $count } wierszy nieodczytanych
}
readings-fix-hint = popraw powyższe wiersze i zaimportuj ponownie: pomiary już dodane zostaną pominięte

## cjm report: strona portfolio

portfolio-page-title = Portfolio map podróży klienta
portfolio-page-summary = { $maps ->
    [one] { $maps } mapa
    [few] { $maps } mapy
   *[other] { $maps } map
}, { $overdue ->
    [0] żaden przegląd nie jest zaległy.
    [one] { $overdue } zaległy przegląd.
    [few] { $overdue } zaległe przeglądy.
   *[other] { $overdue } zaległych przeglądów.
}
portfolio-page-map = Mapa
portfolio-page-file = Plik
portfolio-page-kind = Rodzaj
portfolio-page-owner = Właściciel
portfolio-page-review-by = Przegląd do
portfolio-page-touchpoints = Punkty styku
portfolio-page-opportunities = Szanse
portfolio-page-overdue = { $date } (zaległy)
portfolio-page-stage = Etap
portfolio-page-average = Średnia emocja
portfolio-page-not-rated = bez oceny
portfolio-page-top = Najważniejsza szansa
portfolio-page-votes = Głosy
portfolio-page-status = Status
portfolio-page-tracker = Zgłoszenie
portfolio-page-no-stages = Brak etapów.
portfolio-page-no-opportunities = Brak szans.
portfolio-page-departments = Działy × mapy
portfolio-page-department = Dział
portfolio-page-team = zespół

## The app

portfolio-app-shared = wspólna · { $file }
portfolio-app-shared-ref = { $id } (wspólna)

## Shared departments
field-map-shared-departments = Wspólne działy
portfolio-department-not-shared = `{ $id }` nie jest wspólnym działem
portfolio-department-shared-list = wspólne działy: { $ids }
portfolio-department-no-config-hint = nie znaleziono { $config } od folderu mapy aż do korzenia repozytorium: dodaj go z `departments = ["departments.toml"]` albo zapisz wpis jako `plik#{ $id }`
portfolio-department-config-empty-hint = { $config } nie wskazuje żadnego pliku wspólnych działów albo są one puste
portfolio-department-unreadable = nie można odczytać wspólnego działu `{ $id }`: { $error }
portfolio-file-no-department = { $file } nie udostępnia działu `{ $id }`
portfolio-file-no-department-hint = po `#` podaj identyfikator jednego z działów z tego pliku
portfolio-department-differs = ten dział definiuje wspólny dział z { $file } inaczej
portfolio-department-differs-hint = { $differences }; usuń go tutaj i dopisz `{ $id }` do `shared_departments` albo zmień wspólny dział w { $file }
portfolio-only-departments = plik wspólnych działów zawiera tylko tabele [[departments]]
