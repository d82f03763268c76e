# The terminal app: board, views, dialogs, palette.

## Kinds of item: $kind is the English noun with "-" for spaces

item-kind = { $kind ->
    [map] mapa
    [goal] cel
    [persona] persona
    [team-member] członek zespołu
    [stage] etap
    [touchpoint] punkt styku
    [opportunity] szansa
    [metric] miernik
    [conflict] konflikt
    [pain-point] problem
   *[other] element
}
item-kind-title = { $kind ->
    [map] Mapa
    [goal] Cel
    [persona] Persona
    [team-member] Członek zespołu
    [stage] Etap
    [touchpoint] Punkt styku
    [opportunity] Szansa
    [metric] Miernik
    [conflict] Konflikt
    [pain-point] Problem
   *[other] Element
}

## Views, by their names in the status bar

view-board = Tablica
view-curve = Krzywa emocji
view-opportunities = Szanse
view-personas = Persony
view-metrics = Mierniki
view-inventory = Kto styka się z klientem
view-overview = Mapa, cel i zespół
view-stages = Etapy
view-checks = Kontrole
view-compare = Porównanie

## The status bar and the footer

footer-filter = { " " }│ filtr: { $what }
footer-conflicts = { " " }│ ⚡ { $count ->
    [one] { $count } konflikt
    [few] { $count } konflikty
    [many] { $count } konfliktów
   *[other] { $count } konfliktu
} – { $keys } je rozstrzyga
badge-pick = { " " }WYBÓR{ " " }
badge-navigate = { " " }NAWIGACJA{ " " }
badge-edit = { " " }EDYCJA{ " " }
hint-create = utwórz
hint-choose = wybierz
hint-go = idź
hint-move = ruch
hint-mark = zaznacz
hint-back-to-list = wróć do listy

## The picker

picker-title-kind = { " " }{ $field }: { $kind }{ " " }
picker-title-item = { " " }{ $field }: „{ $name }”{ " " }
picker-new-department-name = Nazwa nowego działu:
picker-new-department-keys = Enter dodaje · Esc wraca do listy
picker-none-chosen = Nic nie wybrano · Spacja zaznacza, Enter przyjmuje
picker-chosen = Wybrano { $count }: { $names }
picker-matches = { $count ->
    [one] { $count } wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
} · Enter wybiera
picker-new-department = + nowy dział…
picker-nothing-to-choose = { "  " }Na razie nie ma z czego wybierać: mapa nic takiego nie ma; Esc wraca
picker-nothing-matches = { "  " }Nic nie pasuje; Backspace poszerza wyszukiwanie
picker-status-multi = Pisz, aby zawęzić · Spacja zaznacza · Enter przyjmuje · Esc anuluje
picker-status-one = Pisz, aby zawęzić · Enter wybiera · Esc anuluje
picker-nothing-changed = Nic się nie zmieniło

## Counts the app shows besides the shared ones (common.ftl)

app-count-metrics = { $count ->
    [one] { $count } miernik
    [few] { $count } mierniki
    [many] { $count } mierników
   *[other] { $count } miernika
}
app-count-people = { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
    [many] { $count } osób
   *[other] { $count } osoby
}

## Dialogs over the board

find-title = { " " }Szukaj – pisz, aby szukać, Enter przechodzi, Esc zamyka{ " " }
palette-title = { " " }Polecenia – pisz, aby szukać, Enter wykonuje, Esc zamyka{ " " }
quit-title = Niezapisane zmiany
delete-title = Usuń
delete-question = Usunąć element „{ $name }” ({ $kind })?
delete-blocked = Elementu „{ $name }” ({ $kind }) nie można jeszcze usunąć:
delete-move-touchpoints = Najpierw przenieś lub usuń jego punkty styku.
delete-no-references = Nic innego się do niego nie odwołuje.
delete-references = Te elementy się do niego odwołują i stracą powiązanie:
delete-keys-back = dowolny klawisz: wróć
delete-keys = { $keys } usuń · inny klawisz: zostaw
new-item-title = Nowy element: { $kind }
new-item-id-note = Jego identyfikator powstaje z tej nazwy i nigdy się nie zmienia.
too-small = Terminal za mały (potrzeba { $min_width }×{ $min_height }, jest { $width }×{ $height })

## The home screen

home-title = { " " }cjm – mapowanie podróży klienta
home-tagline = { " " }Każdy kontakt z firmą, z perspektywy klienta, z całym zespołem.
home-filter = { " " }Filtr ›{ " " }
home-recent = Ostatnie
home-repository = Repozytorium
home-new-map = Nowa mapa
home-new-map-guided = { $kind } (warsztat prowadzony)
home-example = Przykład
home-keys = Pisz, aby filtrować · { $keys }
home-type-file-name = Wpisz nazwę pliku, np. onboarding.toml
home-file-exists = { $path } już istnieje; wybierz inną nazwę
home-where-to-save = Gdzie zapisać mapę? Enter zapisuje, Esc wraca
home-nothing-matches = { " " }Nic nie pasuje do filtra.
home-save-as = Zapisz mapę jako (ścieżka; istniejący plik nigdy nie zostanie nadpisany):

## The board

lane-touchpoints = Punkty styku
lane-doing = Robi
lane-thinking = Myśli
lane-feeling = Czuje
lane-emotion = Emocja
lane-pain-points = Problemy
lane-opportunities = Szansa
lane-metrics = Mierniki
board-no-stages = Ta mapa nie ma jeszcze etapów.
board-more-left = ◀ więcej
board-more-right = więcej ▶
board-stage-summary = śr. { $average } · { $touchpoints }
board-no-touchpoints = brak punktów styku
board-hidden = +{ $count } więcej

## The checks view

checks-view-title = { " " }Kontrole · konflikty: { $conflicts } · ostrzeżenia: { $warnings } · uwagi: { $notes } · Enter przechodzi do elementu{ " " }
checks-view-passes = Mapa przechodzi wszystkie kontrole.
checks-view-tag = { $severity ->
    [conflict] konflikt
    [warning] ostrzeż.
   *[note] uwaga
}
checks-view-conflict-hint = Enter: zostaw naszą wartość (o), przyjmij ich (t) albo popraw połączoną (e)
checks-view-hint = wskazówka: { $hint }

## Compare with the map this one is based on

compare-title = { " " }Porównanie{ " " }
compare-no-based-on = Ta mapa nie wskazuje mapy `based_on`. Mapa stanu docelowego wskazuje mapę stanu obecnego, którą poprawia (based_on = "current.toml"), a ten widok pokazuje je obok siebie.
compare-loading = Wczytywanie…
compare-cannot-open = Nie da się otworzyć mapy, na której opiera się ta ({ $file }): { $why }
compare-better = lepiej
compare-worse = gorzej
compare-same = bez zmian
compare-stage = Etap
compare-before = Przed
compare-after = Po
compare-moved = { $section } { $name }: przeniesiono
compare-nothing-changed = Żaden element się nie zmienił.
compare-what-changed = { " " }Co się zmieniło{ " " }

## The emotion curve

curve-title = { " " }Krzywa emocji · etapy poniżej zera: { $negative } z { $rated } ocenionych
curve-needs-work = { " " }– ta ścieżka wymaga pracy
curve-moment-of-truth = { " " }· ★ moment prawdy
curve-average = śr. { $average }

## Who touches the customer

inventory-department = Dział
inventory-owns-nothing = { $department } (bez punktów)
inventory-no-owner = (bez właściciela)
inventory-title = { " " }Kto styka się z klientem (punkty styku według działu i etapu){ " " }
inventory-window = { " " }etapy { $first }–{ $last } z { $total }{ " " }

## Metrics

metrics-metric = Miernik
metrics-kind = Rodzaj
metrics-baseline-target = Start → cel
metrics-latest = Ostatni pomiar
metrics-readings = Pomiary
metrics-title = { " " }Mierniki{ " " }

## Opportunities (the column headings fit 5, 6, 6 and 11 columns)

opportunities-axes = wpływ ↑   nakład →
opportunities-quick-wins = lewy górny róg: szybkie wygrane
opportunities-unrated = { $count ->
    [one] { $count } jeszcze bez oceny
    [few] { $count } jeszcze bez oceny
    [many] { $count } jeszcze bez oceny
   *[other] { $count } jeszcze bez oceny
}
opportunities-matrix-title = { " " }Wpływ × nakład{ " " }
opportunities-votes = Głosy
opportunities-impact = Wpływ
opportunities-effort = Nakład
opportunities-status = Status
opportunities-opportunity = Szansa
opportunities-ranked-title = { " " }Ranking: głosy, potem wpływ na nakład{ " " }

## Map, goal and team

overview-map = Mapa
overview-goal = Cel
overview-success = Sukces
overview-no-review-date = { "  " }Brak daty przeglądu: mapy umierają, gdy nikt o nie nie dba
overview-map-and-goal = { " " }Mapa i cel{ " " }
overview-no-team = Jeszcze nikogo: a dodaje członka zespołu
overview-departments = Działy na sali: { $count }
overview-invite-departments = Podróż klienta przechodzi przez wiele działów: zaproś sprzedaż, obsługę, wsparcie, dostawy, finanse, HR…
overview-team = { " " }Zespół{ " " }

## Personas

personas-none = Nie ma jeszcze person: a dodaje personę. Zacznij od jednej głównej.
personas-primary = { "  " }★ główna
personas-job = { "  " }Zadanie:{ " " }
personas-title = { " " }Persony{ " " }

## Stages (the headings fit 24 and 12 columns)

stages-none-yet = jeszcze brak
stages-stage = Etap
stages-customer-goal = Czego klient tu chce
stages-touchpoints = Punkty styku
stages-title = { " " }Etapy, w kolejności klienta{ " " }

## The form: what a field takes, under its editor

input-text = tekst; Alt-Enter dla nowej linii
input-lines = po jednym w linii
input-choice = jedno z: { $values }
input-integer-min = liczba całkowita, { $min } lub więcej
input-integer = liczba całkowita od { $min } do { $max }
input-number = liczba (np. 3,5)
input-bool = tak lub nie
input-date = data, np. 31.03.2027 lub 2027-03-31
input-reference = Enter wybiera po nazwie ({ $kind })
input-references = Enter wybiera po nazwie
input-evidence = po jednym w linii: źródło: notatka (wywiad, ankieta, analityka…)
input-readings = po jednym w linii: data wartość (np. 31.03.2027 3,5)
input-read-only = nigdy się nie zmienia

## Settling a merge conflict

conflict-ours = nasze
conflict-theirs = ich
conflict-keys-editable = o zostaw nasze · t przyjmij ich · e popraw połączoną wartość od naszej · E od ich · inny klawisz: decyzja później
conflict-keys = o zostaw nasze · t przyjmij ich · inny klawisz: decyzja później
conflict-combined = Połączona wartość:
conflict-combine-keys = Enter rozstrzyga konflikt tą wartością · Alt-Enter nowa linia · Esc wstecz
conflict-title = { " " }Konflikt scalania { $number } z { $count }{ " " }

## The dialogs about the map's file

recover-found = cjm znalazł niezapisane zmiany w { $file } z sesji, która nie zakończyła się normalnie (awaria, zamknięty terminal albo wyjście bez zapisu).
recover-where = Są w { $path }
recover-file-newer = ⚠ Plik zmienił się po zapisaniu tej kopii (git pull?): przywrócenie zastąpi te zmiany. Najpierw obejrzyj różnice.
recover-confirm-discard = Odrzucić niezapisane zmiany na dobre? { $discard } odrzuć · inny klawisz: wróć
recover-keys = { $restore } przywróć · { $difference } pokaż różnice · { $discard } odrzuć · { $quit } wyjdź, zdecyduj później
recover-title = Znaleziono niezapisane zmiany
disk-gone-title = Pliku już nie ma
disk-gone = { $file } usunięto lub przeniesiono, odkąd cjm go wczytał lub zapisał. Nic nie zapisano.
disk-changes-only-here = Twoje zmiany wciąż tu są, i tylko tu: kopii zapasowej nie udało się zapisać.
disk-changes-kept = Twoje zmiany wciąż tu są, a także w kopii zapasowej.
disk-gone-keys = { $save } zapisz ponownie w tym samym miejscu · { $save_as } zapisz jako inny plik · { $back } wstecz
disk-changed-title = Plik zmienił się na dysku
disk-changed = { $file } zmienił się na dysku, odkąd cjm go wczytał lub zapisał (git pull? inny edytor?). Nic nie zapisano, więc obie wersje są całe.
disk-conflict-markers = Plik ma teraz znaczniki konfliktu gita (<<<<<<<): scalanie zostało w nim niedokończone. Najpierw je dokończ (sterownik `cjm merge` rozstrzyga mapy element po elemencie) albo zachowaj swoją wersję jako inny plik.
disk-unreadable = Pliku na dysku nie da się odczytać jako mapy: { $why }.
disk-confirm-reload = Naprawdę porzucić twoje zmiany i wczytać plik z dysku? { $reload } wczytaj · inny klawisz: wróć
disk-confirm-overwrite = Naprawdę zastąpić plik na dysku twoją wersją? { $overwrite } nadpisz · inny klawisz: wróć
disk-keys = { $merge } scal obie (najpierw podgląd) · { $difference } pokaż różnice · { $reload } wczytaj z dysku (porzuca twoje) · { $save_as } zachowaj swoją: zapisz jako · { $overwrite } nadpisz · { $back } wstecz
disk-keys-unreadable = { $save_as } zachowaj swoją: zapisz jako inny plik · { $overwrite } nadpisz · { $back } wstecz
elsewhere-title = Otwarty w innym cjm
elsewhere-open = { $file } jest otwarty w innym cjm od { $since } (proces { $pid }). Dwie osoby zapisujące ten sam plik nadpisują sobie pracę.
elsewhere-read-only = Tryb tylko do odczytu chroni przed nadpisaniem (zapis jako inny plik nadal działa). Tak czy inaczej każdy ma własną kopię zapasową.
elsewhere-keys = { $read_only } otwórz tylko do odczytu · { $anyway } otwórz mimo to · { $quit } wyjdź
save-as-title = Zapisz jako
save-as-note = Nowy plik (nigdy istniejący) albo folder, w którym ma powstać. { $accept } zapisuje, { $cancel } anuluje.
merge-preview-title = { $conflicts ->
    [0] { " " }Scal plik z dysku z twoimi zmianami{ " " }
   *[other] { " " }Scal plik z dysku z twoimi zmianami – konflikty: { $conflicts }{ " " }
}
merge-preview-keys = { $merge } scal (zachowuje obie; potem { $save } zapisuje) · { $scroll } przewijanie · { $back } wstecz
difference-title = { " " }{ $title } – { $scroll } przewijanie, { $back } wstecz{ " " }
difference-none = Brak różnic: mapy są takie same.
merge-preview-no-conflicts = Konflikty: brak
merge-preview-conflicts = Konflikty ({ $count }) – twoja wartość zostaje w mapie, a ich jest zapisana; { $keys } pokazuje je do rozstrzygnięcia:
merge-preview-different-things = obie strony zmieniły różne rzeczy
merge-preview-nothing = nic
merge-preview-theirs = Z pliku na dysku (ich zmiany, przyjęte):
merge-preview-ours = Z twoich niezapisanych zmian (zachowane):
merge-preview-invalid = ⚠ Scalona mapa byłaby niepoprawna: { $why }. Zachowaj raczej swoją jako inny plik.
difference-the-file = plik
difference-the-recovery-copy = kopia zapasowa
difference-file-to-recovery = Od pliku do kopii zapasowej
difference-the-file-on-disk = plik na dysku
difference-your-version = twoja wersja
difference-disk-to-yours = Od pliku na dysku do twojej wersji
new-item-placeholder = Nazwa nowego elementu ({ $kind })

## Quitting with unsaved changes

status-press-help = Naciśnij { $key }, aby zobaczyć pomoc
safety-not-saved-anywhere = NIGDZIE NIE ZAPISANO
quit-not-saved = Mapa ma niezapisane zmiany.
quit-recovery-copy = Wyjście zachowa je w kopii zapasowej ({ $path }): po ponownym otwarciu pliku cjm je zaproponuje.
quit-tries-recovery-copy = Wyjście spróbuje zachować je w kopii zapasowej; jeśli się nie uda, cjm o tym powie.
quit-loses = Nie udało się ich zapisać ani utworzyć kopii zapasowej ({ $why }): wyjście teraz je straci.
quit-discard-question = Odrzucić niezapisane zmiany na dobre?
quit-save-elsewhere = Najpierw zapisz je do innego pliku lub folderu (na innym dysku, pendrivie...).
quit-keys-discard = { $discard } jeszcze raz: odrzuć i wyjdź · inny klawisz: zostań
quit-keys-lost = { $save_as } zapisz jako · { $save } ponów · { $discard } odrzuć i wyjdź · inny klawisz: zostań
quit-keys = { $quit } wyjdź bez zapisu · { $save } zapisz · inny klawisz: zostań
home-cannot-create = Nie da się utworzyć { $path }: { $why }

## Farewells on the restored terminal

farewell-found-earlier = Znalezione wcześniej niezapisane zmiany są nadal
farewell-yours = Twoje niezapisane zmiany są
farewell-lost = cjm: { $discarded ->
    [yes] twoje niezapisane zmiany w { $file } odrzucono zgodnie z prośbą
   *[no] twoich niezapisanych zmian w { $file } nie udało się zachować
}: nie dało się zapisać ani pliku, ani kopii zapasowej ({ $why })
rescue-bug = cjm zatrzymał się przez błąd (komunikat powyżej).
rescue-signal = cjm został zatrzymany sygnałem { $signal }.
rescue-signal-hup = cjm został zatrzymany sygnałem SIGHUP (zamknięto terminal).
rescue-nothing-unsaved = Nie było niezapisanych zmian.

## The command palette and the finder

palette-language = język – { $name } ({ $code })
finder-step = krok { $number }
view-blueprint = Blueprint usługi
input-department = Enter wybiera dział po nazwie
input-actions = jedno w wierszu: dział: co jest robione
input-links = jeden w wierszu: adres tytuł
input-wait = 15m, 2h, 3d, 1w albo 1h30m

# The board's filter as the status bar reads it, e.g. "persona Anna · channel Web".
filter-persona = persona { $name }
filter-channel = kanał { $channel }
filter-owner = właściciel { $owner }
# A persona picker's note on the primary persona.
picker-primary-persona = główna

# How many items the finder or the palette lists.
finder-results = { $count ->
    [one] 1 wynik
    [few] { $count } wyniki
   *[many] { $count } wyników
}
