# Tjänsteritningen i appen: ritningens banor på tavlan, ritningsvyn,
# avdelningar och länkar.

board-lane-frontstage = Framsida
board-lane-backstage = Baksida
board-lane-support = Stöd
board-line-interaction = interaktionslinjen
board-line-visibility = synlighetslinjen
board-line-internal = linjen för intern interaktion

blueprint-title = Tjänsteritning · steg { $number }/{ $count }: { $stage }
blueprint-title-empty = Tjänsteritning
blueprint-no-stages = Kartan har inga steg än.
blueprint-no-touchpoints = Steget har inga kontaktpunkter (eller så döljer filtret dem alla).
blueprint-row-customer = Kunden
blueprint-row-fail-point = Felpunkt
blueprint-row-wait = Väntan
blueprint-row-links = Länkar

inventory-backstage = Baksida

status-blueprint-on = Ritningens banor visas: framsida, baksida och stöd under synlighetslinjen
status-blueprint-off = Ritningens banor dolda
status-no-link = Det här har ingen länk; lägg till en i formuläret (Länkar)
status-opening-link = Öppnar { $url }
status-link-not-opened = Länken öppnades inte: { $why }
status-choose-link = Välj en länk: skriv för att smalna av, Enter öppnar, Esc stänger
status-department-added = Avdelningen ”{ $name }” har lagts till i kartan

links-chooser-title = Länkar – skriv för att söka, Enter öppnar, Esc stänger
link-no-opener = inget program för att öppna länkar ({ $program }) hittades; öppna { $url } i en webbläsare själv
link-opener-failed = { $program } kunde inte startas: { $why }

app-migrate-offer-title = Migrera till schema 2?
app-migrate-offer = Den här kartan anger avdelningar som fritext (schema 1). Migreringen skapar { $count ->
    [one] en avdelning
   *[other] { $count } avdelningar
} som kartan hänvisar till med id (inget ändras förrän du säger ja; ångra tar tillbaka det):
app-migrate-offer-proposals = Sedan frågas { $count ->
    [one] ett par namn som liknar varandra
   *[other] { $count } par namn som liknar varandra
} om ett i taget.
app-migrate-offer-keys = { $yes } migrera · { $no } inte nu (kartan förblir som den är)
app-migrate-offer-alike-title = En avdelning? ({ $number } av { $count })
app-migrate-offer-alike = ”{ $from }” och ”{ $into }” ser ut att vara samma avdelning. Samma avdelning (det första namnet blir ett alias för det andra)?
app-migrate-offer-alike-keys = { $yes } samma avdelning · { $no } två avdelningar · { $stop } avbryt, inget ändras
app-migrate-not-now = Inte migrerad: kartan förblir i schema 1
app-migrate-done = Migrerad till schema 2 med { $count ->
    [one] en avdelning
   *[other] { $count } avdelningar
}; u ångrar, Ctrl-s sparar
app-migrate-note = Schema 1: { $keys } migrerar avdelningarna till schema 2 (frågar först)
app-migrate-up-to-date = Kartan är redan i schema 2: inget att migrera

overview-departments-title = Avdelningar
department-named-by-member = teammedlemmen { $name }
department-named-by-owner = ägare av kontaktpunkten { $name }
department-named-by-opportunity = ägare av möjligheten { $name }
department-named-by-action = { $lane } för kontaktpunkten { $name }
department-delete-blocked = Välj först en annan avdelning i dessa.
