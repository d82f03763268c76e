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
