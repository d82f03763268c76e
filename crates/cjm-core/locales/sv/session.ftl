# The session: saving files, the file on disk changing, edits, recovery copies.

## Saving a file

save-symlink-loop = { $path } är en slinga av symboliska länkar
save-is-directory = sökvägen är en mapp
save-not-regular = { $path } är ingen vanlig fil (en FIFO, en enhet eller en socket), så cjm ersätter den inte
save-read-only = filen är skrivskyddad
save-owner-changed = filen tillhörde användare { $user } och grupp { $group }; cjm får inte behålla { $kept ->
    [group] den ägaren
   *[none] den ägaren och gruppen
} på den nya kopian, så nu tillhör den användare { $new_user } och grupp { $new_group }

## The map's file read again

ondisk-not-regular = det här är nu { $what }, inte en vanlig fil
ondisk-conflict-markers = filen har konfliktmarkörer från en git-sammanslagning (<<<<<<<); slutför sammanslagningen först
ondisk-invalid = filen är inte längre en giltig karta; `cjm check` visar varför
ondisk-not-utf8 = filen är inte längre UTF-8-text
ondisk-not-a-map-at = det är inte längre en giltig karta (rad { $line }: { $problem })
ondisk-not-a-map-because = det är inte längre en giltig karta ({ $problem })
ondisk-not-a-map = det är inte längre en giltig karta
ondisk-cannot-check = kan inte läsa filen för att kontrollera att ingen har ändrat den: { $problem }
ondisk-no-longer-regular = { $path } är inte längre en vanlig fil ({ $what })
ondisk-folder-read-only = mappen { $folder } är skrivskyddad
ondisk-folder-shared = mappen { $folder } är delad (sticky): bara ägaren av { $file } får ersätta den; spara under ett annat namn
ondisk-permission-denied = åtkomst nekad: din användare får inte skapa filer i mappen { $folder }
ondisk-read-only-filesystem = disken är monterad skrivskyddad
ondisk-full = disken är full
ondisk-quota = din diskkvot är förbrukad
ondisk-no-folder = mappen { $folder } finns inte
ondisk-not-a-folder = { $folder } är ingen mapp, så inget kan sparas i den
ondisk-already-exists = { $path } finns redan, och cjm skriver aldrig över en annan fil
ondisk-is-a-folder = { $path } är en mapp

## The editor of a field: why the typed text is no value (shown while typing)

edit-item-gone = hör till ett objekt som inte längre finns
edit-choice-required = välj ett av värdena
edit-read-only = id:n ändras aldrig, så hänvisningar och sammanslagningar överlever namnbyten
edit-not-a-choice = ett av: { $allowed }
edit-too-small = ett heltal, { $min } eller mer
edit-out-of-range = ett heltal från { $min } till { $max }
edit-not-a-number = ett tal som 42 eller 3,5
edit-not-yes-or-no = ja eller nej
edit-not-a-date = `{ $text }` är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-31
edit-wrong-kind = `{ $id }` är av typen { $kind }
edit-unknown-id-near = inget `{ $id }`; menade du `{ $near }`?
edit-unknown-id = inget `{ $id }`; kända: { $known }
edit-no-source = rad { $line }: börja med en källa ({ $sources }), sedan `: anteckning`
edit-not-a-reading = rad { $line }: skriv `ÅÅÅÅ-MM-DD värde`, t.ex. 2026-03-31 42
edit-on-line = rad { $line }: { $problem }
edit-reading-not-a-number = rad { $line }: `{ $value }` är inget tal
edit-bad-link = rad { $line }: { $problem }; skriv `adress titel`
edit-unknown-department-near = ingen avdelning `{ $name }`; menade du { $near }?
edit-unknown-department = ingen avdelning `{ $name }`; lägg först till den bland avdelningarna

## Recovery copies: kept when the app stops with unsaved changes.

rescue-kept = cjm: { $what } sparade i en återställningskopia:
    {"  "}{ $at }
    Kör `cjm { $file }` igen och välj ”återställ” för att få tillbaka dem.
rescue-write-failed = cjm: kunde inte skriva återställningskopian { $at } ({ $error }); de osparade ändringarna i { $file } har gått förlorade
rescue-no-folder-lost = cjm: ingen datamapp är känd (är HOME satt?), så de osparade ändringarna i { $file } kunde inte sparas
rescue-no-data-folder = ingen datamapp är känd (är HOME satt?)
rescue-unreachable = cjm: de osparade ändringarna gick inte att nå; en återställningskopia skrivs med några sekunders mellanrum så länge det finns osparade ändringar, och den senaste, om någon, ligger i datamappen
rescue-writer-failed = återställningskopian gick inte att skriva (ett fel i cjm); spara kartan för att behålla ändringarna
rescue-writer-sealed = cjm avslutas: den sista återställningskopian skrivs av räddningen
recovery-not-a-folder = { $folder } är ingen mapp
recovery-folder-not-private = { $folder } kan läsas av andra användare; gör den privat (chmod 700) för att spara återställningskopior där
recovery-not-a-map = ingen giltig karta
