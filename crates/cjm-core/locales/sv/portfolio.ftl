# Ett arkiv av kundresor: mappar med kartor, delade personor (cjm.toml),
# cjm query, cjm readings import och portföljsidan från cjm report.

did-you-mean = menade du `{ $near }`?
repo-no-maps = det finns inga kartor i den här mappen
repo-no-maps-hint = kartor är .toml-filer; cjm.toml, dolda mappar och target/ hoppas över

## Delade personor

portfolio-not-shared = `{ $id }` är ingen delad persona
portfolio-shared-list = delade personor: { $ids }
portfolio-no-config-hint = ingen { $config } hittades från kartans mapp upp till arkivets rot: lägg till en med `personas = ["personas.toml"]`, eller skriv posten som `fil#{ $id }`
portfolio-config-empty-hint = { $config } anger ingen fil med delade personor, eller så är filerna tomma
portfolio-file-unreadable = den delade personan `{ $id }` kan inte läsas: { $error }
portfolio-file-unreadable-hint = sökvägen före `#` är relativ till kartans mapp
portfolio-file-no-persona = { $file } delar ingen persona `{ $id }`
portfolio-file-no-persona-hint = ange id för en av filens personor efter `#`
portfolio-differs = den här personan definierar den delade personan från { $file } annorlunda
portfolio-differs-hint = { $differences }; ta bort den här och lägg `{ $id }` i `shared_personas`, eller ändra den delade i { $file }
portfolio-difference = { $field }: { $here } här, { $shared } i den delade
portfolio-not-set = inte angivet
portfolio-config-hint = cjm.toml tar `personas = ["personas.toml"]` och `departments = ["departments.toml"]`: filerna med delade personor och avdelningar, relativt till den
portfolio-only-personas = en fil med delade personor innehåller bara [[personas]]-tabeller
portfolio-only-personas-hint = flytta de andra tabellerna till en karta

## cjm query

query-empty = frågan är tom
query-empty-hint = skriv ett villkor, t.ex. `emotion <= -1 and not evidence`
query-stray-close = den här `)` stänger ingen `(`
query-stray-close-hint = ta bort den, eller öppna gruppen tidigare med `(`
query-expected-join = väntade `and`, `or` eller slutet, men hittade { $found }
query-expected-join-hint = foga ihop villkor med `and` eller `or`
query-bang = `!` ensamt är ingen operator
query-bang-hint = skriv `!=` för ”inte lika med”, eller `not` före ett villkor
query-bad-escape = okänd escape-sekvens i citerad text
query-bad-escape-hint = bara `\"` och `\\` är escape-sekvenser
query-unclosed-quote = det här citattecknet stängs aldrig
query-unclosed-quote-hint = avsluta texten med `"`
query-the-end = slutet
query-expected-condition = väntade ett fältnamn eller `(`, men hittade { $found }
query-fields = fält: { $fields }
query-unclosed-group = den här `(` stängs aldrig
query-unclosed-group-hint = lägg till `)` efter gruppen
query-unknown-field = okänt fält `{ $field }`
query-expected-value = väntade ett värde efter `{ $op }`, men hittade { $found }
query-expected-value-hint = skriv ett ord, ett tal eller "citerad text"
query-no-match = ingen kontaktpunkt matchar `{ $query }`
query-json-failed = kan inte skriva kontaktpunkterna som JSON: { $error }

## cjm readings import

readings-unreadable-row = raden kan inte läsas: { $error }
readings-date-twice = { $date } finns redan på rad { $line } med ett annat värde ({ $value }); behåll en av de två raderna
readings-missing-date = datum saknas (kolumn { $column })
readings-missing-value = värde saknas (kolumn { $column })
readings-not-a-date = `{ $text }` är inget datum; skriv 2027-03-31 eller 31.03.2027
readings-not-a-number = `{ $text }` är inget tal
readings-decimal-comma = `{ $text }` har decimalkomma i en kommaseparerad fil; separera kolumnerna med `;` eller sätt talet inom citattecken
readings-no-metric = kartan har inget mått `{ $id }`
readings-no-metrics-hint = kartan har inga mått än; lägg till ett först
readings-metrics-list = kartans mått: { $ids }
readings-not-utf8 = filen är inte UTF-8-text
readings-not-utf8-hint = spara den från kalkylarket som ”CSV UTF-8”
readings-cannot-read = filen kan inte läsas: { $error }
readings-cannot-read-hint = kontrollera sökvägen
readings-empty = filen innehåller inga mätningar
readings-empty-hint = skriv ett datum och ett värde på varje rad, t.ex. 2027-03-31;4,5
readings-clash-kept = kartan har { $kept } för { $date }, filen { $offered } (behålls; --replace tar filens värde)
readings-clash-replaced = kartan hade { $kept } för { $date }, filen { $offered } (ersatt med filens värde)
readings-added = lade till { $count ->
    [one] { $count } mätning
   *[other] { $count } mätningar
} i `{ $metric }`
readings-would-add = skulle lägga till { $count ->
    [one] { $count } mätning
   *[other] { $count } mätningar
} i `{ $metric }`
readings-duplicates = { $count ->
    [one] { $count } fanns redan i kartan
   *[other] { $count } fanns redan i kartan
}
readings-bad-rows = { $count ->
    [one] { $count } rad kunde inte läsas
   *[other] { $count } rader kunde inte läsas
}
readings-fix-hint = rätta raderna ovan och importera igen: mätningar som redan lagts till hoppas över

## cjm report: portföljsidan

portfolio-page-title = Portfölj av kundresor
portfolio-page-summary = { $maps ->
    [one] { $maps } karta
   *[other] { $maps } kartor
}, { $overdue ->
    [0] ingen översyn är försenad.
    [one] { $overdue } försenad översyn.
   *[other] { $overdue } försenade översyner.
}
portfolio-page-map = Karta
portfolio-page-file = Fil
portfolio-page-kind = Typ
portfolio-page-owner = Ägare
portfolio-page-review-by = Översyn senast
portfolio-page-touchpoints = Kontaktpunkter
portfolio-page-opportunities = Förbättringsmöjligheter
portfolio-page-overdue = { $date } (försenad)
portfolio-page-stage = Steg
portfolio-page-average = Genomsnittlig känsla
portfolio-page-not-rated = inte bedömd
portfolio-page-top = Främsta förbättringsmöjlighet
portfolio-page-votes = Röster
portfolio-page-status = Status
portfolio-page-tracker = Ärende
portfolio-page-no-stages = Inga steg än.
portfolio-page-no-opportunities = Inga förbättringsmöjligheter än.
portfolio-page-departments = Avdelningar × kartor
portfolio-page-department = Avdelning
portfolio-page-team = team

## The app

portfolio-app-shared = delad · { $file }
portfolio-app-shared-ref = { $id } (delad)

## Shared departments
field-map-shared-departments = Delade avdelningar
portfolio-department-not-shared = `{ $id }` är inte en delad avdelning
portfolio-department-shared-list = delade avdelningar: { $ids }
portfolio-department-no-config-hint = ingen { $config } hittades från kartans mapp upp till repots rot: lägg till en med `departments = ["departments.toml"]`, eller skriv posten som `fil#{ $id }`
portfolio-department-config-empty-hint = { $config } namnger ingen fil med delade avdelningar, eller så är de tomma
portfolio-department-unreadable = den delade avdelningen `{ $id }` kan inte läsas: { $error }
portfolio-file-no-department = { $file } delar ingen avdelning `{ $id }`
portfolio-file-no-department-hint = ange id:t för en av filens avdelningar efter `#`
portfolio-department-differs = den här avdelningen definierar om den delade avdelningen i { $file } på ett annat sätt
portfolio-department-differs-hint = { $differences }; ta bort den här och lägg till `{ $id }` i `shared_departments`, eller ändra den delade i { $file }
portfolio-only-departments = en fil med delade avdelningar innehåller bara [[departments]]-tabeller
