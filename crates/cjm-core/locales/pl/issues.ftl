# Z mapy do backlogu: `cjm issues push` i `cjm issues pull` oraz zgłoszenia,
# które zapisują eksporty dla trackerów (GitHub, GitLab, Jira).

issues-install-hint = zainstaluj { $program } ({ $site }) i zaloguj się przez `{ $program } auth login`; albo zapisz zgłoszenia do pliku: `cjm export --format { $format }`
issues-changed-on-disk = mapa zmieniła się w międzyczasie na dysku, więc cjm jej nie nadpisał
issues-tool-missing = { $program } nie jest zainstalowany (albo nie ma go w PATH)
issues-tool-failed = `{ $program }` nie zdołał { $what } (kod wyjścia { $code })
issues-tool-failed-said = `{ $program }` nie zdołał { $what } (kod wyjścia { $code }): { $message }
issues-tool-not-run = nie udało się uruchomić `{ $program }`, aby { $what }: { $message }

## cjm issues push

issues-nothing-to-push = Nic do wysłania: każda otwarta szansa ma już zgłoszenie.
issues-would-create = Utworzyłbym { $count ->
    [one] { $count } zgłoszenie
    [few] { $count } zgłoszenia
    [many] { $count } zgłoszeń
   *[other] { $count } zgłoszenia
} w { $tracker } przez `{ $program }` (próba na sucho: nic nie utworzono):
issues-run-again = Uruchom ponownie z --yes, aby je utworzyć; adres każdego zostanie zapisany przy jego szansie.
issues-to-create = utworzyć zgłoszenia dla { $id }
issues-created-before = { $count ->
    [one] { $count } zgłoszenie utworzono
    [few] { $count } zgłoszenia utworzono
    [many] { $count } zgłoszeń utworzono
   *[other] { $count } zgłoszenia utworzono
} i zapisano wcześniej; usuń przyczynę i uruchom polecenie ponownie, aby utworzyć resztę
issues-created = utworzono: { $id }  { $url }
issues-not-recorded = { $url } utworzono, ale nie zapisano: dopisz issue = "{ $url }" do { $id }
issues-done = { $count ->
    [one] Utworzono { $count } zgłoszenie
    [few] Utworzono { $count } zgłoszenia
    [many] Utworzono { $count } zgłoszeń
   *[other] Utworzono { $count } zgłoszenia
} w { $tracker }; ich adresy zapisano w { $file }.
issues-no-address = nie podał adresu zgłoszenia (napisał: { $output })

## cjm issues pull

issues-state = { $state ->
    [open] otwarte
    [closed] zamknięte
   *[not-planned] zamknięte jako nieplanowane
}
issues-status-changed = { $id }: { $from } → { $to } (zgłoszenie { $state })
issues-not-json = jego odpowiedź nie jest w formacie JSON: { $error }
issues-unknown-state = podał nieznany stan „{ $state }”
issues-to-read = odczytać zgłoszenia dla { $id }
issues-read-hint = sprawdź adres i logowanie; pozostałe szanse są zaktualizowane
issues-pull-not-saved-hint = nic nie zmieniono; uruchom `cjm issues pull` ponownie
issues-none-tracked = Żadna szansa nie ma jeszcze zgłoszenia: wyślij je przez `cjm issues push`.
issues-up-to-date = Każdy status jest aktualny ({ $count ->
    [one] { $count } zgłoszenie
    [few] { $count } zgłoszenia
    [many] { $count } zgłoszeń
   *[other] { $count } zgłoszenia
}).
issues-updated = Zaktualizowano { $file }.

## Treść zgłoszenia, w języku mapy

issue-impact = Wpływ:
issue-effort = Nakład:
issue-votes = Głosy:
issue-owner = Właściciel:
issue-status = Status:
issue-stage = Etap:
issue-touchpoints = Punkty styku
issue-pain-points = Problemy
issue-evidence = Dowody
issue-touchpoint = { $name } (etap { $stage }): { $emotion }
issue-moment-of-truth = moment prawdy
issue-back = Z mapy podróży klienta { $title } ({ $file }), szansa { $id }.
