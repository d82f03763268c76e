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

## Every command

cli-size-limit-unreadable = storleksgränsen kan inte läsas: { $problem }
cli-size-limit-unreadable-hint = ange den i MiB, t.ex. CJM_MAX_SIZE=256, eller ta bort variabeln för standardvärdet 128 MiB
cli-no-config-folder = ingen hemmapp är känd, så det finns ingen konfigurationsmapp
cli-no-terminal-banner = cjm { $version } – workshoppar i kundresekartläggning i terminalen

    Kör `cjm` i en terminal för startskärmen; `cjm FIL` öppnar en kartas tavla,
    `cjm new FIL` startar en ledd workshop, `cjm --help` listar alla kommandon.
cli-recovery-copy-kept = osparade ändringar i den här kartan finns i en återställningskopia, en komplett karta:
cli-recovery-copy-kept-hint = kontrollera den med `cjm check` och kopiera den över filen för att få tillbaka ändringarna
cli-needs-terminal = tavlan behöver en terminal
cli-needs-terminal-hint = kör cjm i en terminal, eller använd `cjm check` / `cjm export` i skript
cli-app-failed = terminalappen misslyckades: { $error }
cli-app-failed-hint = kontrollera att terminalen klarar helskärmsprogram
cli-cannot-write = kan inte skriva filen: { $error }
cli-cannot-write-permission-hint = kontrollera behörigheterna för filen och dess mapp, eller skriv till en annan sökväg
cli-cannot-write-hint = den gamla filen, om någon, är oförändrad; prova en annan sökväg
cli-no-folder = mappen finns inte
cli-no-folder-hint = skapa mappen först, eller välj en annan sökväg
cli-disk-full = disken är full
cli-disk-full-hint = frigör lite utrymme och försök igen; den gamla filen är oförändrad

## cjm fmt

fmt-would-reformat = skulle formateras om: { $file }
fmt-formatted = formaterad: { $file }

## cjm export

export-bom-csv-only = --bom gäller bara CSV, inte { $format }
export-bom-csv-only-hint = utelämna --bom, eller använd --format csv
export-output-is-map = utfilen är själva kartan; exporten skulle skriva över kartan
export-output-is-map-hint = skriv till en annan fil, t.ex. -o { $example }
export-written = exporterad: { $file } ({ $format })
export-cannot-write = kan inte skriva exporten: { $error }
export-cannot-write-hint = skriv till en fil med -o UT i stället

## cjm diff

diff-wrong-arguments = väntade 2 filer (eller gits 7 eller 9 argument för extern diff), fick { $count }
diff-wrong-arguments-hint = jämför två kartor med `cjm diff GAMMAL.toml NY.toml`
diff-working-tree = arbetskatalog
diff-new-map = ny karta
diff-deleted-map = borttagen karta
diff-cannot-read-copy = kan inte läsa gits kopia av filen: { $error }
diff-cannot-read-copy-hint = kör `git diff --no-ext-diff` för att se ändringen rad för rad
diff-heading = Skillnader mellan kartor

## cjm merge and the git merge driver

merge-invalid-ours = vår version (ours) är inte en giltig karta (se ovan)
merge-invalid-theirs = deras version (theirs) är inte en giltig karta (se ovan)
merge-invalid-both = varken vår (ours) eller deras version (theirs) är en giltig karta (se ovan)
merge-invalid-base = basversionen är inte en giltig karta; ours och theirs slås samman som två oberoende tillagda versioner
merge-result-invalid = den sammanslagna kartan skulle inte vara giltig ({ $problem })
merge-unreadable = en version kunde inte läsas; ingenting slogs samman och filen innehåller bara vår version
merge-lines-clean = raderna slogs samman utan överlapp och resultatet är en giltig karta, men kontrollera den för hand (`cjm check { $file }`) före `git add`
merge-lines-markers = skrev en radvis sammanslagning med konfliktmarkeringar (<<<<<<< ours, =======, >>>>>>> theirs): redigera filen tills den är en giltig karta utan markeringar och `cjm check { $file }` går igenom, kör sedan `git add`
merge-clean = sammanslagen utan konflikter
merge-earlier-conflicts = sammanslagen, men kartan har fortfarande { $count } { $count ->
    [one] olöst konflikt
   *[other] olösta konflikter
} sedan tidigare; `cjm check` listar dem
merge-new-conflicts = { $count } { $count ->
    [one] konflikt
   *[other] konflikter
}: våra värden behålls och deras sparas i [[conflicts]] i slutet av filen; `cjm check` listar dem
merge-unresolved = olöst sammanslagningskonflikt: { $conflict }
merge-unresolved-hint = för var och en, sätt fältet (eller ordningen) du vill ha, eller behåll eller ta bort delen, och ta sedan bort dess [[conflicts]]-tabell i slutet av filen

## The command line: a map file and a command together.
cli-file-and-command = `{ $file }` och ett kommando kan inte anges tillsammans: ange antingen en karta att öppna (`cjm FIL`) eller ett kommando (`cjm KOMMANDO …`)

## cjm git setup and cjm git check.
git-not-installed = git är inte installerat (eller finns inte i PATH)
git-not-installed-hint = installera git (https://git-scm.com) och kör kommandot igen
git-not-a-repository = den här mappen ligger inte i ett git-repo
git-not-a-repository-hint = kör det i en klon av repot (eller kör `git init` först); `cjm git setup --global` ställer in git för alla repon
git-failed = `git { $args }` misslyckades: { $message }
git-failed-hint = kör git-kommandot själv för att se varför
git-space-in-pattern = `{ $pattern }` innehåller ett mellanslag; ett gitattributes-mönster slutar vid första mellanslaget
git-space-in-pattern-hint = skriv mellanslag som `[[:space:]]`, t.ex. 'kund[[:space:]]resor/*.toml'
git-not-toml = `{ $pattern }` pekar inte ut TOML-filer
git-not-toml-hint = peka ut kartfilerna, t.ex. 'maps/**/*.toml' (en mapp ensam täcker inte filerna i den)
git-no-home = ingen hemmapp är känd, så det finns ingen global attributfil
git-no-home-hint = ange HOME, eller ange core.attributesFile: git config --global core.attributesFile SÖKVÄG
git-cannot-read = kan inte läsa { $path }: { $message }
git-cannot-read-hint = kontrollera filens behörigheter; inget har ändrats
git-not-utf8 = det är inte UTF-8-text
git-setup-already-has = { $file }: har redan `{ $line }`
git-setup-added = { $file }: lade till `{ $line }`
git-setup-one-file = { "  " }obs: `{ $pattern }` är en enda fil; ett mönster som '{ $default }' (inom citattecken) täcker även nya kartor
git-setup-config-already = git config { $scope } { $key }: redan satt
git-setup-config-set = git config { $scope } { $key }: satt
git-setup-config-replaced = git config { $scope } { $key }: ersatte det tidigare värdet
git-setup-done =
    cjm git setup: klart. git slår ihop de här kartorna punkt för punkt, och `git diff`
      visar dem med kartans ord (`git log -p --ext-diff` också).
git-setup-commit-attributes =
    { "  " }Checka in .gitattributes så att teamet delar den; varje klon kör
      `cjm git setup` en gång.
git-setup-nothing = cjm git setup: inget att ändra, git var redan inställt.
git-setup-no-cjm-on-path =
    varning: git hittar inte `cjm` i PATH: sammanslagningar av kartor faller tillbaka på
      konfliktmarkeringar, jämförelser på rader. Lägg cjm i PATH; `cjm git check` berättar mer.
git-check-title = cjm git check: { $folder }
git-check-ok = ok
git-check-missing = saknas
git-check-fix = åtgärd: { $fix }
git-check-key-set = { $key } är satt
git-check-key-no-fallback = { $key } saknar reservvägen för när cjm inte kan köras
git-check-key-other = { $key } kör något annat än cjm
git-check-key-unset = { $key } är inte satt
git-check-cjm-found = git hittar { $version } i { $path }
git-check-cjm-broken = { $path } finns i PATH men går inte att köra
git-check-cjm-broken-fix = installera om cjm (`cargo install --path .` i cjm:s källmapp)
git-check-cjm-missing = git hittar inte `cjm` i PATH: sammanslagningar av kartor faller tillbaka på konfliktmarkeringar
git-check-cjm-missing-fix = lägg programmet cjm i en mapp i PATH (`cargo install --path .` i cjm:s källmapp)
git-check-no-map-yet = ingen karta är incheckad än; nya kartor i maps/ får { $attributes }
git-check-maps-covered = { $count ->
    [one] { $count } karta har { $attributes }
   *[other] { $count } kartor har { $attributes }
}
git-check-no-map-uncovered = ingen karta är incheckad än, och .gitattributes ger inte maps/ { $attributes }
git-check-no-map-uncovered-fix = cjm git setup (eller cjm git setup 'MÖNSTER' för kartor på andra ställen)
git-check-maps-uncovered = { $count ->
    [one] { $count } karta utan { $attributes }: { $maps }
   *[other] { $count } kartor utan { $attributes }: { $maps }
}{ $more ->
    [0] {""}
   *[other] { " " }och { $more } till
}
git-check-all-set = Allt är inställt: git slår ihop och jämför kartor med cjm.
git-check-some-missing = { $count ->
    [one] { $count } sak saknas.
   *[other] { $count } saker saknas.
}

## The hidden save loop of the tests.
save-loop-stopped = { $file }: sparloopen stannade: { $outcome }

## --help of the newer commands (English is in the doc comments of src/cli).
help-cjm-migrate = Flytta kartor till formatversion 2: avdelningar efter id, nästan likadana namn föreslås som alias.
help-cjm-migrate-files = Kartorna att migrera.
help-cjm-migrate-check = Ändra ingenting; lista vad som skulle ändras och avsluta med 1 om något skulle ändras.
help-cjm-migrate-yes = Slå också ihop de självklara förslagen (ett team inom parentes efter en avdelning).
help-cjm-log = De incheckningar som ändrat en karta, eller en punkt i den, fält för fält; eller hur fasernas känslor, belägg och röster utvecklats (`--trend`).
    .long = De incheckningar som ändrat en karta, eller en punkt i den, fält för fält; eller hur fasernas känslor, belägg och röster utvecklats (`--trend`). Historiken läses från git (en fil eller punkt som bytt namn behåller sin historik). En incheckning vars version inte går att läsa in visas och hoppas över. Avslutar med 0 när historiken visats, 2 vid fel (git saknas, inte ett repo, filen är inte incheckad, ingen punkt matchar PUNKT).
help-cjm-log-file = Kartan, i ett git-repo.
help-cjm-log-item = En punkt: dess id (tp-…, st-…, op-…) eller ett namn, så som sökningen matchar det.
help-cjm-log-trend = Visa varje fas genomsnittliga känsla, andelen kontaktpunkter med data bakom och rösterna över incheckningarna: en tabell och ett diagram.
help-cjm-issues = Förbättringsmöjligheter som ärenden i GitHub eller GitLab: `cjm issues push`, `cjm issues pull`.
    .long = Förbättringsmöjligheter som ärenden i GitHub eller GitLab: `cjm issues push`, `cjm issues pull`. `push` skapar ett ärende för varje öppen förbättringsmöjlighet som saknar ett (bara en provkörning utan --yes) med ärendesystemets eget verktyg (gh, glab) och sparar dess adress på förbättringsmöjligheten; `pull` uppdaterar varje förbättringsmöjlighets status från ärendets läge.
help-cjm-issues-push = Skapa ett ärende för varje öppen förbättringsmöjlighet som saknar ett (bara en provkörning utan --yes), och spara dess adress på förbättringsmöjligheten.
    .long = Skapa ett ärende för varje öppen förbättringsmöjlighet som saknar ett (bara en provkörning utan --yes), och spara dess adress på förbättringsmöjligheten. Kör ärendesystemets eget kommandoradsverktyg i kartans mapp: `gh issue create` för GitHub, `glab issue create` för GitLab (installera det och logga in först). Genomförda och strukna förbättringsmöjligheter, och de som redan har ett `issue`, hoppas över. Avslutar med 0 när det är klart, 2 vid fel (ärendena som skapats dessförinnan sparas).
help-cjm-issues-push-file = Kartan.
help-cjm-issues-push-tracker = Vart ärendena ska.
help-cjm-issues-push-yes = Skapa ärendena; utan den visas bara vad som skulle skapas.
help-cjm-issues-push-repo = Repot (ÄGARE/REPO) i stället för kartmappens eget.
help-cjm-issues-pull = Uppdatera varje förbättringsmöjlighets status från ärendets läge i ärendesystemet.
    .long = Uppdatera varje förbättringsmöjlighets status från ärendets läge i ärendesystemet. Öppet: en idé blir planerad (genomförda eller strukna går tillbaka till planerade); stängt: genomförd (struken när GitHub säger ”not planned”). Verktyget väljs efter ärendets adress (GitLabs har `/-/issues/`). Avslutar med 0 när det är klart, 2 vid fel (lägena som lästs dessförinnan sparas).
help-cjm-issues-pull-file = Kartan.
help-cjm-report = En portföljsida över alla kartor i en mapp: ägare, granskningsdatum, känsla per fas, de viktigaste förbättringsmöjligheterna, avdelningar × kartor.
help-cjm-report-paths = Mappen med kartor (eller kartfiler).
help-cjm-report-format = Formatet att skriva.
help-cjm-report-output = Skriv till den här filen (atomärt) i stället för standard ut.
help-cjm-query = Hitta kontaktpunkter i alla kartor med ett filter, t.ex. 'owner = logistics and emotion <= -1 and not evidence'.
    .long = Hitta kontaktpunkter i alla kartor med ett filter, t.ex. 'owner = logistics and emotion <= -1 and not evidence'. Fälten är kontaktpunktens nycklar i filen (id, stage, name, channel, owner, personas, emotion, pain_points, moment_of_truth, evidence...); operatorerna =, !=, <, <=, >, >=, ~ (innehåller); ett fält ensamt betyder att det är satt; kombinera med and, or, not och parenteser. Avslutar med 0 när något matchade, 1 när inget gjorde det, 2 vid fel.
help-cjm-query-path = Mappen med kartor (eller en kartfil).
help-cjm-query-query = Filtret.
help-cjm-query-format = `table` för människor, `json` för skript.
help-cjm-readings = Mätningar av mätetal: `cjm readings import KARTA --metric ID data.csv`.
help-cjm-readings-import = Lägg till ett mätetals mätningar från en CSV-fil: en datum- och en värdekolumn, komma- eller semikolonseparerade, med eller utan rubrikrad; datum som 2027-03-31 eller 31.03.2027, decimalpunkt eller decimalkomma. Mätningar som kartan redan har (samma datum och värde) hoppas över.
help-cjm-readings-import-file = Kartan som mätningarna ska läggas till i.
help-cjm-readings-import-metric = Mätetalets id, t.ex. me-nps.
help-cjm-readings-import-csv = CSV-filen.
help-cjm-readings-import-dry-run = Säg vad som skulle läggas till; ändra ingenting.
help-cjm-readings-import-replace = Där kartan har en mätning för ett datum med ett annat värde, ta filens.

## --help: the values of an option, described.
help-possible-values = Möjliga värden:
help-possible-values-inline = möjliga värden: { $values }
help-default-value = standard: { $value }
help-help-subcommand = Visa den här hjälpen eller hjälpen för angivet kommando
help-cjm-check-deny-warnings = Avsluta med 1 när någon karta har en varning (anteckningar får aldrig kontrollen att misslyckas).
help-cjm-check-format-text = Rader för människor: `FIL:RAD: varning[KOD]: meddelande (punktens id)`.
help-cjm-check-format-json = En JSON-array med ett objekt per fil, för skript.
help-cjm-query-format-table = Kolumner för människor: karta, id, namn, fas och fälten som filtret använder.
help-cjm-query-format-json = En JSON-array med ett objekt per kontaktpunkt, för skript.
help-cjm-report-format-markdown = En sida för en wiki eller en pull request.
help-cjm-report-format-html = En fristående sida som går att skriva ut.
help-cjm-export-format-markdown = En rapport för en pull request eller wiki, med Mermaid-diagrammet.
help-cjm-export-format-mermaid = Ett Mermaid-diagram av typen `journey`.
help-cjm-export-format-csv = En rad per kontaktpunkt, för kalkylblad.
help-cjm-export-format-html = En fristående sida som går att skriva ut (inga skript, fungerar offline).
help-cjm-export-format-json = Hela modellen, för andra program.
help-cjm-export-format-github-issues = Öppna förbättringsmöjligheter som GitHub-ärenden: en JSON-array med data för REST-API:et.
help-cjm-export-format-gitlab-issues = Öppna förbättringsmöjligheter som GitLab-ärenden: en JSON-array med data för REST-API:et.
help-cjm-export-format-jira-csv = Öppna förbättringsmöjligheter som CSV för Jiras import.
help-cjm-diff-format-text = Rader för terminalen, i färg i en terminal utan `NO_COLOR`.
help-cjm-diff-format-markdown = Markdown, för en pull request eller en wikisida.

# clap's errors of the command line (src/cli/clap_errors.rs).
clap-unknown-argument = oväntat argument `{ $arg }`
clap-invalid-subcommand = okänt kommando `{ $name }`
clap-value-required = `{ $arg }` behöver ett värde
clap-invalid-value = ogiltigt värde `{ $value }` för `{ $arg }`; möjliga värden: { $valid }
clap-missing-required = dessa obligatoriska argument saknas: { $args }
clap-no-equals = `{ $arg }` behöver `=` före värdet
clap-value-validation = ogiltigt värde `{ $value }` för `{ $arg }`: { $reason }
clap-more-information = Mer information får du med `--help`.
