# Klawisze okien dialogowych: kopia odzyskiwania, plik zmieniony na dysku,
# podgląd scalania, mapa otwarta w innym cjm, widok różnic oraz pytania
# o wyjście, usunięcie i migrację (pomoc, docs/keys.md, stopka).

group-dialogs = Okna dialogowe
action-restore = Przywróć niezapisane zmiany z kopii odzyskiwania
action-show-difference = Pokaż różnice między obiema wersjami
action-discard = Odrzuć niezapisane zmiany (pytanie pada dwa razy)
action-merge = Scal plik z dysku z twoimi zmianami (najpierw podgląd)
action-reload = Wczytaj plik z dysku ponownie, porzucając twoje zmiany (pytanie pada dwa razy)
action-overwrite = Nadpisz plik na dysku twoją wersją (pytanie pada dwa razy)
action-open-read-only = Otwórz tylko do odczytu: zapisać można tylko do innego pliku
action-open-anyway = Otwórz mimo to
action-yes = Tak
action-no = Nie

mode-recovery = Znaleziono kopię odzyskiwania
mode-disk-changed = Plik zmienił się na dysku
mode-merge-preview = Podgląd scalania
mode-opened-elsewhere = Otwarta w innym cjm
mode-difference = Różnice
mode-quit-question = Wyjść bez zapisu?
mode-delete-question = Usunąć?
mode-migrate-question = Migracja do schematu 2
mode-question-about = Każdy inny klawisz zostawia pytanie otwarte.
mode-question-no-about = Każdy inny klawisz oznacza „nie”.
mode-scrolled-about = Tekst można przewijać; nic się nie zmienia, dopóki nie odpowiesz na pytanie pod spodem.
mode-recovery-quit = Wyjdź i zdecyduj później (kopia odzyskiwania zostaje)
mode-recovery-cancel = Wróć z pytania „odrzucić na dobre?”; samo pytanie czeka na odpowiedź
mode-recovery-discard = Odrzuć kopię odzyskiwania na dobre (pytanie pada dwa razy)
mode-disk-save = Zapisz mapę ponownie tam, gdzie był plik (gdy zniknął)
mode-disk-save-as = Zachowaj swoją: zapisz ją jako inny plik
mode-disk-cancel = Zamknij pytanie bez zapisywania
mode-merge-preview-merge = Scal (zachowuje obie; zapis zależy od ciebie)
mode-dialog-back = Wróć do pytania
mode-scroll-top = Przejdź na początek
mode-scroll-bottom = Przejdź na koniec
mode-elsewhere-quit = Wyjdź i zostaw mapę drugiemu cjm
mode-quit-quit = Wyjdź bez zapisu (zmiany zostają w kopii odzyskiwania, jeśli udało się ją zapisać)
mode-quit-save = Zapisz (ponów, gdy zapis się nie udał)
mode-quit-save-as = Zapisz jako inny plik
mode-quit-discard = Odrzuć zmiany i wyjdź, gdy nie dało się ich nigdzie zachować (pytanie pada dwa razy)
mode-question-no = Nie: zostań
mode-delete-yes = Usuń element
mode-migrate-yes = Tak: migruj; przy parze nazw — jeden dział
mode-migrate-no = Nie: nie teraz; przy parze nazw — dwa działy
mode-migrate-cancel = Przerwij; mapa zostaje bez zmian
hint-no = nie
