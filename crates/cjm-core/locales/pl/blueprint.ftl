# Blueprint usługi w aplikacji: tory blueprintu na tablicy, widok
# blueprintu, działy i linki.

board-lane-frontstage = Front
board-lane-backstage = Zaplecze
board-lane-support = Wsparcie
board-line-interaction = linia interakcji
board-line-visibility = linia widoczności
board-line-internal = linia interakcji wewnętrznej

blueprint-title = Blueprint usługi · etap { $number }/{ $count }: { $stage }
blueprint-title-empty = Blueprint usługi
blueprint-no-stages = Ta mapa nie ma jeszcze etapów.
blueprint-no-touchpoints = Ten etap nie ma punktów styku (albo filtr wszystkie ukrywa).
blueprint-row-customer = Klient
blueprint-row-fail-point = Awaria
blueprint-row-wait = Czekanie
blueprint-row-links = Linki

inventory-backstage = Zaplecze

status-blueprint-on = Tory blueprintu widoczne: front, zaplecze i wsparcie pod linią widoczności
status-blueprint-off = Tory blueprintu ukryte
status-no-link = Ten element nie ma linku; dodaj go w formularzu (Linki)
status-opening-link = Otwieram { $url }
status-link-not-opened = Nie otwarto linku: { $why }
status-choose-link = Wybierz link: pisz, by zawęzić, Enter otwiera, Esc zamyka
status-department-added = Dodano do mapy dział „{ $name }”

links-chooser-title = Linki – pisz, by szukać, Enter otwiera, Esc zamyka
link-no-opener = nie znaleziono programu do otwierania linków ({ $program }); otwórz { $url } w przeglądarce samodzielnie
link-opener-failed = nie udało się uruchomić { $program }: { $why }

app-migrate-offer-title = Przenieść do schematu 2?
app-migrate-offer = Ta mapa zapisuje działy jako zwykły tekst (schemat 1). Po migracji powstanie { $count ->
    [one] jeden dział
    [few] { $count } działy
   *[other] { $count } działów
}, do których mapa odwołuje się przez id (nic się nie zmieni, dopóki nie potwierdzisz; cofnięcie przywraca stan):
app-migrate-offer-proposals = Potem { $count ->
    [one] jedna para podobnych nazw zostanie omówiona
    [few] { $count } pary podobnych nazw zostaną omówione
   *[other] { $count } par podobnych nazw zostanie omówionych
} po kolei.
app-migrate-offer-keys = { $yes } migruj · { $no } nie teraz (mapa zostaje bez zmian)
app-migrate-offer-alike-title = Jeden dział? ({ $number } z { $count })
app-migrate-offer-alike = „{ $from }” i „{ $into }” wyglądają na ten sam dział. Ten sam dział (pierwsza nazwa zostanie aliasem drugiej)?
app-migrate-offer-alike-keys = { $yes } ten sam dział · { $no } dwa działy · { $stop } przerwij, nic się nie zmieni
app-migrate-not-now = Bez migracji: mapa zostaje w schemacie 1
app-migrate-done = Przeniesiono do schematu 2: { $count ->
    [one] jeden dział
    [few] { $count } działy
   *[other] { $count } działów
}; u cofa, Ctrl-s zapisuje
app-migrate-note = Schemat 1: { $keys } przenosi działy do schematu 2 (najpierw pyta)
app-migrate-up-to-date = Ta mapa jest już w schemacie 2: nie ma czego migrować

overview-departments-title = Działy
department-named-by-member = członek zespołu { $name }
department-named-by-owner = właściciel punktu styku { $name }
department-named-by-opportunity = właściciel szansy { $name }
department-named-by-action = { $lane } punktu styku { $name }
department-delete-blocked = Najpierw wybierz w nich inny dział.

## Krok blueprintu w warsztacie prowadzonym

action-blueprint-step = Warsztat: włącz albo pomiń krok blueprintu usługi
status-blueprint-step-on = Krok blueprintu włączony: następuje zaraz po inwentaryzacji punktów styku
status-blueprint-step-off = Krok blueprintu pominięty w tym warsztacie
status-blueprint-action-type = Nowa czynność w pasie { $lane }: wpisz, co się dzieje; { $accept } zapyta, kto to robi, { $cancel } anuluje
status-blueprint-action-added = { $lane }: dodano „{ $action }”, robi to { $department }
status-blueprint-action-dropped = Nie dodano „{ $action }”: wybierz, kto to robi (albo „nowy dział…”)
input-new-action = co się dzieje, w kilku słowach; { $accept } zapyta potem, kto to robi
