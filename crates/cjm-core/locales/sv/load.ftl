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
