# Loading a map: errors in the file, with their hints.

load-not-regular = { $what }, inte en vanlig fil; cjm läser kartor bara från vanliga filer
load-not-regular-hint = ange kartans .toml-fil (om det är en symbolisk länk, kontrollera vart den pekar)
load-not-utf8 = filen är inte giltig UTF-8-text
load-not-utf8-hint = spara filen som UTF-8 i din editor (kartor är TOML i UTF-8)
load-more-errors = och { $count ->
    [one] { $count } fel till
   *[other] { $count } fel till
}
load-more-errors-hint = rätta de här först; `cjm check --format json` visar alla
load-too-large = filen är { $size }, mer än storleksgränsen på { $limit }
load-too-large-hint = kontrollera att det här är en kundresekarta; för att öppna större filer, höj gränsen med `--max-size 256` eller miljövariabeln { $variable } (i MiB)
load-not-found = filen finns inte
load-not-found-hint = kontrollera sökvägen, eller skapa en karta med `cjm new FIL`
load-directory = det här är en mapp, inte en kartfil
load-directory-hint = ange en .toml-fil i den, t.ex. { $example }
load-permission-denied = behörighet saknas för att läsa filen
load-permission-denied-hint = kontrollera filens behörigheter (ls -l) eller öppna en kopia
load-cannot-read = kan inte läsa filen: { $error }
load-cannot-read-hint = kontrollera att sökvägen pekar på en läsbar fil

## TOML syntax errors

load-syntax-error = syntaxfel i TOML: { $problem }
load-syntax-expected = { $problem }, väntade { $expected }
load-syntax-expected-nothing = ingenting
load-syntax-expected-newline = radbrytning
load-syntax-expected-other = något annat
load-syntax-unclosed-string = den här flerradiga texten stängs aldrig: den fortsätter till filens slut, en avslutande `{ $quotes }` saknas
load-syntax-defined-twice = `{ $key }` är definierad två gånger
load-syntax-duplicate-key = dubblerad nyckel `{ $key }`
load-syntax-too-deep = nycklarna är för djupt nästlade: mer än { $levels } nivåer av punktade nycklar, tabellrubriker, listor och inbäddade tabeller
load-syntax-float-too-large = talet är för stort för ett decimaltal
load-syntax-float-invalid = ogiltigt decimaltal
load-syntax-int-too-large = talet är för stort: heltal måste rymmas i 64 bitar
load-syntax-int-invalid = ogiltigt heltal
load-syntax-not-extendable = `{ $key }` är redan { $what } och kan inte utökas här
load-syntax-kind = { $kind ->
    [table-with-header] en tabell med rubrik
    [list-of-tables] en lista med tabeller
    [inline-table] en inbäddad tabell
    [list] en lista
   *[value] ett värde
}
load-syntax-date-hint = skriv datum som ÅÅÅÅ-MM-DD (en riktig dag i kalendern), utan citattecken
load-syntax-duplicate-hint = varje nyckel får bara finnas en gång i en tabell; ta bort eller byt namn på en av dem
load-syntax-unclosed-hint = stäng texten med samma tre citattecken där den slutar
load-syntax-too-deep-hint = en karta har högst några få nivåer; den här nyckeln eller rubriken har alldeles för många delar (`a.b.c...`): korta den
load-syntax-not-extendable-hint = ge nyckeln en enda definition: antingen ett värde eller en tabell, på ett ställe
load-syntax-other-hint = rätta TOML-syntaxen här (oftast saknas ett citattecken, `=`, ett kommatecken eller en hakparentes)

## Values of the wrong kind ("måste vara …", "men är …")

load-kind = { $kind ->
    [table] en tabell
    [list-of-tables] en lista med tabeller
    [text] text
    [integer] ett heltal
    [decimal] ett decimaltal
    [boolean] true eller false
    [datetime] ett datum eller en tid
    [list] en lista
    [inline-table] en inbäddad tabell
    [list-of-texts] en lista med texter
    [date] ett datum
    [number] ett tal
    [duration] en tidslängd
    [duration-example] en tidslängd som "15m"
   *[value] ett värde
}
load-integer-at-least = ett heltal på minst { $min }
load-integer-range = ett heltal från { $min } till { $max }

## Where in the map a problem is

load-noun = { $kind ->
    [persona] persona
    [department] avdelning
    [team-member] teammedlem
    [stage] fas
    [touchpoint] kontaktpunkt
    [opportunity] förbättringsmöjlighet
    [metric] mätetal
    [conflict] konflikt
    [evidence] underlag
    [action] aktivitet
    [frontstage-action] aktivitet på framsidan
    [backstage-action] aktivitet på baksidan
    [support-action] stödaktivitet
    [web-link] webblänk
    [reading] mätning
   *[other] objekt
}
load-empty-text = { $place } har en tom `text`
load-empty-text-hint = skriv vad som görs, t.ex. text = "Kontrollerar remissen", eller ta bort aktiviteten
load-place-numbered = { $noun } nr { $number }
load-place-named = { $noun } `{ $id }`
load-place-nested = { $place }, { $noun } nr { $number }
load-place-top-level = kartans översta nivå
load-in-place = { $place }: { $problem }

## Reading the map's fields

load-not-a-value = { $place }: `{ $key }` måste vara { $expected }, men är { $found }
load-not-a-value-hint = skriv det som `{ $key } = ...` (plats: { $place })
load-missing = { $place }: `{ $key }` saknas
load-missing-hint = lägg till `{ $key } = { $example }`
load-wrong-type = `{ $key }` måste vara { $expected }, men är { $found }
load-text-hint = sätt texten inom citattecken: { $key } = "..."
load-texts-hint = skriv en lista: { $key } = ["första", "andra"]
load-element-not-text = element { $number } i `{ $key }` måste vara text, men är { $found }
load-element-not-text-hint = sätt varje element inom citattecken
load-boolean-hint = skriv { $key } = true eller { $key } = false (utan citattecken)
load-out-of-range = `{ $key }` är { $value }, men måste vara { $expected }
load-number-hint = skriv ett tal utan citattecken, t.ex. { $key } = { $example }
load-vocab-unknown = `{ $key }` är "{ $value }", som inte är ett känt värde ({ $what })
load-vocab-noun = { $kind ->
    [kind-of-map] typ av karta
    [kind-of-conflict] typ av konflikt
    [kind-of-metric] typ av mätetal
    [evidence-source] källa för underlag
    [focus] fokus
    [role] roll
    [channel] kanal
   *[status] status
}
load-vocab-near-hint = menade du `{ $near }`? tillåtna: { $allowed }
load-vocab-hint = tillåtna: { $allowed }
load-vocab-text-hint = skriv ett av dessa inom citattecken: { $allowed }
load-date-time = `{ $key }` måste vara en dag utan klockslag, men har ett
load-date-time-hint = skriv bara dagen, t.ex. { $key } = { $example }
load-date-invalid = `{ $key }` är ingen dag i kalendern
load-date-invalid-hint = kontrollera dag och månad
load-date-quoted-hint = ta bort citattecknen: { $key } = { $value }
load-date-hint = skriv datum som ÅÅÅÅ-MM-DD utan citattecken, t.ex. { $key } = { $example }
load-number-too-large = `{ $key }` är för stort för att sparas exakt
load-number-too-large-hint = använd ett mindre tal eller ett decimaltal som 1.5e16
load-number-not-finite = `{ $key }` måste vara ett ändligt tal, inte inf eller nan
load-number-not-finite-hint = skriv ett vanligt tal som 42 eller 3.5
load-unknown-key = okänd nyckel `{ $key }` i { $place }
load-unknown-section-hint = menade du [[{ $near }]]? varje objekt är en egen [[{ $near }]]-tabell
load-did-you-mean = menade du `{ $near }`?
load-known-keys = kända nycklar här: { $keys }
load-not-a-list-of-tables = `{ $key }` måste vara en lista med tabeller skrivna som [[{ $key }]], men är { $found }
load-not-a-list-of-tables-hint = börja varje objekt ({ $noun }) med en rad [[{ $key }]]
load-not-tables = `{ $key }` måste vara en lista med tabeller, men är { $found }
load-element-not-table = varje element i `{ $key }` måste vara en tabell, men det här är { $found }
load-write-example = skriv { $example }
load-schema-first = formatets första version är 1
load-schema-newer = kartan använder formatversion { $version }, men den här cjm läser versioner upp till { $known }
load-schema-newer-hint = uppgradera cjm för att öppna kartan (och låt filen vara som den är)
load-schema-missing = kartan saknar `schema` (formatversion)
load-schema-missing-hint = lägg till `schema = { $version }` som första rad
load-bad-value = `{ $key }` i { $place }: { $problem }
load-bad-value-hint = skriv värdet som själva fältet skrivs i kartan
load-goal-not-table = `goal` måste vara en tabell, men är { $found }
load-goal-not-table-hint = skriv målet under en rad [goal]
load-wait-text-hint = skriv väntetiden inom citattecken med enhet, t.ex. wait = "15m"
load-wait-invalid = `wait` är "{ $value }": { $problem }
load-wait-invalid-hint = skriv hur länge kunden väntar, t.ex. wait = "15m", "2h" eller "3d"
load-value-not-finite = ett tal måste vara ändligt, inte inf eller nan
load-value-not-a-day = ingen dag i kalendern
load-value-date-time = kartor sparar datum utan klockslag (ÅÅÅÅ-MM-DD)
load-value-list-of-tables = en lista med tabeller kan inte vara ett fältvärde

## Reading a file: what it is when it is no regular file, sizes

file-not-regular = det här är { $what }, inte en vanlig fil
file-kind = { $kind ->
    [folder] en mapp
    [named-pipe] en namngiven pipe (FIFO)
    [device] en enhet (till exempel en terminal eller /dev/zero)
    [disk-device] en diskenhet
    [socket] en socket
   *[special] en specialfil
}
file-too-large = filen är { $size }, mer än gränsen på { $limit }
file-not-utf8 = inte UTF-8-text (byte { $byte })
file-size-mib = { $mib } MiB
file-size-bytes = { $bytes } byte
file-size-mib-bytes = { $mib } MiB ({ $bytes } byte)
file-size-not-text = det är inte text
file-size-not-a-size = `{ $text }` är ingen storlek
file-size-unknown-unit = `{ $text }` har en okänd enhet; skriv MiB, t.ex. 256 eller 256MiB
file-size-zero = storleksgränsen måste vara större än 0
file-size-too-large = `{ $text }` är för stort
load-conflict-markers = filen innehåller en ofullbordad git-sammanslagning: konfliktmarkörer (<<<<<<<, =======, >>>>>>>) på raderna { $lines }
load-conflict-markers-hint = för att slå ihop den objekt för objekt, kör `cjm git setup` (det gör cjm till gits sammanslagningsdrivrutin för kartor) och sedan `git checkout --merge { $file }` för att göra om sammanslagningen; eller lös den för hand: behåll raderna du vill ha mellan markörerna, ta bort markörraderna och kör `cjm check { $file }` tills den går igenom, sedan `git add { $file }`

# The TOML parser's own words for its commonest errors
load-toml-problem = { $problem ->
    [invalid-basic-string] ogiltig text inom citattecken
    [invalid-literal-string] ogiltig text inom apostrofer
    [unclosed-array] ostängd lista
    [unclosed-table] ostängd tabellrubrik
    [unclosed-array-table] ostängd rubrik för en lista med tabeller
    [unclosed-inline-table] ostängd inbäddad tabell
    [missing-assignment-between-key-value-pairs] `=` saknas mellan nyckel och värde
    [missing-value] värde saknas
    [invalid-unquoted-key] ogiltig nyckel
    [string-values-must-be-quoted] texter måste stå inom citattecken
    [missing-comma-between-array-elements] kommatecken saknas mellan listans element
    [extra-comma-in-array] överflödigt kommatecken i listan
    [unexpected-content] oväntat innehåll
    [missing-opening-quote] inledande citattecken saknas
    [invalid-multi-line-basic-string] ogiltig flerradig text inom citattecken
    [invalid-multi-line-literal-string] ogiltig flerradig text inom apostrofer
    [invalid-string] ogiltig text
    [missing-value-for-key] nyckelns värde saknas
    [key-with-no-value] nyckel utan värde
    [empty-unquoted-key] en nyckel utan citattecken får inte vara tom
    [multi-line-basic-key] en nyckel får inte vara en flerradig text
    [multi-line-literal-key] en nyckel får inte vara en flerradig text
    [missing-comma-between-key-value-pairs] kommatecken saknas mellan nyckel–värde-paren
    [extra-comma-in-inline-table] överflödigt kommatecken i den inbäddade tabellen
    [extra-assignment] överflödigt `=`
    [extra-equals] överflödigt `=`
    [assignment-in-array] oväntat `=` i en lista
    [content-after-comment] oväntat innehåll mellan kommentaren och radens slut
    [unexpected-key-or-value] oväntad nyckel eller oväntat värde
    [invalid-key-value-pair] ogiltigt nyckel–värde-par
    [invalid-inline-table-element] ogiltigt element i en inbäddad tabell
    [missing-key-in-inline-table] nyckel saknas för ett element i en inbäddad tabell
    [missing-inline-table-opening] `{"{"}` saknas i början av den inbäddade tabellen
    [missing-array-opening] `[` saknas i början av listan
    [missing-table-opening] `[` saknas i början av tabellrubriken
    [missing-escaped-value] tecken saknas efter `\`
    [too-few-unicode-digits] för få siffror i en Unicode-kod
    [missing-comment-start] `#` saknas i början av kommentaren
    [invalid-comment-character] ogiltigt tecken i en kommentar
    [lone-carriage-return] en vagnretur måste följas av en radbrytning
    [too-deep] värdena är nästlade för djupt
    [invalid-boolean] ogiltigt sanningsvärde
    [invalid-integer] ogiltigt heltal
    [invalid-float] ogiltigt decimaltal
    [invalid-binary] ogiltigt binärt tal
    [invalid-octal] ogiltigt oktalt tal
    [invalid-hexadecimal] ogiltigt hexadecimalt tal
    [invalid-date-time] ogiltigt datum eller klockslag
    [signed-radix] binära, oktala och hexadecimala tal kan inte ha + eller -
    [uppercase-radix] talets prefix skrivs med gemener (`0x`, `0o`, `0b`)
    [redundant-prefix] överflödigt talprefix
    [redundant-sign] överflödigt + eller -
    [unexpected-sign] oväntat + eller -
    [leading-zero] oväntad inledande nolla
    [misplaced-underscore] `_` får bara stå mellan siffror
   *[invalid-value] ogiltigt värde
}

# What the TOML parser expected, when it says it in words (load-syntax-expected's $expected).
load-toml-expected = { $expected ->
    [key] en nyckel
    [value] ett värde
    [numbers] tal
    [digits] siffror
    [letters] bokstäver
    [printable-characters] skrivbara tecken
    [unicode-hexadecimal] en hexadecimal Unicode-kod
    [basic-string] en text inom citattecken
    [literal-string] en text inom apostrofer
    [multi-line-basic-string] en flerradig text inom citattecken
    [multi-line-literal-string] en flerradig text inom apostrofer
    [unquoted-string] ett ord utan citattecken
    [non-single-quote] andra tecken än `'`
    [non-single-quote-visible] andra tecken än `'`
    [non-double-quote-visible] andra tecken än `"`
   *[characters] tecken
}

# A date or time the file writes wrongly: what is wrong ...
load-toml-date = { $what ->
    [date] ogiltigt datum
    [time] ogiltigt klockslag
    [date-time] ogiltigt datum och klockslag
    [offset] ogiltig tidszonsförskjutning
   *[datetime] ogiltigt datum eller klockslag
}
# ... and what was expected instead ($last: the month's last day, for day-range).
load-toml-date-expected = { $expected ->
    [year-or-hour] ett år eller en timme
    [dash-or-colon] `-` (ÅÅÅÅ-MM) eller `:` (TT:MM)
    [month] en månad
    [day] en dag
    [hour] en timme
    [minute] minuter
    [second] sekunder
    [nanosecond] en bråkdel av en sekund
    [dash-before-day] `-` (MM-DD)
    [colon-before-minute] `:` (TT:MM)
    [t-between] `T` mellan datum och klockslag
    [offset] `Z`, +FÖRSKJUTNING eller -FÖRSKJUTNING
    [four-digit-year] ett fyrsiffrigt år (ÅÅÅÅ)
    [two-digit-month] en tvåsiffrig månad (MM)
    [two-digit-day] en tvåsiffrig dag (DD)
    [two-digit-hour] en tvåsiffrig timme (TT)
    [two-digit-minute] tvåsiffriga minuter (MM)
    [two-digit-second] tvåsiffriga sekunder (SS)
    [month-range] en månad mellan 01 och 12
    [day-range] en dag mellan 01 och { $last }
    [hour-range] en timme mellan 00 och 23
    [hours-range] en timme mellan 00 och 23
    [minute-range] minuter mellan 00 och 59
    [minutes-range] minuter mellan 00 och 59
    [second-range] sekunder mellan 00 och 60
   *[nanoseconds-overflowed] färre siffror i sekundbråket
}
