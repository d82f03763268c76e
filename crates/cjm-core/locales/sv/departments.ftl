# Avdelningar, tjänsteblueprint, väntetider och webblänkar (schema 2) samt cjm migrate.

wait-negative = en väntetid kan inte vara negativ
wait-unreadable = en väntetid är ett tal och en enhet: `15m`, `2h`, `3d`, `1w` eller en summa som `1h30m`
url-empty = en länk behöver en adress
url-space = en webbadress har inga mellanslag; skriv ett mellanslag som %20
url-scheme = en webbadress börjar med sitt schema, till exempel https://
url-host = en webbadress anger värden efter //, till exempel https://example.com/
url-nothing-after-scheme = inget följer efter schemat

# cjm migrate
migrate-customer-comment = avdelning före migreringen: { $text } (en kunds roll, inte en avdelning)
migrate-up-to-date = redan aktuell: { $path }
migrate-would = skulle migreras: { $path }
migrate-done = migrerad: { $path }
migrate-department = + { $name } ({ $id })
migrate-department-aliases = + { $name } ({ $id }), även kallad: { $aliases }
migrate-merged = = ”{ $from }” är nu ett annat namn för ”{ $into }”
migrate-proposal-obvious = ? ”{ $from }” ser ut som ett team inom ”{ $into }”: kör med --yes för att slå ihop dem
migrate-proposal-similar = ? ”{ $from }” stavas nästan som ”{ $into }”: slå ihop dem i appen eller lägg till ett alias för hand
migrate-customer = - { $member }: ”{ $text }” är en kunds roll, inte en avdelning; sparad som kommentar

# cjm check
check-similar-departments = avdelningarna ”{ $name }” och ”{ $other }” ser ut som en och samma avdelning
check-similar-departments-hint = om de är en, ta bort ”{ $name }”, lägg till dess namn bland alias för `{ $id }` och peka dit; annars ge dem namn som skiljer dem åt

# A wait as people say it in reports: "12 days", "1 hour 30 min".
wait-weeks = { $count ->
    [one] 1 vecka
   *[other] { $count } veckor
}
wait-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagar
}
wait-hours = { $count ->
    [one] 1 timme
   *[other] { $count } timmar
}
wait-minutes = { $count } min
