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

## --help: what clap shows. English is written in the doc comments of
## src/cli; these are the same texts, the source for the translations.

help-usage = Użycie:
help-heading-arguments = Argumenty
help-heading-options = Opcje
help-heading-commands = Polecenia
help-flag-help = Pokaż pomoc
help-flag-version = Pokaż wersję
help-cjm = Warsztaty mapowania podróży klienta w terminalu
    .long = Warsztaty mapowania podróży klienta w terminalu. Mapy to pliki TOML, które mają żyć w gicie. Utwórz mapę poleceniem `cjm new`, sprawdź ją przez `cjm check`, a `cjm fmt` utrzyma ją w postaci kanonicznej.
help-cjm-file = Plik mapy do otwarcia w aplikacji terminalowej.
help-cjm-max-size = Największy plik, jaki cjm przeczyta, w MiB (albo z jednostką: 512MiB, 1GiB); domyślnie 128 MiB. Można go też ustawić zmienną środowiskową CJM_MAX_SIZE.
help-cjm-lang = Język komunikatów, aplikacji i nowych map (en, pl, ru, sv; pseudo do testowania układu), a także eksportów zamiast języka samej mapy. Domyślnie: `language` z pliku konfiguracji, a w jego braku język systemu (LC_ALL, LC_MESSAGES, LANG).
help-cjm-new = Utwórz nową mapę z szablonu (nigdy nie nadpisuje pliku).
help-cjm-new-file = Plik do utworzenia, np. maps/onboarding.toml.
help-cjm-new-template = Od jakich etapów zaczyna się mapa.
help-cjm-new-title = Tytuł mapy (domyślnie z nazwy pliku).
help-cjm-new-length = Ile trwa następujący po tym warsztat (2h, 90m, 3h, 4h...): czasy kroków zostaną do tego dopasowane. Domyślnie: `[workshop] length` z konfiguracji, a w jego braku 2h.
help-cjm-guide = Poprowadź warsztat na mapie, od kroku, na którym został przerwany.
help-cjm-guide-file = Mapa, nad którą pracujecie.
help-cjm-guide-length = Ile trwa warsztat (2h, 90m, 3h, 4h...): czasy kroków zostaną do tego dopasowane. Domyślnie: `[workshop] length` z konfiguracji, a w jego braku 2h.
help-cjm-check = Wczytaj i zweryfikuj mapy, a potem uruchom kontrole warsztatowe (brak dowodów, problemy bez odpowiedzi, szanse bez mierników...).
    .long = Wczytaj i zweryfikuj mapy, a potem uruchom kontrole warsztatowe (brak dowodów, problemy bez odpowiedzi, szanse bez mierników...). Kod wyjścia 0, gdy każda mapa jest poprawna, nawet z ostrzeżeniami; 2, gdy mapy nie da się wczytać; 1 z `--deny warnings`, gdy mapa ma ostrzeżenia.
help-cjm-check-files = Mapy do sprawdzenia.
help-cjm-check-deny = Zakończ błędem (kod 1) przy ostrzeżeniach; uwagi nigdy nie powodują błędu.
help-cjm-check-format = `text` dla ludzi, `json` dla skryptów.
help-cjm-fmt = Przepisz mapy do postaci kanonicznej (komentarze zostają).
help-cjm-fmt-files = Mapy do sformatowania.
help-cjm-fmt-check = Niczego nie zmieniaj; zakończ kodem 1 i wymień pliki, które by się zmieniły.
help-cjm-export = Wyeksportuj mapę jako Markdown, Mermaid, CSV, HTML albo JSON (na standardowe wyjście albo do pliku z -o).
help-cjm-export-file = Mapa do eksportu.
help-cjm-export-format = Format zapisu.
help-cjm-export-output = Zapisz do tego pliku (atomowo) zamiast na standardowe wyjście; nigdy do samej mapy.
help-cjm-export-bom = Tylko CSV: zacznij od znacznika kolejności bajtów UTF-8, dla Excela.
help-cjm-diff = Pokaż, co zmieniło się między dwiema mapami, element po elemencie (komentarze nie są porównywane).
    .long = Pokaż, co zmieniło się między dwiema mapami, element po elemencie (komentarze nie są porównywane). `cjm diff STARA NOWA` porównuje dwa pliki; z siedmioma (lub dziewięcioma) argumentami zewnętrznego diffu gita nazywa mapę jej ścieżką w repozytorium. Kod wyjścia 0, gdy mapy są takie same, 1, gdy się różnią, 2, gdy którejś nie da się wczytać.
help-cjm-diff-files = STARA NOWA: wcześniejsza mapa (np. stan obecny) i późniejsza; albo siedem (lub dziewięć) argumentów zewnętrznego diffu gita.
help-cjm-diff-format = `text` dla terminala, `markdown` dla pull requesta albo wiki.
help-cjm-diff-label-a = Nazwa pokazywana zamiast ścieżki STAREJ mapy (np. `main:maps/shop.toml`).
help-cjm-diff-label-b = Nazwa pokazywana zamiast ścieżki NOWEJ mapy.
help-cjm-merge = Scalanie trójstronne mapy według elementów i pól; wynik zastępuje OURS.
    .long = Scalanie trójstronne mapy według elementów i pól; wynik zastępuje OURS. Przeznaczone dla sterownika scalania gita, `cjm merge %O %A %B --path %P`. Kod wyjścia 0, gdy scalenie jest czyste, 1, gdy zostało coś do rozstrzygnięcia (konflikty zapisane w mapie albo znaczniki konfliktu w stronie, która nie jest poprawną mapą), 2, gdy nie da się odczytać którejś wersji albo zapisać OURS.
help-cjm-merge-base = Wspólny przodek (%O gita); pusty lub brak, gdy obie strony dodały plik.
help-cjm-merge-ours = Nasza wersja, nadpisywana wynikiem (%A gita).
help-cjm-merge-theirs = Ich wersja (%B gita).
help-cjm-merge-path = Ścieżka mapy w repozytorium (%P gita), do nazywania jej w komunikatach.
help-cjm-git = Konfiguracja gita dla map: `cjm git setup`, `cjm git check`.
help-cjm-git-setup = Spraw, by git scalał i porównywał mapy za pomocą cjm; ponowne uruchomienie niczego nie zmienia.
    .long = Spraw, by git scalał i porównywał mapy za pomocą cjm; ponowne uruchomienie niczego nie zmienia. Dodaje `WZORZEC merge=cjm diff=cjm` do .gitattributes i ustawia sterowniki scalania i porównywania w konfiguracji gita. Kod wyjścia 0 po wykonaniu, 2 przy błędzie.
help-cjm-git-setup-patterns = Które pliki map: wzorce gitattributes względem bieżącego folderu (w cudzysłowie, żeby powłoka ich nie rozwinęła). Domyślnie: 'maps/**/*.toml'.
help-cjm-git-setup-global = Skonfiguruj gita dla wszystkich repozytoriów tego użytkownika: sterowniki w globalnej konfiguracji gita, wzorce w core.attributesFile.
help-cjm-git-check = Powiedz, czego brakuje temu klonowi, żeby git scalał i porównywał mapy za pomocą cjm.
    .long = Powiedz, czego brakuje temu klonowi, żeby git scalał i porównywał mapy za pomocą cjm; przy każdym braku podaje polecenie, które go usuwa. Kod wyjścia 0, gdy niczego nie brakuje, 1, gdy czegoś brakuje, 2 przy błędzie.
help-cjm-config = Gdzie jest plik konfiguracji i co może zawierać.
help-cjm-config-path = Wypisz ścieżkę pliku konfiguracji (może jeszcze nie istnieć).
help-cjm-config-default = Wypisz plik konfiguracji ze wszystkimi domyślnymi ustawieniami, w komentarzach.

## Every command

cli-size-limit-unreadable = nie można odczytać limitu rozmiaru: { $problem }
cli-size-limit-unreadable-hint = podaj go w MiB, np. CJM_MAX_SIZE=256, albo usuń zmienną, by wrócić do domyślnych 128 MiB
cli-no-config-folder = nie wiadomo, gdzie jest folder domowy, więc nie ma folderu konfiguracji
cli-no-terminal-banner = cjm { $version } – warsztaty mapowania podróży klienta w terminalu

    Uruchom `cjm` w terminalu, żeby zobaczyć ekran startowy; `cjm PLIK` otwiera tablicę mapy,
    `cjm new PLIK` zaczyna prowadzony warsztat, `cjm --help` wymienia wszystkie polecenia.
cli-recovery-copy-kept = niezapisane zmiany tej mapy są w kopii odzyskiwania, która jest kompletną mapą:
cli-recovery-copy-kept-hint = sprawdź ją poleceniem `cjm check` i skopiuj na miejsce pliku, żeby odzyskać zmiany
cli-needs-terminal = tablica potrzebuje terminala
cli-needs-terminal-hint = uruchom cjm w terminalu albo użyj `cjm check` / `cjm export` w skryptach
cli-app-failed = aplikacja terminalowa zakończyła się błędem: { $error }
cli-app-failed-hint = sprawdź, czy terminal obsługuje programy pełnoekranowe
cli-cannot-write = nie można zapisać pliku: { $error }
cli-cannot-write-permission-hint = sprawdź uprawnienia pliku i jego folderu albo zapisz w innym miejscu
cli-cannot-write-hint = dotychczasowy plik, jeśli był, pozostał bez zmian; spróbuj innej ścieżki
cli-no-folder = ten folder nie istnieje
cli-no-folder-hint = najpierw utwórz folder albo wybierz inną ścieżkę
cli-disk-full = dysk jest pełny
cli-disk-full-hint = zwolnij trochę miejsca i spróbuj ponownie; dotychczasowy plik pozostał bez zmian

## cjm fmt

fmt-would-reformat = do przeformatowania: { $file }
fmt-formatted = sformatowano: { $file }

## cjm export

export-bom-csv-only = --bom dotyczy tylko CSV, nie { $format }
export-bom-csv-only-hint = pomiń --bom albo użyj --format csv
export-output-is-map = plik wynikowy to sama mapa; eksport nadpisałby mapę
export-output-is-map-hint = zapisz do innego pliku, np. -o { $example }
export-written = wyeksportowano: { $file } ({ $format })
export-cannot-write = nie można zapisać eksportu: { $error }
export-cannot-write-hint = zapisz do pliku opcją -o PLIK

## cjm diff

diff-wrong-arguments = oczekiwano 2 plików (albo 7 lub 9 argumentów zewnętrznego diffu gita), podano { $count }
diff-wrong-arguments-hint = porównaj dwie mapy poleceniem `cjm diff STARA.toml NOWA.toml`
diff-working-tree = katalog roboczy
diff-new-map = nowa mapa
diff-deleted-map = usunięta mapa
diff-cannot-read-copy = nie można odczytać kopii pliku z gita: { $error }
diff-cannot-read-copy-hint = uruchom `git diff --no-ext-diff`, żeby zobaczyć zmianę wiersz po wierszu
diff-heading = Różnice między mapami

## cjm merge and the git merge driver

merge-invalid-ours = nasza wersja (ours) nie jest poprawną mapą (zob. wyżej)
merge-invalid-theirs = ich wersja (theirs) nie jest poprawną mapą (zob. wyżej)
merge-invalid-both = ani nasza (ours), ani ich wersja (theirs) nie jest poprawną mapą (zob. wyżej)
merge-invalid-base = wersja bazowa nie jest poprawną mapą; scalam ours i theirs jako dwie niezależnie dodane wersje
merge-result-invalid = scalona mapa nie byłaby poprawna ({ $problem })
merge-unreadable = nie udało się odczytać jednej z wersji; niczego nie scalono, a plik zawiera tylko naszą wersję
merge-lines-clean = wiersze scaliły się bez nakładania i wynik jest poprawną mapą, ale sprawdź go ręcznie (`cjm check { $file }`) przed `git add`
merge-lines-markers = zapisano scalenie wierszy ze znacznikami konfliktu (<<<<<<< ours, =======, >>>>>>> theirs): popraw plik, aż będzie poprawną mapą bez znaczników i `cjm check { $file }` przejdzie, a potem wykonaj `git add`
merge-clean = scalono bez konfliktów
merge-earlier-conflicts = scalono, ale mapa wciąż ma { $count } { $count ->
    [one] nierozstrzygnięty konflikt
    [few] nierozstrzygnięte konflikty
   *[other] nierozstrzygniętych konfliktów
} z wcześniej; `cjm check` je wymienia
merge-new-conflicts = { $count } { $count ->
    [one] konflikt
    [few] konflikty
   *[other] konfliktów
}: zostały nasze wartości, a ich zapisano w [[conflicts]] na końcu pliku; `cjm check` je wymienia
merge-unresolved = nierozstrzygnięty konflikt scalania: { $conflict }
merge-unresolved-hint = dla każdego ustaw pole (lub kolejność), które chcesz, albo zachowaj lub usuń element, a potem usuń jego tabelę [[conflicts]] na końcu pliku

## The command line: a map file and a command together.
cli-file-and-command = nie można podać jednocześnie `{ $file }` i polecenia: podaj mapę do otwarcia (`cjm PLIK`) albo polecenie (`cjm POLECENIE …`)
