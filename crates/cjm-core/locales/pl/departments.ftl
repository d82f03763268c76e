# Działy, blueprint usługi, czas oczekiwania i linki (schemat 2) oraz cjm migrate.

wait-negative = czas oczekiwania nie może być ujemny
wait-unreadable = czas oczekiwania to liczba i jednostka: `15m`, `2h`, `3d`, `1w` albo suma, np. `1h30m`
url-empty = link potrzebuje adresu
url-space = adres internetowy nie zawiera spacji; spację zapisz jako %20
url-scheme = adres internetowy zaczyna się od schematu, np. https://
url-host = adres internetowy podaje serwer po //, np. https://example.com/
url-nothing-after-scheme = po schemacie adresu nic nie ma

# cjm migrate
migrate-customer-comment = dział przed migracją: { $text } (rola klienta, nie dział firmy)
migrate-up-to-date = aktualna: { $path }
migrate-would = do migracji: { $path }
migrate-done = po migracji: { $path }
migrate-department = + { $name } ({ $id })
migrate-department-aliases = + { $name } ({ $id }), także jako: { $aliases }
migrate-merged = = „{ $from }” to teraz inna nazwa działu „{ $into }”
migrate-proposal-obvious = ? „{ $from }” wygląda na zespół działu „{ $into }”: uruchom z --yes, by je połączyć
migrate-proposal-similar = ? „{ $from }” pisze się podobnie jak „{ $into }”: połącz je w aplikacji albo dopisz alias ręcznie
migrate-customer = - { $member }: „{ $text }” to rola klienta, nie dział; zachowane w komentarzu

# cjm check
check-similar-departments = działy „{ $name }” i „{ $other }” wyglądają na jeden dział
check-similar-departments-hint = jeśli to jeden dział, usuń „{ $name }”, dopisz jego nazwę do aliasów `{ $id }` i tam skieruj odwołania; jeśli nie, nadaj im nazwy, które je odróżniają

# A wait as people say it in reports: "12 days", "1 hour 30 min".
wait-weeks = { $count ->
    [one] 1 tydzień
    [few] { $count } tygodnie
   *[many] { $count } tygodni
}
wait-days = { $count ->
    [one] 1 dzień
   *[other] { $count } dni
}
wait-hours = { $count } godz.
wait-minutes = { $count } min
