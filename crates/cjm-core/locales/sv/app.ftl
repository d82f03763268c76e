# The terminal app: board, views, dialogs, palette.

## Kinds of item: $kind is the English noun with "-" for spaces

item-kind = { $kind ->
    [map] karta
    [goal] mål
    [persona] persona
    [team-member] teammedlem
    [stage] fas
    [touchpoint] kontaktpunkt
    [opportunity] förbättringsmöjlighet
    [metric] mätetal
    [conflict] konflikt
    [pain-point] smärtpunkt
   *[other] objekt
}
item-kind-title = { $kind ->
    [map] Karta
    [goal] Mål
    [persona] Persona
    [team-member] Teammedlem
    [stage] Fas
    [touchpoint] Kontaktpunkt
    [opportunity] Förbättringsmöjlighet
    [metric] Mätetal
    [conflict] Konflikt
    [pain-point] Smärtpunkt
   *[other] Objekt
}

## Views, by their names in the status bar

view-board = Tavla
view-curve = Känslokurva
view-opportunities = Förbättringsmöjligheter
view-personas = Personor
view-metrics = Mätetal
view-inventory = Vem möter kunden
view-overview = Karta, mål och team
view-stages = Faser
view-checks = Kontroller
view-compare = Jämförelse

## The status bar and the footer

footer-filter = { " " }│ filter: { $what }
footer-conflicts = { " " }│ ⚡ { $count ->
    [one] { $count } konflikt
   *[other] { $count } konflikter
} – { $keys } för att lösa
badge-pick = { " " }VÄLJ{ " " }
badge-navigate = { " " }NAVIGERA{ " " }
badge-edit = { " " }REDIGERA{ " " }
hint-create = skapa
hint-choose = välj
hint-go = gå
hint-move = flytta
hint-mark = markera
hint-back-to-list = tillbaka till listan

## The picker

picker-title-kind = { " " }{ $field }: { $kind }{ " " }
picker-title-item = { " " }{ $field } för ”{ $name }”{ " " }
picker-new-department-name = Namn på den nya avdelningen:
picker-new-department-keys = Enter lägger till · Esc går tillbaka till listan
picker-none-chosen = Inget valt · Mellanslag markerar, Enter godtar
picker-chosen = { $count } valda: { $names }
picker-matches = { $count ->
    [one] { $count } träff
   *[other] { $count } träffar
} · Enter väljer
picker-new-department = + ny avdelning…
picker-nothing-to-choose = { "  " }Inget att välja än: kartan har inga; Esc går tillbaka
picker-nothing-matches = { "  " }Inget matchar; Backspace vidgar sökningen
picker-status-multi = Skriv för att smalna av · Mellanslag markerar · Enter godtar · Esc avbryter
picker-status-one = Skriv för att smalna av · Enter väljer · Esc avbryter
picker-nothing-changed = Inget ändrades

## Counts the app shows besides the shared ones (common.ftl)

app-count-metrics = { $count ->
    [one] { $count } mätetal
   *[other] { $count } mätetal
}
app-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } personer
}

## Dialogs over the board

find-title = { " " }Sök – skriv för att söka, Enter hoppar, Esc stänger{ " " }
palette-title = { " " }Kommandon – skriv för att söka, Enter kör, Esc stänger{ " " }
quit-title = Osparade ändringar
delete-title = Ta bort
delete-question = Ta bort ”{ $name }” ({ $kind })?
delete-blocked = ”{ $name }” ({ $kind }) kan inte tas bort än:
delete-move-touchpoints = Flytta eller ta bort dess kontaktpunkter först.
delete-no-references = Inget annat hänvisar till den.
delete-references = De här hänvisar till den och förlorar kopplingen:
delete-keys-back = valfri tangent: tillbaka
delete-keys = { $keys } ta bort · annan tangent: behåll
new-item-title = Ny { $kind }
new-item-id-note = Dess id skapas från det här namnet och ändras aldrig.
too-small = Terminalen är för liten (behöver { $min_width }×{ $min_height }, har { $width }×{ $height })

## The home screen

home-title = { " " }cjm – kartläggning av kundresor
home-tagline = { " " }Varje kontakt med företaget, från kundens sida, med hela teamet.
home-filter = { " " }Filter ›{ " " }
home-recent = Senaste
home-repository = Arkiv
home-new-map = Ny karta
home-new-map-guided = { $kind } (guidad workshop)
home-example = Exempel
home-keys = Skriv för att filtrera · { $keys }
home-type-file-name = Skriv ett filnamn, t.ex. onboarding.toml
home-file-exists = { $path } finns redan; välj ett annat namn
home-where-to-save = Var ska kartan sparas? Enter sparar, Esc går tillbaka
home-nothing-matches = { " " }Inget matchar filtret.
home-save-as = Spara kartan som (en sökväg; en befintlig fil skrivs aldrig över):

## The board

lane-touchpoints = Kontakt- punkter
lane-doing = Gör
lane-thinking = Tänker
lane-feeling = Känner
lane-emotion = Känsla
lane-pain-points = Smärtpunkt
lane-opportunities = Möjlighet
lane-metrics = Mätetal
board-no-stages = Kartan har inga faser än.
board-more-left = ◀ mer
board-more-right = mer ▶
board-stage-summary = snitt { $average } · { $touchpoints }
board-no-touchpoints = inga kontaktpunkter än
board-hidden = +{ $count } till

## The checks view

checks-view-title = { " " }Kontroller · { $conflicts ->
    [one] { $conflicts } konflikt
   *[other] { $conflicts } konflikter
} · { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
} · { $notes ->
    [one] { $notes } anmärkning
   *[other] { $notes } anmärkningar
} · Enter går till objektet{ " " }
checks-view-passes = Kartan klarar alla kontroller.
checks-view-tag = { $severity ->
    [conflict] konflikt
    [warning] varning
   *[note] notering
}
checks-view-conflict-hint = Enter: behåll vårt värde (o), ta deras (t) eller redigera ett sammanfogat värde (e)
checks-view-hint = tips: { $hint }

## Compare with the map this one is based on

compare-title = { " " }Jämförelse{ " " }
compare-no-based-on = Den här kartan anger ingen `based_on`-karta. En karta över önskat läge anger nulägeskartan den förbättrar (based_on = "current.toml"), och den här vyn visar dem sida vid sida.
compare-loading = Laddar…
compare-cannot-open = Kan inte öppna kartan som den här bygger på ({ $file }): { $why }
compare-better = bättre
compare-worse = sämre
compare-same = samma
compare-stage = Fas
compare-before = Före
compare-after = Efter
compare-moved = { $section } { $name } flyttad
compare-nothing-changed = Inget objekt ändrades.
compare-what-changed = { " " }Vad som ändrades{ " " }

## The emotion curve

curve-title = { " " }Känslokurva · { $negative } av { $rated } bedömda faser under noll
curve-needs-work = { " " }– den här kundresan behöver arbete
curve-moment-of-truth = { " " }· ★ sanningens ögonblick
curve-average = snitt { $average }

## Who touches the customer

inventory-department = Avdelning
inventory-owns-nothing = { $department } (äger inget)
inventory-no-owner = (ingen ägare)
inventory-title = { " " }Vem i företaget möter kunden (kontaktpunkter per avdelning och fas){ " " }
inventory-window = { " " }faser { $first }–{ $last } av { $total }{ " " }

## Metrics

metrics-metric = Mätetal
metrics-kind = Typ
metrics-baseline-target = Utgångsläge → mål
metrics-latest = Senaste
metrics-readings = Mätningar
metrics-title = { " " }Mätetal{ " " }

## Opportunities (the column headings fit 5, 6, 6 and 11 columns)

opportunities-axes = effekt ↑   insats →
opportunities-quick-wins = uppe till vänster: snabba vinster
opportunities-unrated = { $count } inte bedömda än
opportunities-matrix-title = { " " }Effekt × insats{ " " }
opportunities-votes = Röst.
opportunities-impact = Effekt
opportunities-effort = Insats
opportunities-status = Status
opportunities-opportunity = Förbättringsmöjlighet
opportunities-ranked-title = { " " }Rangordning: röster, sedan effekt per insats{ " " }

## Map, goal and team

overview-map = Karta
overview-goal = Mål
overview-success = Framgång
overview-no-review-date = { "  " }Inget avstämningsdatum: kartor dör när ingen äger dem
overview-map-and-goal = { " " }Karta och mål{ " " }
overview-no-team = Ingen än: a lägger till en teammedlem
overview-departments = Avdelningar i rummet: { $count }
overview-invite-departments = Kundresor går genom flera avdelningar: bjud in sälj, service, support, leverans, ekonomi, HR…
overview-team = { " " }Team{ " " }

## Personas

personas-none = Inga personor än: a lägger till en. Börja med en primär persona.
personas-primary = { "  " }★ primär
personas-job = { "  " }Uppgift:{ " " }
personas-title = { " " }Personor{ " " }

## Stages (the headings fit 24 and 12 columns)

stages-none-yet = inga än
stages-stage = Fas
stages-customer-goal = Vad kunden vill här
stages-touchpoints = Kontaktpkt
stages-title = { " " }Faser, i kundens ordning{ " " }

## The form: what a field takes, under its editor

input-text = text; Alt-Enter för ny rad
input-lines = en per rad
input-choice = en av: { $values }
input-integer-min = ett heltal, { $min } eller mer
input-integer = ett heltal från { $min } till { $max }
input-number = ett tal (t.ex. 3,5)
input-bool = ja eller nej
input-date = ett datum, ÅÅÅÅ-MM-DD (eller 31.03.2027)
input-reference = Enter väljer på namn ({ $kind })
input-references = Enter väljer på namn
input-evidence = en per rad: källa: anteckning (intervju, enkät, analys…)
input-readings = en per rad: ÅÅÅÅ-MM-DD värde
input-read-only = ändras aldrig

## Settling a merge conflict

conflict-ours = vårt
conflict-theirs = deras
conflict-keys-editable = o behåll vårt · t ta deras · e redigera ett sammanfogat värde från vårt · E från deras · annan tangent: bestäm senare
conflict-keys = o behåll vårt · t ta deras · annan tangent: bestäm senare
conflict-combined = Sammanfogat värde:
conflict-combine-keys = Enter löser konflikten med det här värdet · Alt-Enter ny rad · Esc tillbaka
conflict-title = { " " }Sammanslagningskonflikt { $number } av { $count }{ " " }

## The dialogs about the map's file

recover-found = cjm hittade osparade ändringar i { $file } från en session som inte avslutades normalt (en krasch, en stängd terminal eller avslut utan att spara).
recover-where = De ligger i { $path }
recover-file-newer = ⚠ Filen ändrades efter att kopian skrevs (en git pull?): att återställa ersätter de ändringarna. Titta på skillnaden först.
recover-confirm-discard = Kasta de osparade ändringarna för gott? { $discard } kasta · annan tangent: tillbaka
recover-keys = { $restore } återställ dem · { $difference } visa skillnaden · { $discard } kasta dem · { $quit } avsluta, bestäm senare
recover-title = Osparade ändringar hittade
disk-gone-title = Filen är borta
disk-gone = { $file } har tagits bort eller flyttats sedan cjm laddade eller sparade den. Inget skrevs.
disk-changes-only-here = Dina ändringar finns kvar här, och bara här: ingen återställningskopia kunde skrivas.
disk-changes-kept = Dina ändringar finns kvar här och i återställningskopian.
disk-gone-keys = { $save } spara igen på samma ställe · { $save_as } spara som en annan fil · { $back } tillbaka
disk-changed-title = Filen har ändrats på disk
disk-changed = { $file } har ändrats på disk sedan cjm laddade eller sparade den (en git pull? en annan editor?). Inget skrevs, så båda versionerna är hela.
disk-conflict-markers = Den har nu konfliktmarkeringar från git (<<<<<<<): en sammanslagning blev ofärdig i den. Gör klart sammanslagningen först (drivrutinen `cjm merge` slår samman kartor objekt för objekt), eller behåll din version som en annan fil.
disk-unreadable = Filen på disk går inte att läsa som en karta: { $why }.
disk-confirm-reload = Vill du verkligen släppa dina ändringar och ladda filen från disk? { $reload } ladda om · annan tangent: tillbaka
disk-confirm-overwrite = Vill du verkligen ersätta filen på disk med din version? { $overwrite } skriv över · annan tangent: tillbaka
disk-keys = { $merge } slå samman båda (förhandsvisning först) · { $difference } visa skillnaden · { $reload } ladda om från disk (släpper dina) · { $save_as } behåll din: spara som · { $overwrite } skriv över · { $back } tillbaka
disk-keys-unreadable = { $save_as } behåll din: spara som en annan fil · { $overwrite } skriv över · { $back } tillbaka
elsewhere-title = Öppen i en annan cjm
elsewhere-open = { $file } är öppen i en annan cjm sedan { $since } (process { $pid }). Två personer som sparar samma fil skriver över varandras arbete.
elsewhere-read-only = Skrivskyddat hindrar den här från att spara över den (spara som en annan fil fungerar). Hur som helst har var och en sin egen återställningskopia.
elsewhere-keys = { $read_only } öppna skrivskyddad · { $anyway } öppna ändå · { $quit } avsluta
save-as-title = Spara som
save-as-note = En ny fil (aldrig en som finns) eller en mapp att lägga den i. { $accept } sparar, { $cancel } avbryter.
merge-preview-title = { $conflicts ->
    [0] { " " }Slå samman filen på disk med dina ändringar{ " " }
    [one] { " " }Slå samman filen på disk med dina ändringar – { $conflicts } konflikt{ " " }
   *[other] { " " }Slå samman filen på disk med dina ändringar – { $conflicts } konflikter{ " " }
}
merge-preview-keys = { $merge } slå samman (behåller båda; sedan sparar { $save }) · { $scroll } bläddra · { $back } tillbaka
difference-title = { " " }{ $title } – { $scroll } bläddra, { $back } tillbaka{ " " }
difference-none = Inga skillnader: kartorna är lika.
merge-preview-no-conflicts = Konflikter: inga
merge-preview-conflicts = Konflikter ({ $count }) – ditt värde stannar i kartan och deras sparas; { $keys } listar dem att lösa:
merge-preview-different-things = båda sidor ändrade olika saker
merge-preview-nothing = inget
merge-preview-theirs = Från filen på disk (deras ändringar, intagna):
merge-preview-ours = Från dina osparade ändringar (behållna):
merge-preview-invalid = ⚠ Den sammanslagna kartan skulle vara ogiltig: { $why }. Behåll hellre din som en annan fil.
difference-the-file = filen
difference-the-recovery-copy = återställningskopian
difference-file-to-recovery = Från filen till återställningskopian
difference-the-file-on-disk = filen på disk
difference-your-version = din version
difference-disk-to-yours = Från filen på disk till din version
new-item-placeholder = Namn på den nya ({ $kind })

## Quitting with unsaved changes

status-press-help = Tryck på { $key } för hjälp
safety-not-saved-anywhere = INTE SPARAT NÅGONSTANS
quit-not-saved = Kartan har ändringar som inte är sparade.
quit-recovery-copy = Avslutar du sparas de i en återställningskopia ({ $path }): öppnar du filen igen erbjuds de tillbaka.
quit-tries-recovery-copy = Avslutar du försöker cjm spara dem i en återställningskopia; går det inte säger cjm till.
quit-loses = De kunde inte sparas, och ingen återställningskopia kunde skrivas ({ $why }): avslutar du nu förloras de.
quit-discard-question = Kasta dina osparade ändringar för gott?
quit-save-elsewhere = Spara dem först till en annan fil eller mapp (på en annan disk, ett USB-minne...).
quit-keys-discard = { $discard } igen: kasta dem och avsluta · annan tangent: stanna
quit-keys-lost = { $save_as } spara som · { $save } försök igen · { $discard } kasta och avsluta · annan tangent: stanna
quit-keys = { $quit } avsluta utan att spara · { $save } spara · annan tangent: stanna
home-cannot-create = Kan inte skapa { $path }: { $why }

## Farewells on the restored terminal

farewell-found-earlier = De osparade ändringarna som hittades tidigare är fortfarande
farewell-yours = Dina osparade ändringar är
farewell-lost = cjm: dina osparade ändringar i { $file } { $discarded ->
    [yes] kastades som du bad om
   *[no] kunde inte behållas
}: varken filen eller en återställningskopia kunde skrivas ({ $why })
rescue-bug = cjm stannade på grund av ett fel (meddelandet ovan).
rescue-signal = cjm stoppades av { $signal }.
rescue-signal-hup = cjm stoppades av SIGHUP (terminalen stängdes).
rescue-nothing-unsaved = Det fanns inga osparade ändringar.

## The command palette and the finder

palette-language = språk – { $name } ({ $code })
finder-step = steg { $number }
view-blueprint = Tjänsteritning
input-department = Enter väljer en avdelning efter namn
input-actions = en per rad: avdelning: vad som görs
input-links = en per rad: adress titel
input-wait = 15m, 2h, 3d, 1w eller 1h30m

# The board's filter as the status bar reads it, e.g. "persona Anna · channel Web".
filter-persona = persona { $name }
filter-channel = kanal { $channel }
filter-owner = ägare { $owner }
# A persona picker's note on the primary persona.
picker-primary-persona = primär

# How many items the finder or the palette lists.
finder-results = { $count ->
    [one] 1 träff
   *[other] { $count } träffar
}
