# The status line: what just happened.

status-undid = Ångrat: { $change }
status-redid = Gjort om: { $change }
status-nothing-to-undo = Inget att ångra
status-nothing-to-redo = Inget att göra om
status-undo-stops-at = Inget att ångra: ångra stannar vid { $what ->
    [reload] omladdningen från disk
   *[merge] sammanslagningen med filen på disk
}, så de hämtade ändringarna ligger kvar
status-undo-not-shown = Inte ångrat: den senaste ändringen gäller en { $kind }, som den här skärmen inte visar; visa den och ångra igen
status-undo-not-shown-several = Inte ångrat: den senaste ändringen gäller flera delar av kartan, och den här skärmen visar inte alla
status-emotion = Känsla { $score }
status-select-touchpoint-to-rate = Välj en kontaktpunkt för att bedöma känslan
status-rate-where-cards-show = Känslor bedöms på tavlan (1) eller i känslokurvan (2)
status-nothing-selected = Inget är valt här; a lägger till
status-nothing-deleted = Inget togs bort
status-cancelled = Avbrutet
status-quit-cancelled = Avslutet avbrutet
status-filters-cleared-to-show = Filtren rensades för att visa objektet
status-no-based-on = Den här kartan anger ingen `based_on`-karta att jämföra med
status-park-idea = Parkeringsplats: skriv idén, Enter parkerar den, Esc avbryter
status-guide-only = Det hör till den guidade workshopen: kör `cjm guide FIL`
status-no-findings = Inga anmärkningar: kartan klarar alla kontroller
status-kept-ours = Vårt värde behölls; konflikten är löst
status-took-theirs = Deras värde togs; konflikten är löst
status-not-settled = Inte löst: { $why }
status-step = Steg { $number } av { $count } – { $name }
status-steps-guide-only = Stegen hör till den guidade workshopen: kör `cjm guide FIL`
status-step-not-saved = { $step } – inte sparat än: kartan har ett problem att rätta
status-last-step = Det här är sista steget: kartan är klar. q avslutar, 1 öppnar tavlan
status-timer-running = Timern går
status-timer-paused = Timern pausad
status-team-first = Lägg till teamet först: varje deltagare får prickar att dela ut
status-select-opportunity = Välj en förbättringsmöjlighet att rösta på
status-no-dots-left = { $voter } har inga prickar kvar ({ $spent } av { $budget } utdelade)
status-no-dot-given = { $voter } har inte gett den här idén någon prick
status-voted = { $voter }: { $left ->
    [one] { $left } prick
   *[other] { $left } prickar
} kvar · idén har { $votes ->
    [one] { $votes } röst
   *[other] { $votes } röster
} ({ $total } från den här workshopen)
status-unresolved = ⚡ Den här { $kind } har { $count ->
    [one] { $count } olöst konflikt från sammanslagning: { $keys } listar den
   *[other] { $count } olösta konflikter från sammanslagning: { $keys } listar dem
}
status-conflict-stays-open = Konflikten förblir öppen
status-whole-item-conflict = Konflikten gäller ett helt objekt: behåll det (o) eller ta deras (t)
status-edit-combined = Redigera det sammanfogade värdet; Enter löser konflikten med det
status-not-accepted = Inte godtaget: { $why }
status-settled-combined = Konflikten löstes med det sammanfogade värdet
status-recovery-found = Osparade ändringar från en tidigare session hittades
status-also-open-elsewhere = Obs: filen är också öppen i en annan cjm sedan { $since }; din återställningskopia är din egen
status-file-deleted = Inte sparat: filen har tagits bort eller flyttats
status-file-changed = Inte sparat: filen har ändrats på disk
status-reloaded = Filen laddades om från disk; ångra börjar om härifrån
status-not-reloaded = Inte omladdat: { $why }. Din version finns kvar här.
status-not-merged = Inte sammanslaget: { $why }. Din version finns kvar här.
status-no-merge-base = Kan inte slå samman: versionen du senast laddade eller sparade ångrades och ersattes av nya ändringar, så cjm kan inte avgöra vems ändringarna är. Spara din som en annan fil (k) och kör sedan `cjm merge`.
status-merge-invalid = Inte sammanslaget: resultatet skulle bli ogiltigt ({ $why }). Din version finns kvar här; { $keys } sparar den som en annan fil.
status-merged = { $conflicts ->
    [0] Filen på disk slogs samman med dina ändringar; { $save } sparar resultatet
    [one] Sammanslaget med { $conflicts } konflikt, markerad ⚡ på tavlan; { $save } sparar resultatet
   *[other] Sammanslaget med { $conflicts } konflikter, markerade ⚡ på tavlan; { $save } sparar resultatet
}
status-saved = Sparade { $path }
status-saved-as = Sparade som { $path }; cjm redigerar nu den filen
status-not-saved-lost = Inte sparat: { $why }. { $keys } sparar någon annanstans; ändringarna finns bara här: ingen återställningskopia kunde heller skrivas.
status-not-saved-kept = Inte sparat: { $why }. { $keys } sparar någon annanstans; dina ändringar finns kvar här och i en återställningskopia.
status-merging = Slår samman…
status-read-only = Skrivskyddad: en annan cjm har filen öppen; { $keys } sparar dina ändringar som en annan fil
status-opened-anyway = Öppnad ändå: en sparning kontrollerar först att den andra cjm inte har ändrat filen
status-recovery-discarded = Återställningskopian kastades
status-restored = De osparade ändringarna återställdes; { $keys } skriver dem till filen
status-choose-recovery = Välj: r återställ, d skillnad, x kasta eller q för att avsluta och bestämma senare
status-reloading = Laddar om…
status-overwriting = Skriver över filen med din version…
status-nothing-saved-lost = Inget sparades. Dina ändringar finns bara här (ingen återställningskopia kunde skrivas); { $keys } sparar dem någon annanstans.
status-nothing-saved-kept = Inget sparades. Dina ändringar finns kvar här och i återställningskopian; { $keys } sparar dem någon annanstans.
status-save-as-cancelled = Spara som: avbrutet, inget sparat
status-type-path = Skriv sökvägen till den nya filen, eller Esc
status-saving-as = Sparar som { $path }…
status-invalid = Inte sparat: { $why }
status-ids-never-change = Id:n ändras aldrig, så referenser och git-sammanslagningar klarar namnbyten
status-editor-help = { $accept } godtar · { $new_line } ny rad · { $cancel } avbryter
status-field-cannot-change = { $label } kan inte ändras; { $next } väljer ett annat fält
status-typed-on-choice = { $label } är ett val: { $previous } / { $next } ändrar det, { $edit } skriver ett värde – att skriva här gör ingenting
status-unsaved-text = Osparad text: { $keep } behåller den, { $drop } en gång till kastar den
status-typed-text-dropped = Den skrivna texten kastades; fältet behåller sitt värde
status-new-line-in-editor = En ny rad hamnar i ett textfält medan det redigeras
status-editing = Redigerar { $label }: { $accept } godtar · { $cancel } avbryter
status-enter-edits = Enter redigerar fältet
status-id-cannot-be-cleared = Id:t kan inte tömmas
status-needs-value = Fältet måste ha ett värde
status-field-changed = { $label } ändrat
status-nothing-to-add = Inget att lägga till här
status-stage-first = Lägg till en fas först (A)
status-name-new = Ny { $kind }: skriv ett namn, Enter skapar, Esc avbryter
status-nothing-added = Inget lades till
status-type-name = Skriv ett namn ({ $kind })
status-added = Lade till: { $kind }; fyll i fälten eller tryck Esc
status-nothing-to-delete = Inget valt att ta bort
status-cannot-delete-map = Kartans egna fält och målet kan inte tas bort; töm enskilda fält i formuläret (d)
status-deleted = Tog bort ”{ $name }” (u ångrar)
status-no-further-stage = Ingen fas längre åt det hållet
status-stage-moved = Fasen flyttades
status-moved-to = Flyttad till { $stage }
status-ranked-by-votes = Förbättringsmöjligheterna rangordnas efter röster, sedan effekt per insats
status-kept-in-fallback = Datamappen går inte att skriva till; dina osparade ändringar ligger i stället i { $path }. Spara snart.
status-not-quitting = Avslutar inte: dina ändringar är inte sparade någonstans ({ $why }); x i avslutsdialogen kastar dem
status-saving-then-quit = Sparar; tryck q för att avsluta
status-showing-only = Visar bara: { $what }
status-showing-everything = Visar allt
status-read-only-not-saved = Inte sparat: öppnad skrivskyddad, en annan cjm har filen öppen; { $keys } sparar som en annan fil
status-note = Obs: { $what }
status-not-remembered = Kunde inte komma ihåg workshopen: { $why }
status-not-removed = Kunde inte ta bort återställningskopian { $path }: { $why }
status-with-note = { $said }. Obs: { $note }
status-recovery-unreadable = En återställningskopia av kartan går inte att läsa ({ $reason }); den ligger kvar i { $path }
status-language = Språk: { $name } – själva kartan ändras inte
