# The config file: warnings about it, and the comments of the default file.

config-unreadable = { $file }: kan inte läsa inställningarna ({ $why }); använder standardvärdena
config-invalid = { $file }: { $why }; använder standardinställningarna
config-not-a-table = { $file }: [{ $section }] måste vara en tabell
config-did-you-mean-section = { " " }(menade du [{ $section }]?)
config-did-you-mean = { " " }(menade du `{ $name }`?)
config-unknown-section = { $file }: okänt avsnitt `{ $section }`{ $hint }; det hoppas över
config-language-not-text = { $file }: language måste vara text som "pl"
config-recovery-unknown = { $file }: [recovery] `{ $key }` är ingen inställning{ $hint }; den hoppas över
config-recovery-interval = { $file }: [recovery] interval_seconds: skriv ett heltal sekunder från { $min } till { $max }, t.ex. 3
config-not-a-mode = { $file }: [keys.{ $table }] är inget läge{ $hint }; lägena är { $modes }
config-not-an-action = { $file }: { $section } `{ $action }` är ingen åtgärd{ $hint }
config-needs-a-key = { $file }: { $section } `{ $action }` behöver en tangent eller en lista med tangenter, t.ex. { $action } = ["x"]
config-no-key-left = { $file }: { $section } ingen tangent är kvar för `{ $action }`; standardtangenterna behålls
config-not-a-colour-role = { $file }: [colors] `{ $role }` är ingen färgroll{ $hint }
config-colour = { $file }: [colors] { $role }: skriv ett färgnamn (red, lightblue, darkgray…), ett index 0-255 eller "#rrggbb"
config-dots = { $file }: [workshop] dots måste vara ett heltal från 1 till 20
config-length-not-text = { $file }: [workshop] length måste vara text som "2h" eller "90m"
config-workshop-unknown = { $file }: [workshop] `{ $key }` är ingen inställning{ $hint }
config-no-such-step = { $file }: [workshop] `{ $key }`: inget steg heter `{ $step }`
config-minutes = { $file }: [workshop] { $key } måste vara minuter från 1 till 600

## The default config file's comments (each line becomes "# …")

config-file-head =
    Inställningar för cjm.
    Varje inställning här är standardvärdet; ta bort en rad för att behålla det,
    ändra den för att ersätta det. Tangenter: "q", "H", "ctrl-s", "alt-enter", "esc",
    "left", "f2", "space"... Flera tangenter: ["k", "up"].
config-file-language =
    Gränssnittets språk: en, pl, ru eller sv (eller pseudo, för att testa
    layouten); --lang går före. Utan den: systemets språk.
config-file-colors =
    Färger: ett namn (black, red, green, yellow, blue, magenta, cyan, gray,
    darkgray, lightred... white), ett index 0-255 eller "#rrggbb".
    Färger används aldrig när miljövariabeln NO_COLOR är satt.
config-file-workshop =
    Den guidade workshopen: tidsram för varje steg i minuter, och prickarna
    varje deltagare får dela ut när teamet röstar på förbättringsmöjligheter.
config-file-length =
    Workshopens längd: tidsramarna ovan skalas så att de ryms i den
    (`--length` för `cjm new` och `cjm guide` går före).
config-file-recovery =
    Medan en karta har osparade ändringar skrivs en återställningskopia till
    datamappen högst så här ofta; efter en krasch erbjuder `cjm FIL` den.
config-length = { $file }: [workshop] length: { $why }
