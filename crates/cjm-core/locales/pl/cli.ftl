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

## cjm git setup and cjm git check.
git-not-installed = git nie jest zainstalowany (albo nie ma go w PATH)
git-not-installed-hint = zainstaluj gita (https://git-scm.com) i uruchom polecenie ponownie
git-not-a-repository = ten folder nie jest w repozytorium gita
git-not-a-repository-hint = uruchom je w klonie repozytorium (albo najpierw `git init`); `cjm git setup --global` konfiguruje gita dla wszystkich repozytoriów
git-failed = `git { $args }` się nie powiódł: { $message }
git-failed-hint = uruchom to polecenie gita samodzielnie, żeby zobaczyć dlaczego
git-space-in-pattern = `{ $pattern }` zawiera spację; wzorzec gitattributes kończy się na pierwszej spacji
git-space-in-pattern-hint = zapisz spację jako `[[:space:]]`, np. 'mapy[[:space:]]podrozy/*.toml'
git-not-toml = `{ $pattern }` nie wskazuje plików TOML
git-not-toml-hint = wskaż pliki map, np. 'maps/**/*.toml' (sam folder nie obejmuje plików w nim)
git-no-home = nie wiadomo, gdzie jest folder domowy, więc nie ma globalnego pliku atrybutów
git-no-home-hint = ustaw HOME albo core.attributesFile: git config --global core.attributesFile ŚCIEŻKA
git-cannot-read = nie można odczytać { $path }: { $message }
git-cannot-read-hint = sprawdź uprawnienia pliku; niczego nie zmieniono
git-not-utf8 = to nie jest tekst UTF-8
git-setup-already-has = { $file }: już zawiera `{ $line }`
git-setup-added = { $file }: dodano `{ $line }`
git-setup-one-file = { "  " }uwaga: `{ $pattern }` to jeden plik; wzorzec taki jak '{ $default }' (w cudzysłowie) obejmie też nowe mapy
git-setup-config-already = git config { $scope } { $key }: już ustawione
git-setup-config-set = git config { $scope } { $key }: ustawiono
git-setup-config-replaced = git config { $scope } { $key }: zastąpiono wcześniejszą wartość
git-setup-done =
    cjm git setup: gotowe. git scala te mapy element po elemencie, a `git diff`
      pokazuje je słowami mapy (`git log -p --ext-diff` też).
git-setup-commit-attributes =
    { "  " }Zatwierdź .gitattributes, żeby zespół go współdzielił; każdy klon
      uruchamia `cjm git setup` raz.
git-setup-nothing = cjm git setup: nic do zmiany, git był już skonfigurowany.
git-setup-no-cjm-on-path =
    ostrzeżenie: git nie znajdzie `cjm` w PATH: scalanie map skończy się znacznikami
      konfliktu, a porównania będą wierszowe. Dodaj cjm do PATH; więcej powie `cjm git check`.
git-check-title = cjm git check: { $folder }
git-check-ok = ok
git-check-missing = brak
git-check-fix = naprawa: { $fix }
git-check-key-set = { $key } jest ustawione
git-check-key-no-fallback = { $key } nie ma zapasowego wyjścia na wypadek, gdy cjm nie może działać
git-check-key-other = { $key } uruchamia coś innego niż cjm
git-check-key-unset = { $key } nie jest ustawione
git-check-cjm-found = git znajduje { $version } w { $path }
git-check-cjm-broken = { $path } jest w PATH, ale się nie uruchamia
git-check-cjm-broken-fix = zainstaluj cjm ponownie (`cargo install --path .` w folderze źródeł cjm)
git-check-cjm-missing = git nie znajdzie `cjm` w PATH: scalanie map skończy się znacznikami konfliktu
git-check-cjm-missing-fix = umieść program cjm w folderze z PATH (`cargo install --path .` w folderze źródeł cjm)
git-check-no-map-yet = żadna mapa nie jest jeszcze zatwierdzona; nowe mapy w maps/ dostaną { $attributes }
git-check-maps-covered = { $count ->
    [one] { $count } mapa ma { $attributes }
    [few] { $count } mapy mają { $attributes }
   *[other] { $count } map ma { $attributes }
}
git-check-no-map-uncovered = żadna mapa nie jest jeszcze zatwierdzona, a .gitattributes nie daje maps/ { $attributes }
git-check-no-map-uncovered-fix = cjm git setup (albo cjm git setup 'WZORZEC' dla map w innym miejscu)
git-check-maps-uncovered = { $count ->
    [one] { $count } mapa bez { $attributes }: { $maps }
    [few] { $count } mapy bez { $attributes }: { $maps }
   *[other] { $count } map bez { $attributes }: { $maps }
}{ $more ->
    [0] {""}
   *[other] { " " }i { $more } więcej
}
git-check-all-set = Wszystko skonfigurowane: git scala i porównuje mapy za pomocą cjm.
git-check-some-missing = { $count ->
    [one] Brakuje jednej rzeczy.
   *[other] Brakuje { $count } rzeczy.
}

## The hidden save loop of the tests.
save-loop-stopped = { $file }: pętla zapisu się zatrzymała: { $outcome }

## --help of the newer commands (English is in the doc comments of src/cli).
help-cjm-migrate = Przenieś mapy do wersji 2 formatu: działy według identyfikatorów, prawie identyczne nazwy zaproponowane jako aliasy.
help-cjm-migrate-files = Mapy do przeniesienia.
help-cjm-migrate-check = Niczego nie zmieniaj; wypisz, co by się zmieniło, i zakończ z kodem 1, jeśli coś by się zmieniło.
help-cjm-migrate-yes = Połącz też oczywiste propozycje (zespół w nawiasie przy nazwie działu).
help-cjm-log = Commity, które zmieniły mapę albo jeden jej element, pole po polu; albo trend emocji, dowodów i głosów w etapach (`--trend`).
    .long = Commity, które zmieniły mapę albo jeden jej element, pole po polu; albo trend emocji, dowodów i głosów w etapach (`--trend`). Historia pochodzi z gita (plik lub element po zmianie nazwy zachowuje historię). Commit, którego wersji nie da się wczytać, jest pokazany i pominięty. Kod wyjścia 0, gdy historia została pokazana, 2 przy błędzie (brak gita, to nie repozytorium, plik nie jest zatwierdzony, żaden element nie pasuje do ELEMENTU).
help-cjm-log-file = Mapa w repozytorium gita.
help-cjm-log-item = Jeden element: jego identyfikator (tp-…, st-…, op-…) albo nazwa, dopasowana tak jak w wyszukiwarce.
help-cjm-log-trend = Pokaż w kolejnych commitach średnią emocję każdego etapu, odsetek punktów styku popartych danymi i głosy: tabela i wykres.
help-cjm-issues = Szanse jako zgłoszenia w GitHubie lub GitLabie: `cjm issues push`, `cjm issues pull`.
    .long = Szanse jako zgłoszenia w GitHubie lub GitLabie: `cjm issues push`, `cjm issues pull`. `push` tworzy zgłoszenie dla każdej otwartej szansy, która go nie ma (bez --yes tylko na próbę), narzędziem danego systemu (gh, glab) i zapisuje jego adres przy szansie; `pull` aktualizuje status każdej szansy na podstawie stanu jej zgłoszenia.
help-cjm-issues-push = Utwórz zgłoszenie dla każdej otwartej szansy, która go nie ma (bez --yes tylko na próbę), i zapisz jego adres przy szansie.
    .long = Utwórz zgłoszenie dla każdej otwartej szansy, która go nie ma (bez --yes tylko na próbę), i zapisz jego adres przy szansie. Uruchamia w folderze mapy narzędzie wiersza poleceń danego systemu: `gh issue create` dla GitHuba, `glab issue create` dla GitLaba (najpierw je zainstaluj i się zaloguj). Szanse zrealizowane i porzucone oraz te, które mają już `issue`, są pomijane. Kod wyjścia 0 po wykonaniu, 2 przy błędzie (zgłoszenia utworzone wcześniej zostają zapisane).
help-cjm-issues-push-file = Mapa.
help-cjm-issues-push-tracker = Dokąd trafiają zgłoszenia.
help-cjm-issues-push-yes = Utwórz zgłoszenia; bez tej opcji tylko pokaż, co zostałoby utworzone.
help-cjm-issues-push-repo = Repozytorium (WŁAŚCICIEL/REPO) zamiast repozytorium folderu mapy.
help-cjm-issues-pull = Zaktualizuj status każdej szansy na podstawie stanu jej zgłoszenia.
    .long = Zaktualizuj status każdej szansy na podstawie stanu jej zgłoszenia. Otwarte: pomysł staje się zaplanowany (zrealizowane lub porzucone wracają do zaplanowanych); zamknięte: zrealizowane (porzucone, gdy GitHub mówi „not planned”). Narzędzie wynika z adresu zgłoszenia (adresy GitLaba zawierają `/-/issues/`). Kod wyjścia 0 po wykonaniu, 2 przy błędzie (stany odczytane wcześniej zostają zapisane).
help-cjm-issues-pull-file = Mapa.
help-cjm-report = Strona portfela wszystkich map w folderze: właściciele, daty przeglądów, emocje w etapach, najważniejsze szanse, działy × mapy.
help-cjm-report-paths = Folder z mapami (albo pliki map).
help-cjm-report-format = Format wyniku.
help-cjm-report-output = Zapisz do tego pliku (atomowo) zamiast na standardowe wyjście.
help-cjm-query = Znajdź punkty styku we wszystkich mapach za pomocą filtra, np. 'owner = logistics and emotion <= -1 and not evidence'.
    .long = Znajdź punkty styku we wszystkich mapach za pomocą filtra, np. 'owner = logistics and emotion <= -1 and not evidence'. Pola to klucze punktu styku w pliku (id, stage, name, channel, owner, personas, emotion, pain_points, moment_of_truth, evidence...); operatory =, !=, <, <=, >, >=, ~ (zawiera); samo pole oznacza, że jest ustawione; łącz je przez and, or, not i nawiasy. Kod wyjścia 0, gdy coś pasuje, 1, gdy nic, 2 przy błędzie.
help-cjm-query-path = Folder z mapami (albo plik mapy).
help-cjm-query-query = Filtr.
help-cjm-query-format = `table` dla ludzi, `json` dla skryptów.
help-cjm-readings = Pomiary mierników: `cjm readings import MAPA --metric ID dane.csv`.
help-cjm-readings-import = Dodaj pomiary miernika z pliku CSV: kolumna daty i kolumna wartości, rozdzielone przecinkiem lub średnikiem, z nagłówkiem albo bez; daty jako 2027-03-31 lub 31.03.2027, z kropką albo przecinkiem dziesiętnym. Pomiary, które mapa już ma (ta sama data i wartość), są pomijane.
help-cjm-readings-import-file = Mapa, do której trafiają pomiary.
help-cjm-readings-import-metric = Identyfikator miernika, np. me-nps.
help-cjm-readings-import-csv = Plik CSV.
help-cjm-readings-import-dry-run = Powiedz, co zostałoby dodane; niczego nie zmieniaj.
help-cjm-readings-import-replace = Gdy mapa ma pomiar z tego dnia o innej wartości, weź wartość z pliku.

## --help: the values of an option, described.
help-possible-values = Możliwe wartości:
help-possible-values-inline = możliwe wartości: { $values }
help-default-value = domyślnie: { $value }
help-help-subcommand = Pokaż tę pomoc albo pomoc podanego polecenia
help-cjm-check-deny-warnings = Zakończ z kodem 1, gdy którakolwiek mapa ma ostrzeżenie (uwagi nigdy nie powodują błędu).
help-cjm-check-format-text = Wiersze dla ludzi: `PLIK:WIERSZ: ostrzeżenie[KOD]: komunikat (identyfikator elementu)`.
help-cjm-check-format-json = Jedna tablica JSON z obiektem dla każdego pliku, dla skryptów.
help-cjm-query-format-table = Kolumny dla ludzi: mapa, identyfikator, nazwa, etap i pola użyte w filtrze.
help-cjm-query-format-json = Jedna tablica JSON z obiektem dla każdego punktu styku, dla skryptów.
help-cjm-report-format-markdown = Strona do wiki albo pull requesta.
help-cjm-report-format-html = Jedna samodzielna strona gotowa do druku.
help-cjm-export-format-markdown = Raport do pull requesta albo wiki, z diagramem Mermaid.
help-cjm-export-format-mermaid = Diagram Mermaid typu `journey`.
help-cjm-export-format-csv = Jeden wiersz na punkt styku, do arkuszy kalkulacyjnych.
help-cjm-export-format-html = Jedna samodzielna strona gotowa do druku (bez skryptów, działa offline).
help-cjm-export-format-json = Cały model, dla innych programów.
help-cjm-export-format-github-issues = Otwarte szanse jako zgłoszenia GitHuba: tablica JSON z danymi dla REST API.
help-cjm-export-format-gitlab-issues = Otwarte szanse jako zgłoszenia GitLaba: tablica JSON z danymi dla REST API.
help-cjm-export-format-jira-csv = Otwarte szanse jako CSV do importu w Jirze.
help-cjm-diff-format-text = Wiersze dla terminala, w kolorze w terminalu bez `NO_COLOR`.
help-cjm-diff-format-markdown = Markdown, do pull requesta albo strony wiki.

# clap's errors of the command line (src/cli/clap_errors.rs).
clap-unknown-argument = nieoczekiwany argument `{ $arg }`
clap-invalid-subcommand = nieznane polecenie `{ $name }`
clap-value-required = `{ $arg }` wymaga wartości
clap-invalid-value = niepoprawna wartość `{ $value }` dla `{ $arg }`; możliwe wartości: { $valid }
clap-missing-required = brakuje wymaganych argumentów: { $args }
clap-no-equals = `{ $arg }` wymaga `=` przed wartością
clap-value-validation = niepoprawna wartość `{ $value }` dla `{ $arg }`: { $reason }
clap-more-information = Więcej informacji: `--help`.
