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

## cjm check

check-ok = { $file }: ok ({ $summary })
check-evidence-share = { $percent } % av kontaktpunkterna bygger på data
check-no-touchpoints-yet = inga kontaktpunkter ännu
check-not-utf8 = filen är inte giltig UTF-8-text
check-not-regular = det här är { $what }, inte en vanlig fil; cjm läser kartor bara från vanliga filer
check-cannot-read = kan inte läsa filen: { $error }
check-cannot-write-json = kan inte skriva resultaten som JSON: { $error }

## --help: what clap shows. English is written in the doc comments of
## src/cli; these are the same texts, the source for the translations.

help-usage = Användning:
help-heading-arguments = Argument
help-heading-options = Flaggor
help-heading-commands = Kommandon
help-flag-help = Visa hjälp
help-flag-version = Visa version
help-cjm = Workshoppar i kundresekartläggning i terminalen
    .long = Workshoppar i kundresekartläggning i terminalen. Kartor är TOML-filer som ska ligga i git. Skapa en med `cjm new`, kontrollera den med `cjm check` och håll den i kanonisk form med `cjm fmt`.
help-cjm-file = En kartfil att öppna i terminalappen.
help-cjm-max-size = Den största fil cjm läser, i MiB (eller med enhet: 512MiB, 1GiB); standard är 128 MiB. Kan också sättas med miljövariabeln CJM_MAX_SIZE.
help-cjm-lang = Språket för meddelanden, appen och nya kartor (en, pl, ru, sv; pseudo för att testa layouten), och för exporter i stället för kartans eget. Standard: `language` i konfigurationsfilen, annars systemets (LC_ALL, LC_MESSAGES, LANG).
help-cjm-new = Skapa en ny karta från en mall (skriver aldrig över en fil).
help-cjm-new-file = Filen som ska skapas, t.ex. maps/onboarding.toml.
help-cjm-new-template = Vilka faser kartan börjar med.
help-cjm-new-title = Kartans titel (standard: av filnamnet).
help-cjm-new-length = Hur länge workshoppen som följer pågår (2h, 90m, 3h, 4h...): stegens tidsrutor anpassas efter det. Standard: `[workshop] length` i konfigurationen, annars 2h.
help-cjm-guide = Led workshoppen på en karta, från steget där den avbröts.
help-cjm-guide-file = Kartan ni arbetar med.
help-cjm-guide-length = Hur länge workshoppen pågår (2h, 90m, 3h, 4h...): stegens tidsrutor anpassas efter det. Standard: `[workshop] length` i konfigurationen, annars 2h.
help-cjm-check = Läs in och validera kartor och kör sedan workshopkontrollerna (belägg saknas, smärtpunkter utan åtgärd, förbättringsmöjligheter utan mått...).
    .long = Läs in och validera kartor och kör sedan workshopkontrollerna (belägg saknas, smärtpunkter utan åtgärd, förbättringsmöjligheter utan mått...). Slutkod 0 när alla kartor är giltiga, även med varningar; 2 när en karta inte kan läsas in; 1 med `--deny warnings` när en karta har varningar.
help-cjm-check-files = Kartorna som ska kontrolleras.
help-cjm-check-deny = Misslyckas (slutkod 1) vid varningar; anmärkningar misslyckas aldrig.
help-cjm-check-format = `text` för människor, `json` för skript.
help-cjm-fmt = Skriv om kartor i kanonisk form (kommentarer behålls).
help-cjm-fmt-files = Kartorna som ska formateras.
help-cjm-fmt-check = Ändra ingenting; avsluta med 1 och nämn filerna som skulle ändras.
help-cjm-export = Exportera en karta som Markdown, Mermaid, CSV, HTML eller JSON (till standard ut, eller till en fil med -o).
help-cjm-export-file = Kartan som ska exporteras.
help-cjm-export-format = Formatet som skrivs.
help-cjm-export-output = Skriv till den här filen (atomärt) i stället för standard ut; aldrig till själva kartan.
help-cjm-export-bom = Bara CSV: börja med en UTF-8-byteordningsmarkering, för Excel.
help-cjm-diff = Visa vad som ändrats mellan två kartor, del för del (kommentarer jämförs inte).
    .long = Visa vad som ändrats mellan två kartor, del för del (kommentarer jämförs inte). `cjm diff GAMMAL NY` jämför två filer; med gits sju (eller nio) argument för extern diff namnges kartan med sin sökväg i förrådet. Slutkod 0 när kartorna är lika, 1 när de skiljer sig, 2 när en av dem inte kan läsas in.
help-cjm-diff-files = GAMMAL NY: den tidigare kartan (t.ex. nuläget) och den senare; eller gits sju (eller nio) argument för extern diff.
help-cjm-diff-format = `text` för terminalen, `markdown` för en pull request eller wiki.
help-cjm-diff-label-a = Namnet som visas för GAMMAL i stället för sökvägen (t.ex. `main:maps/shop.toml`).
help-cjm-diff-label-b = Namnet som visas för NY i stället för sökvägen.
help-cjm-merge = Trevägssammanslagning av en karta per del och fält; resultatet ersätter OURS.
    .long = Trevägssammanslagning av en karta per del och fält; resultatet ersätter OURS. Gjord för gits merge-drivrutin, `cjm merge %O %A %B --path %P`. Slutkod 0 när sammanslagningen är ren, 1 när något återstår att avgöra (konflikter sparade i kartan, eller konfliktmarkeringar i en sida som inte är en giltig karta), 2 när en version inte kan läsas eller OURS inte kan skrivas.
help-cjm-merge-base = Den gemensamma förfadern (gits %O); tom eller saknas när båda sidor lade till filen.
help-cjm-merge-ours = Vår version, som skrivs över med resultatet (gits %A).
help-cjm-merge-theirs = Deras version (gits %B).
help-cjm-merge-path = Kartans sökväg i förrådet (gits %P), för att namnge den i meddelanden.
help-cjm-git = Git-inställningar för kartor: `cjm git setup`, `cjm git check`.
help-cjm-git-setup = Låt git slå samman och jämföra kartor med cjm; att köra det igen ändrar ingenting.
    .long = Låt git slå samman och jämföra kartor med cjm; att köra det igen ändrar ingenting. Lägger till `MÖNSTER merge=cjm diff=cjm` i .gitattributes och ställer in drivrutinerna för sammanslagning och diff i gits konfiguration. Slutkod 0 när det är klart, 2 vid fel.
help-cjm-git-setup-patterns = Vilka kartfiler: gitattributes-mönster relativt den aktuella mappen (med citattecken så att skalet inte expanderar dem). Standard: 'maps/**/*.toml'.
help-cjm-git-setup-global = Ställ in git för alla förråd för den här användaren: drivrutinerna i den globala git-konfigurationen, mönstren i core.attributesFile.
help-cjm-git-check = Säg vad den här klonen saknar för att git ska slå samman och jämföra kartor med cjm.
    .long = Säg vad den här klonen saknar för att git ska slå samman och jämföra kartor med cjm, med kommandot som åtgärdar varje del som saknas. Slutkod 0 när inget saknas, 1 när något saknas, 2 vid fel.
help-cjm-config = Var konfigurationsfilen finns och vad den kan innehålla.
help-cjm-config-path = Skriv ut sökvägen till konfigurationsfilen (den finns kanske inte än).
help-cjm-config-default = Skriv ut en konfigurationsfil med alla standardinställningar, i kommentarer.
