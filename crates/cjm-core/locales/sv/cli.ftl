# The command line: messages of every command, and its --help texts.

lang-unknown = cjm kan inte språket ”{ $code }”; välj ett av { $known }

## cjm new

new-created = Skapade { $file }: { $kind ->
    [current-state] nulägeskarta
    [future-state] karta över önskat läge
    [day-in-the-life] karta över en dag i kundens liv
   *[service] tjänstekarta
} ”{ $title }” med faserna { $stages }.
new-exists = filen finns redan; `cjm new` skriver aldrig över en karta
new-exists-hint = välj ett annat filnamn, eller öppna den befintliga kartan
