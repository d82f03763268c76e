# En kartas historik från git: `cjm log`, `cjm log --trend` och historiken i
# ett objekts detaljpanel.

history-git-missing = git är inte installerat (eller finns inte i PATH)
history-git-missing-hint = installera git (https://git-scm.com) och kör kommandot igen
history-not-a-repository = { $path } ligger inte i ett git-repo
history-not-a-repository-hint = historiken kommer från git: lägg kartan i ett repo och committa den
history-missing = filen finns inte, och git har ingen historik för den
history-missing-hint = kontrollera filens namn och mapp
history-not-tracked = { $path } följs inte av git: den har inga commits än
history-not-tracked-hint = committa den först: git add { $path } && git commit
history-git-failed = `git { $args }` misslyckades: { $message }
history-git-failed-hint = kör git-kommandot själv för att se varför
history-unknown-item = inget objekt matchar ”{ $query }”
history-unknown-item-hint = ange ett objekt med dess id (tp-…, st-…, op-…) eller dess namn
history-did-you-mean = menade du { $suggestion }?
history-does-not-load = den går inte att läsa in

## cjm log

history-title-map = Historik för { $path }
history-title-item = Historik för { $item } i { $path }
history-no-change = Ingen commit har ändrat det.
history-file-was = (filen hette { $path } tidigare)
history-created = kartan skapades ({ $count ->
    [one] { $count } objekt
   *[other] { $count } objekt
})
history-skipped = hoppades över:
history-broken = den här versionen går inte att läsa in ({ $problem })

## cjm log --trend

trend-title = Trend för { $path } över { $count ->
    [one] { $count } commit
   *[other] { $count } commits
} (äldst först)
trend-skipped = { $commit } går inte att läsa in ({ $problem })
trend-commit = commit
trend-date = datum
trend-evidence = belägg
trend-votes = röster
trend-chart = Diagram
trend-chart-note = (äldst → nyast; känsla från -2 till +2)
trend-backed = underbyggt av data

## Historiken i ett objekts detaljpanel

history-pane-title = { $item } · historik
history-pane-loading = Läser historiken från git…
history-pane-uncommitted = Ändringar som inte är committade finns inte i historiken.
