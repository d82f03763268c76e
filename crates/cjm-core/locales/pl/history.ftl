# Historia mapy z gita: `cjm log`, `cjm log --trend` i historia w panelu
# szczegółów elementu.

history-git-missing = git nie jest zainstalowany (albo nie ma go w PATH)
history-git-missing-hint = zainstaluj gita (https://git-scm.com) i uruchom polecenie ponownie
history-not-a-repository = { $path } nie leży w repozytorium gita
history-not-a-repository-hint = historia pochodzi z gita: trzymaj mapę w repozytorium i zatwierdzaj zmiany
history-missing = nie ma takiego pliku, a git nie zna jego historii
history-missing-hint = sprawdź nazwę pliku i folder
history-not-tracked = git nie śledzi pliku { $path }: nie ma jeszcze żadnego commita
history-not-tracked-hint = najpierw go zatwierdź: git add { $path } && git commit
history-git-failed = `git { $args }` nie powiódł się: { $message }
history-git-failed-hint = uruchom to polecenie gita samodzielnie, żeby zobaczyć przyczynę
history-unknown-item = żaden element nie pasuje do „{ $query }”
history-unknown-item-hint = wskaż element po identyfikatorze (tp-…, st-…, op-…) albo po nazwie
history-did-you-mean = czy chodziło o { $suggestion }?
history-does-not-load = nie daje się wczytać

## cjm log

history-title-map = Historia { $path }
history-title-item = Historia { $item } w { $path }
history-no-change = Żaden commit tego nie zmienił.
history-file-was = (wcześniej plik nazywał się { $path })
history-created = utworzono mapę ({ $count ->
    [one] { $count } element
    [few] { $count } elementy
    [many] { $count } elementów
   *[other] { $count } elementu
})
history-skipped = pominięto:
history-broken = ta wersja nie daje się wczytać ({ $problem })

## cjm log --trend

trend-title = Trend { $path } w { $count ->
    [one] { $count } commicie
   *[other] { $count } commitach
} (od najstarszego)
trend-skipped = { $commit } nie daje się wczytać ({ $problem })
trend-commit = commit
trend-date = data
trend-evidence = dowody
trend-votes = głosy
trend-chart = Wykres
trend-chart-note = (od najstarszego do najnowszego; emocje od -2 do +2)
trend-backed = poparte danymi

## Historia w panelu szczegółów elementu

history-pane-title = { $item } · historia
history-pane-loading = Czytam historię z gita…
history-pane-uncommitted = Zmian jeszcze niezatwierdzonych nie ma w historii.
