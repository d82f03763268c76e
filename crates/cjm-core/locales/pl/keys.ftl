# Key bindings: action names and descriptions, help and footer.

## What each action does (help, the command palette): action-<config name>

action-help = Pokaż lub ukryj tę pomoc
action-quit = Zakończ (pyta, gdy są niezapisane zmiany)
action-save = Zapisz mapę
action-save-as = Zapisz mapę jako inny plik (i dalej edytuj tamten)
action-left = Wybierz etap po lewej
action-right = Wybierz etap po prawej
action-up = Wybierz element wyżej
action-down = Wybierz element niżej
action-add = Dodaj tu element (punkt styku, personę, szansę…)
action-add-stage = Dodaj etap za wybranym
action-edit = Otwórz wybrany element / edytuj pole
action-delete = Usuń wybrany element (pyta) / wyczyść pole
action-undo = Cofnij ostatnią zmianę
action-redo = Przywróć to, co cofnięto
action-move-to-previous-stage = Przesuń kartę (lub etap) w lewo
action-move-to-next-stage = Przesuń kartę (lub etap) w prawo
action-move-up = Przesuń kartę lub wiersz w górę
action-move-down = Przesuń kartę lub wiersz w dół
action-cancel = Anuluj / zamknij
action-emotion-very-negative = Oceń emocję na -2 (bardzo negatywna)
action-emotion-negative = Oceń emocję na -1 (negatywna)
action-emotion-neutral = Oceń emocję na 0 (neutralna)
action-emotion-positive = Oceń emocję na +1 (pozytywna)
action-emotion-very-positive = Oceń emocję na +2 (bardzo pozytywna)
action-view-board = Tablica: etapy i wiersze
action-view-curve = Krzywa emocji, duża
action-view-opportunities = Szanse: wpływ × nakład
action-view-personas = Persony
action-view-metrics = Mierniki
action-view-inventory = Kto styka się z klientem (dział × etap)
action-view-overview = Mapa, cel i zespół
action-view-checks = Kontrole warsztatu i konflikty scalania
action-view-compare = Porównaj z mapą, na której opiera się ta
action-item-history = Historia wybranego elementu z gita / z powrotem do jego pól
action-find = Znajdź dowolny element po nazwie lub treści
action-palette = Paleta poleceń: każda akcja po nazwie
action-filter-persona = Filtr: podróż następnej persony
action-filter-channel = Filtr: następny kanał
action-filter-owner = Filtr: następny dział-właściciel
action-clear-filters = Pokaż wszystko (wyczyść filtry)
action-next-step = Warsztat: następny krok (zapisuje mapę)
action-previous-step = Warsztat: poprzedni krok (zapisuje mapę)
action-jump-to-step = Warsztat: przejdź do kroku
action-timer = Warsztat: uruchom lub zatrzymaj czas kroku
action-next-voter = Głosowanie: następny uczestnik
action-previous-voter = Głosowanie: poprzedni uczestnik
action-add-dot = Głosowanie: daj wybranemu pomysłowi kropkę
action-remove-dot = Głosowanie: odbierz kropkę
action-scroll-step-down = Warsztat: przewiń w dół pytania kroku lub uwagi podsumowania
action-scroll-step-up = Warsztat: przewiń w górę pytania kroku lub uwagi podsumowania
action-park-idea = Warsztat: odłóż pomysł na parking, z dowolnego kroku
action-new-line = W polu tekstowym: zacznij nową linię
action-page-up = Przewiń stronę w górę
action-page-down = Przewiń stronę w dół

## The help's sections: group-<group>

group-general = Ogólne
group-move-around = Poruszanie się
group-edit-the-map = Edycja mapy
group-rate-emotions = Ocena emocji
group-views = Widoki
group-filters = Filtry
group-workshop = Warsztat
group-edit-a-field = Edycja pola
group-scroll = Przewijanie

## The keymaps' modes

mode-board = Tablica i widoki
mode-form = Formularz – nawigacja
mode-form-edit = Formularz – edycja pola
mode-help = Pomoc
mode-board-about = Litery uruchamiają polecenia.
mode-form-about = Wpisanie litery zaczyna edycję wybranego pola tekstowego od tej litery; na polu wyboru tylko podpowiada, jak je zmienić. Polecenia mają klawisze, których nie da się wpisać przypadkiem.
mode-form-edit-about = Wszystko, co wpiszesz, trafia do pola.
mode-form-cancel = Zamknij formularz
mode-form-edit-field = Edytuj wybrane pole
mode-form-up = Wybierz pole wyżej
mode-form-down = Wybierz pole niżej
mode-form-left = Zmień wybór lub zmniejsz wartość
mode-form-right = Zmień wybór lub zwiększ wartość
mode-form-delete = Wyczyść wybrane pole
mode-form-edit-accept = Przyjmij tekst
mode-form-edit-cancel = Przerwij edycję (pyta, gdy tekst się zmienił)
mode-help-up = Przewiń w górę
mode-help-down = Przewiń w dół
mode-help-close = Zamknij pomoc

## The footer's short hints

hint-field = pole
hint-change = zmień
hint-clear = czyść
hint-edit = edytuj
hint-accept = przyjmij
hint-cancel = anuluj
hint-scroll = przewiń
hint-page = strona
hint-close = zamknij
hint-new-line = nowa linia
hint-park = odłóż
hint-help = pomoc
hint-add = dodaj
hint-delete = usuń
hint-find = szukaj
hint-undo = cofnij
hint-save = zapisz
hint-history = historia
hint-fields = pola
hint-back = wstecz
hint-quit = wyjdź

## The help screen

help-or = { " " }lub{ " " }
help-title = { " " }Pomoc – { $close } zamyka{ " " }
help-title-mode = { " " }Pomoc: { $mode } – { $close } zamyka{ " " }
help-lines-more = wiersze { $first }–{ $last } z { $total } · { $keys } dalej
help-lines-end = wiersze { $first }–{ $last } z { $total } · koniec · { $keys } wstecz

## The config file's keys

key-not-a-key = `{ $text }` nie jest klawiszem; napisz np. "q", "H", "ctrl-s", "alt-enter", "esc", "left", "f2"

# Dialog modes: finder and palette, home, picker, name prompt, merge conflict.
mode-finder = Szukanie i paleta poleceń
mode-home = Ekran startowy
mode-picker = Wybór z listy
mode-prompt = Wpisywanie nazwy
mode-conflict = Konflikt scalania
mode-combine = Konflikt scalania – wartość łączona
mode-list-about = Pisanie zawęża listę (bez względu na akcenty i wielkość liter); Backspace cofa literę.
mode-text-about = Wszystko, co wpiszesz, trafia do tekstu.
mode-conflict-about = Każdy inny klawisz zostawia konflikt otwarty do decyzji później.
mode-list-up = Zaznacz pozycję wyżej
mode-list-down = Zaznacz pozycję niżej
mode-home-open = Otwórz mapę albo utwórz ją z szablonu lub przykładu
mode-home-quit = Zakończ
mode-list-page-up = Przejdź o dziesięć pozycji w górę
mode-list-page-down = Przejdź o dziesięć pozycji w dół
mode-finder-go = Przejdź do zaznaczonego elementu / wykonaj polecenie
mode-close-unchanged = Zamknij bez zmian
mode-picker-choose = Wybierz; w polu listy zatwierdź zaznaczone; przy „nowy dział…” nadaj nazwę
mode-prompt-accept = Zatwierdź nazwę
mode-conflict-later = Zdecyduj później (konflikt zostaje otwarty)
mode-combine-settle = Rozstrzygnij konflikt tą wartością
mode-combine-back = Wróć do pytania
mode-dialog-help = Pokaż klawisze tego okna
hint-opens = otwiera
hint-quits = kończy
hint-settle = rozstrzyga konflikt tą wartością
hint-keep-ours = zostaw nasze
hint-take-theirs = weź ich
hint-combine-ours = połącz, zaczynając od naszego
hint-combine-theirs = od ich
group-lists = Listy
group-merge-conflicts = Konflikty scalania
action-first = Przejdź do pierwszej pozycji
action-last = Przejdź do ostatniej pozycji
action-mark = Zaznacz lub odznacz pozycję (pole listy bierze wszystkie zaznaczone)
action-clear-query = Wyczyść wpisany tekst
action-take-ours = Zostaw naszą stronę konfliktu
action-take-theirs = Weź ich stronę konfliktu
action-combine-ours = Połącz wartości, zaczynając od naszej
action-combine-theirs = Połącz wartości, zaczynając od ich
conflict-any-other-key = { $keys } · inny klawisz: decyzja później
action-view-blueprint = Blueprint usługi (service blueprint) etapu, tor po torze
action-toggle-blueprint = Pokaż lub ukryj tory blueprintu usługi na tablicy
action-open-link = Otwórz link zaznaczonego elementu (wybierz, jeśli jest ich kilka)
action-migrate = Przenieś mapę ze schematu 1 na schemat 2 (najpierw pyta)
