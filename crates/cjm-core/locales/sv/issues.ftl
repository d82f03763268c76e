# Från kartan till backloggen: `cjm issues push` och `cjm issues pull`, och
# ärendena som exporterna för ärendesystem (GitHub, GitLab, Jira) skriver.

issues-install-hint = installera { $program } ({ $site }) och logga in med `{ $program } auth login`; eller skriv ärendena till en fil med `cjm export --format { $format }`
issues-changed-on-disk = kartan ändrades på disken under tiden, så cjm sparade inte över den
issues-tool-missing = { $program } är inte installerat (eller finns inte i PATH)
issues-tool-failed = `{ $program }` misslyckades med att { $what } (slutkod { $code })
issues-tool-failed-said = `{ $program }` misslyckades med att { $what } (slutkod { $code }): { $message }
issues-tool-not-run = `{ $program }` kunde inte köras för att { $what }: { $message }

## cjm issues push

issues-nothing-to-push = Inget att skicka: varje öppen möjlighet har redan ett ärende.
issues-would-create = Skulle skapa { $count ->
    [one] { $count } ärende
   *[other] { $count } ärenden
} i { $tracker } med `{ $program }` (en torrkörning: inget skapades):
issues-run-again = Kör igen med --yes för att skapa dem; varje ärendes adress sparas på dess möjlighet.
issues-to-create = skapa ärendet för { $id }
issues-created-before = { $count ->
    [one] { $count } ärende
   *[other] { $count } ärenden
} skapades och sparades innan dess; åtgärda orsaken och kör kommandot igen för att skapa resten
issues-created = skapat: { $id }  { $url }
issues-not-recorded = { $url } är skapat men inte sparat: lägg till issue = "{ $url }" på { $id }
issues-done = { $count ->
    [one] { $count } ärende skapades
   *[other] { $count } ärenden skapades
} i { $tracker }; deras adresser är sparade i { $file }.
issues-no-address = det skrev ingen ärendeadress (det skrev: { $output })

## cjm issues pull

issues-state = { $state ->
    [open] öppet
    [closed] stängt
   *[not-planned] stängt som inte planerat
}
issues-status-changed = { $id }: { $from } → { $to } (ärendet { $state })
issues-not-json = svaret är inte JSON: { $error }
issues-unknown-state = det gav ett okänt tillstånd ”{ $state }”
issues-to-read = läsa ärendet för { $id }
issues-read-hint = kontrollera adressen och din inloggning; de andra möjligheterna är uppdaterade
issues-pull-not-saved-hint = inget ändrades; kör `cjm issues pull` igen
issues-none-tracked = Ingen möjlighet har ett ärende än: skicka dem med `cjm issues push`.
issues-up-to-date = Varje status är aktuell ({ $count ->
    [one] { $count } ärende
   *[other] { $count } ärenden
}).
issues-updated = Uppdaterade { $file }.

## Ärendets text, på kartans språk

issue-impact = Effekt:
issue-effort = Insats:
issue-votes = Röster:
issue-owner = Ägare:
issue-status = Status:
issue-stage = Steg:
issue-touchpoints = Kontaktpunkter
issue-pain-points = Smärtpunkter
issue-evidence = Belägg
issue-touchpoint = { $name } (steg { $stage }): { $emotion }
issue-moment-of-truth = sanningens ögonblick
issue-back = Från kundresan { $title } ({ $file }), möjlighet { $id }.
