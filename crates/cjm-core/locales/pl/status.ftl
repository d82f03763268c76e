# The status line: what just happened.

status-undid = Cofnięto: { $change }
status-redid = Przywrócono: { $change }
status-nothing-to-undo = Nie ma czego cofnąć
status-nothing-to-redo = Nie ma czego przywrócić
status-undo-stops-at = Nie ma czego cofnąć: cofanie kończy się na { $what ->
    [reload] ponownym wczytaniu pliku
   *[merge] scaleniu z plikiem na dysku
}, więc pobrane zmiany zostają
status-undo-not-shown = Nie cofnięto: ostatnia zmiana dotyczy elementu „{ $kind }”, którego ten ekran nie pokazuje; pokaż go i cofnij jeszcze raz
status-undo-not-shown-several = Nie cofnięto: ostatnia zmiana dotyczy kilku części mapy, a ten ekran nie pokazuje ich wszystkich
status-emotion = Emocja { $score }
status-select-touchpoint-to-rate = Wybierz punkt styku, aby ocenić emocję
status-rate-where-cards-show = Emocje ocenia się na tablicy (1) lub na krzywej emocji (2)
status-nothing-selected = Nic tu nie zaznaczono; a dodaje element
status-nothing-deleted = Nic nie usunięto
status-cancelled = Anulowano
status-quit-cancelled = Nie zamknięto programu
status-filters-cleared-to-show = Filtry wyczyszczone, żeby pokazać element
status-no-based-on = Ta mapa nie wskazuje mapy `based_on` do porównania
status-park-idea = Parking pomysłów: wpisz pomysł, Enter go odkłada, Esc anuluje
status-guide-only = To część warsztatu prowadzonego: uruchom `cjm guide PLIK`
status-no-findings = Brak uwag: mapa przechodzi wszystkie kontrole
status-kept-ours = Zostawiono naszą wartość; konflikt rozstrzygnięty
status-took-theirs = Przyjęto ich wartość; konflikt rozstrzygnięty
status-not-settled = Nie rozstrzygnięto: { $why }
status-step = Krok { $number } z { $count } – { $name }
status-steps-guide-only = Kroki należą do warsztatu prowadzonego: uruchom `cjm guide PLIK`
status-step-not-saved = { $step } – jeszcze nie zapisano: mapa ma problem do poprawienia
status-last-step = To ostatni krok: mapa jest gotowa. q kończy, 1 otwiera tablicę
status-timer-running = Stoper chodzi
status-timer-paused = Stoper zatrzymany
status-team-first = Najpierw dodaj zespół: każdy uczestnik dostaje kropki do rozdania
status-select-opportunity = Wybierz szansę, na którą chcesz głosować
status-no-dots-left = { $voter } nie ma już kropek (rozdano { $spent } z { $budget })
status-no-dot-given = { $voter } nie dał(a) temu pomysłowi kropki
status-voted = { $voter }: zostało { $left ->
    [one] { $left } kropka
    [few] { $left } kropki
    [many] { $left } kropek
   *[other] { $left } kropki
} · ten pomysł ma { $votes ->
    [one] { $votes } głos
    [few] { $votes } głosy
    [many] { $votes } głosów
   *[other] { $votes } głosu
} ({ $total } z tego warsztatu)
status-unresolved = ⚡ Ten element ({ $kind }) ma { $count ->
    [one] { $count } nierozstrzygnięty konflikt scalania: { $keys } pokazuje go do rozstrzygnięcia
    [few] { $count } nierozstrzygnięte konflikty scalania: { $keys } pokazuje je do rozstrzygnięcia
    [many] { $count } nierozstrzygniętych konfliktów scalania: { $keys } pokazuje je do rozstrzygnięcia
   *[other] { $count } nierozstrzygniętego konfliktu scalania: { $keys } pokazuje je do rozstrzygnięcia
}
status-conflict-stays-open = Konflikt pozostaje otwarty
status-whole-item-conflict = Ten konflikt dotyczy całego elementu: zostaw go (o) albo przyjmij ich wersję (t)
status-edit-combined = Popraw połączoną wartość; Enter rozstrzyga nią konflikt
status-not-accepted = Nie przyjęto: { $why }
status-settled-combined = Konflikt rozstrzygnięty połączoną wartością
status-recovery-found = Znaleziono niezapisane zmiany z wcześniejszej sesji
status-also-open-elsewhere = Uwaga: ten plik jest też otwarty w innym cjm od { $since }; twoja kopia zapasowa jest tylko twoja
status-file-deleted = Nie zapisano: plik usunięto lub przeniesiono
status-file-changed = Nie zapisano: plik zmienił się na dysku
status-reloaded = Wczytano plik z dysku ponownie; cofanie zaczyna się od tego miejsca
status-not-reloaded = Nie wczytano: { $why }. Twoja wersja wciąż tu jest.
status-not-merged = Nie scalono: { $why }. Twoja wersja wciąż tu jest.
status-no-merge-base = Nie da się scalić: wersję, którą ostatnio wczytano lub zapisano, cofnięto i zastąpiono nowymi zmianami, więc cjm nie wie, czyje są które zmiany. Zachowaj swoją wersję jako inny plik (k), potem uruchom `cjm merge`.
status-merge-invalid = Nie scalono: wynik byłby niepoprawny ({ $why }). Twoja wersja wciąż tu jest; { $keys } zapisuje ją jako inny plik.
status-merged = { $conflicts ->
    [0] Scalono plik z dysku z twoimi zmianami; { $save } zapisuje wynik
    [one] Scalono z { $conflicts } konfliktem, oznaczonym ⚡ na tablicy; { $save } zapisuje wynik
   *[other] Scalono; konflikty: { $conflicts }, oznaczone ⚡ na tablicy; { $save } zapisuje wynik
}
status-saved = Zapisano { $path }
status-saved-as = Zapisano jako { $path }; cjm edytuje teraz ten plik
status-not-saved-lost = Nie zapisano: { $why }. { $keys } zapisuje gdzie indziej; zmiany są tylko tutaj: kopii zapasowej też nie udało się zapisać.
status-not-saved-kept = Nie zapisano: { $why }. { $keys } zapisuje gdzie indziej; twoje zmiany są tutaj i w kopii zapasowej.
status-merging = Scalanie…
status-read-only = Tylko do odczytu: inny cjm ma otwarty ten plik; { $keys } zapisuje twoje zmiany jako inny plik
status-opened-anyway = Otwarto mimo to: zapis najpierw sprawdzi, czy drugi cjm nie zmienił pliku
status-recovery-discarded = Kopię zapasową odrzucono
status-restored = Przywrócono niezapisane zmiany; { $keys } zapisuje je w pliku
status-choose-recovery = Wybierz: r przywróć, d różnice, x odrzuć albo q, aby wyjść i zdecydować później
status-reloading = Wczytywanie…
status-overwriting = Nadpisywanie pliku twoją wersją…
status-nothing-saved-lost = Nic nie zapisano. Twoje zmiany są tylko tutaj (kopii zapasowej nie udało się zapisać); { $keys } zapisuje je gdzie indziej.
status-nothing-saved-kept = Nic nie zapisano. Twoje zmiany są tutaj i w kopii zapasowej; { $keys } zapisuje je gdzie indziej.
status-save-as-cancelled = Zapisz jako: anulowano, nic nie zapisano
status-type-path = Wpisz ścieżkę nowego pliku albo Esc
status-saving-as = Zapisywanie jako { $path }…
status-invalid = Nie zapisano: { $why }
status-ids-never-change = Identyfikatory nigdy się nie zmieniają, więc odwołania i scalanie w git przetrwają zmianę nazwy
status-editor-help = { $accept } przyjmuje · { $new_line } nowa linia · { $cancel } anuluje
status-field-cannot-change = Pola { $label } nie można zmienić; { $next } wybiera inne pole
status-typed-on-choice = { $label } to wybór z listy: { $previous } / { $next } zmieniają go, { $edit } pozwala wpisać wartość – pisanie tutaj nic nie robi
status-unsaved-text = Niezapisany tekst: { $keep } go zachowuje, { $drop } jeszcze raz go odrzuca
status-typed-text-dropped = Wpisany tekst odrzucono; pole zachowuje swoją wartość
status-new-line-in-editor = Nowa linia trafia do pola tekstowego w trakcie edycji
status-editing = Edycja: { $label }; { $accept } przyjmuje · { $cancel } anuluje
status-enter-edits = Enter edytuje to pole
status-id-cannot-be-cleared = Identyfikatora nie można wyczyścić
status-needs-value = To pole musi mieć wartość
status-field-changed = Zmieniono: { $label }
status-nothing-to-add = Nie ma tu czego dodać
status-stage-first = Najpierw dodaj etap (A)
status-name-new = Nowy element ({ $kind }): wpisz nazwę, Enter tworzy, Esc anuluje
status-nothing-added = Nic nie dodano
status-type-name = Wpisz nazwę (element: { $kind })
status-added = Dodano element ({ $kind }); uzupełnij pola albo naciśnij Esc
status-nothing-to-delete = Nie zaznaczono niczego do usunięcia
status-cannot-delete-map = Pól samej mapy ani celu nie da się usunąć; pojedyncze pola wyczyścisz w formularzu (d)
status-deleted = Usunięto „{ $name }” (u cofa)
status-no-further-stage = W tę stronę nie ma już etapu
status-stage-moved = Przesunięto etap
status-moved-to = Przeniesiono do: { $stage }
status-ranked-by-votes = Szanse są uszeregowane według głosów, potem wpływu na nakład
status-kept-in-fallback = Do folderu danych nie da się pisać; niezapisane zmiany są zamiast tego w { $path }. Zapisz wkrótce.
status-not-quitting = Nie zamykam: twoje zmiany nie są nigdzie zapisane ({ $why }); x w oknie zamykania je odrzuca
status-saving-then-quit = Zapisywanie; naciśnij q, aby wyjść
status-showing-only = Pokazuję tylko: { $what }
status-showing-everything = Pokazuję wszystko
status-read-only-not-saved = Nie zapisano: otwarto tylko do odczytu, inny cjm ma ten plik otwarty; { $keys } zapisuje jako inny plik
status-note = Uwaga: { $what }
status-not-remembered = Nie udało się zapamiętać warsztatu: { $why }
status-not-removed = Nie udało się usunąć kopii zapasowej { $path }: { $why }
status-with-note = { $said }. Uwaga: { $note }
status-recovery-unreadable = Kopii zapasowej tej mapy nie da się odczytać ({ $reason }); zostaje w { $path }
status-language = Język: { $name } – sama mapa się nie zmienia
