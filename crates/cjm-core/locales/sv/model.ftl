# The model: ids, references and the rules a valid map keeps.

## Ids

model-id-empty = ett id får inte vara tomt
model-id-characters = ett id får bara innehålla små bokstäver a-z, siffror och `-`
model-id-dash = ett id får inte börja eller sluta med `-`
model-bad-id = { $problem }: `{ $id }`
model-id-example-hint = använd ett id som `{ $example }`
model-id-suggestion-hint = använd `{ $suggestion }` i stället
model-duplicate-id = dubblerat id `{ $id }`: det används redan ({ $kind })
model-duplicate-id-hint = id:n måste vara unika i kartan; byt namn på det här (och på det som hänvisar till det)

## References

model-kinds-or = { $rest } eller { $last }
model-ref-wrong-kind = `{ $id }` är av typen { $kind }, inte { $nouns }
model-ref-wrong-kind-hint = ange id:t för ett objekt av typen { $nouns } här
model-ref-unknown = inget objekt av typen { $nouns } har id:t `{ $id }`
model-ref-none-yet-hint = kartan har inga objekt av typen { $nouns } än; lägg till ett först
model-known-ids = kända id:n: { $ids }
model-known-ids-some = kända id:n: { $ids }, … ({ $count } totalt)

## What refers to an item (shown before it is deleted)

model-ref-stage-of = kontaktpunkten ”{ $name }” (dess fas)
model-ref-touchpoint = kontaktpunkten ”{ $name }”
model-ref-opportunity = förbättringsmöjligheten ”{ $name }”
model-ref-metric = mätetalet ”{ $name }”

## Rules of the map

model-no-title = kartan har ingen titel
model-no-title-hint = skriv vad kartan handlar om, t.ex. title = "Webbutik – första beställningen"
model-primary-twice = personan `{ $id }` är markerad som primär, men det är redan `{ $first }`
model-primary-twice-hint = ha `primary = true` på bara en persona
model-not-a-persona-id = `{ $id }` är inget persona-id
model-shared-persona = delad persona nr { $number }: { $problem }
model-shared-persona-hint = ange ett persona-id som `pe-hannah`, eller en fil och ett id: `../personas.toml#pe-hannah`
model-not-a-department-id = `{ $id }` är inget avdelnings-id
model-shared-department = delad avdelning nr { $number }: { $problem }
model-shared-department-hint = ange ett avdelnings-id som `dp-logistics`, eller en fil och ett id: `../departments.toml#dp-logistics`
model-empty-name = { $noun }: fältet `{ $field }` är tomt
model-empty-name-hint = fyll i fältet `{ $field }` ({ $noun })
model-unknown-department = okänd avdelning `{ $id }`
model-department-by-name-hint = skriv avdelningens id: `{ $id }`
model-department-near-hint = menade du `{ $near }`? eller lägg till en [[departments]]-post med id = "{ $id }"
model-department-known-hint = använd en av avdelningarnas id:n ({ $known }) eller lägg till en [[departments]]-post för den
model-bad-url = felaktig webbadress "{ $url }": { $problem }
model-bad-url-hint = skriv hela adressen som webbläsaren visar den, t.ex. "https://example.com/sida"
model-link-no-url = en webblänk saknar `url`
model-link-no-url-hint = lägg till url = "https://…" i länken, eller ta bort den

## Values of fields (an edit, a merge): each follows the field's key, "`impact` tar …"

value-not-a-field = är inget fält i det här objektet
value-takes-text = tar text
value-takes-boolean = tar true eller false
value-takes-texts = tar en lista med texter
value-takes-one-of = tar ett av: { $allowed }
value-must-be-one-of = måste sättas till ett av: { $allowed }
value-takes-integer-at-least = tar ett heltal på minst { $min }
value-takes-integer-range = tar ett heltal från { $min } till { $max }
value-takes-number = tar ett ändligt tal
value-takes-date = tar ett datum (ÅÅÅÅ-MM-DD)
value-takes-tables = tar en lista med tabeller med nycklarna { $keys }
value-needs-source = behöver en `source` i varje element: { $problem }
value-takes-text-key = tar en text i `{ $key }`
value-needs-key = behöver en `{ $key }` i varje element
value-takes-readings = tar tabeller som {"{"} date = 2026-03-31, value = 42 {"}"}
value-takes-no-integer = tar inget heltal
value-id-never-changes = ändras aldrig, så hänvisningar och sammanslagningar överlever namnbyten

## A merge conflict recorded in the map ([[conflicts]]) that does not fit it

model-conflict-the-map = kartan
model-conflict-the-goal = målet
model-conflict-no-member = ingen i teamet heter "{ $name }"
model-conflict-no-item = inget objekt har id:t `{ $id }`
model-conflict-unknown-item = den här konflikten gäller ett objekt som kartan inte har: { $what }
model-conflict-unknown-item-hint = om konflikten är löst, ta bort den här [[conflicts]]-tabellen; annars rätta `item`
model-conflict-needs-field = en both-changed-konflikt behöver `field`, fältet som båda sidor ändrade
model-conflict-needs-field-hint = lägg till field = "..." med fältets namn
model-conflict-not-a-field = `{ $field }` är inget fält i { $what }
model-conflict-known-fields = kända fält: { $fields }
model-conflict-value-does-not-fit = värdet passar inte: { $problem }
model-conflict-order-item-hint = en ordningskonflikt gäller item = "map" (en sektion) eller en fas id (dess kontaktpunkter)
model-conflict-order-field-hint = skriv field = ett av: { $fields }
model-conflict-order-bad-field = en ordningskonflikt i { $what } kan inte gälla `{ $field }`
model-conflict-order-ids = en ordningskonflikt listar objektens id:n i den sidans ordning
model-conflict-order-ids-hint = skriv en lista med id:n, t.ex. ["st-a", "st-b"]
model-conflict-whole-item = en { $kind }-konflikt gäller ett helt objekt och har inget `field`
model-conflict-whole-item-hint = ta bort raden `field`
model-conflict-same-id-ids = en same-id-konflikt anger ett id på varje sida
model-conflict-same-id-ids-hint = skriv id:t som text, t.ex. "tp-example"
model-conflict-one-side = en { $kind }-konflikt har ett värde på exakt en sida: den som behöll objektet
model-conflict-one-side-hint = utelämna `ours` eller `theirs`, den sida som tog bort objektet
model-conflict-must-list = värdet måste lista { $what ->
    [fields] fälten som den sidan ändrade
   *[referrers] id:n för objekten som hänvisar till det
}
model-conflict-must-list-hint = skriv en lista med texter, t.ex. { $example }

## The one-line help of each field in the app's form: field-<label>-help
field-map-title-help = vad kartan handlar om, t.ex. "Webbutik – första beställningen"
field-map-language-help = innehållets språk: en BCP 47-tagg som `pl`, `sv`, `ru`
field-map-based-on-help = för en karta över önskat läge: sökvägen till nulägeskartan den förbättrar, relativt den här filens mapp
field-map-owner-help = personen som håller kartan levande efter workshopen
field-map-parking-lot-help = idéer från workshopen som hör hemma någon annanstans
field-map-shared-personas-help = delade personas i förrådets kartor som den här kartan använder: ett id i `cjm.toml` (`pe-hannah`) eller `fil#id` (`../personas.toml#pe-hannah`)
field-map-shared-departments-help = delade avdelningar i förrådets kartor som den här kartan nämner: ett id i `cjm.toml` (`dp-logistics`) eller `fil#id` (`../departments.toml#dp-logistics`)
field-map-kind-help = typ av karta
field-map-created-help = dagen då kartan påbörjades
field-map-review-by-help = datum för nästa genomgång
field-goal-focus-help = typ av mål
field-goal-statement-help = vad teamet vill lära sig eller ändra
field-goal-scope-help = var resan börjar och slutar, vad som lämnas utanför
field-goal-success-criteria-help = hur teamet ska veta att kartläggningen lönade sig
field-persona-id-help = personans id (`pe-…`), skapat av namnet; ändras aldrig
field-persona-name-help = t.ex. "Anna, förstagångsköpare"
field-persona-primary-help = personan som resan ritas för först; högst en
field-persona-segment-help = segmentet som personan står för
field-persona-description-help = personans profil (flera rader går bra)
field-persona-demographics-help = ålder, ort, arbete, hushåll: det som spelar roll för resan
field-persona-behaviours-help = hur personan brukar agera: vanor, kanaler, rutiner
field-persona-motivations-help = vad som driver personan
field-persona-needs-help = vad personan behöver från företaget
field-persona-frustrations-help = vad som irriterar personan i dag
field-persona-jobs-to-be-done-help = vad kunden försöker få gjort
field-persona-quote-help = något som en sådan kund har sagt
field-persona-says-help = empatikarta: vad personan säger högt, med egna ord
field-persona-thinks-help = empatikarta: vad personan tänker men kanske inte säger
field-persona-does-help = empatikarta: vad personan gör, som andra ser det
field-persona-feels-help = empatikarta: vad personan känner: oro, förhoppningar, rädslor
field-team-id-help = medlemmens id (`tm-…`), skapat av namnet när medlemmen läggs till; ändras aldrig, så ett namnbyte slås ihop; medlemmar i äldre filer saknar det
field-team-name-help = personens namn
field-team-department-help = personens avdelning: dess id i `[[departments]]` (i en fil med schema 1: dess namn)
field-team-role-help = rollen personen har i workshopen
field-department-id-help = avdelningens id (`dp-…`), skapat av namnet; ändras aldrig
field-department-name-help = t.ex. "Kundtjänst"
field-department-short-name-help = en kort form för smala kolumner, t.ex. "KT"
field-department-aliases-help = andra namn som betyder den här avdelningen (gamla stavningar, ett teams namn)
field-stage-id-help = fasens id (`st-…`), skapat av namnet; ändras aldrig
field-stage-name-help = fasen, t.ex. "Köp"
field-stage-customer-goal-help = vad kunden vill uppnå i den här fasen
field-stage-description-help = vad som händer i den här fasen
field-touchpoint-id-help = kontaktpunktens id (`tp-…`), skapat av namnet; ändras aldrig
field-touchpoint-stage-help = fasen den hör till; en fas kontaktpunkter behåller kartans ordning
field-touchpoint-name-help = kontakten, t.ex. "Kassan"
field-touchpoint-channel-help = hur kunden och företaget möts
field-touchpoint-owner-help = avdelningen som möter kunden här: dess id (i en fil med schema 1: dess namn)
field-touchpoint-personas-help = vem den gäller; tomt betyder alla personas
field-touchpoint-doing-help = vad kunden gör här
field-touchpoint-thinking-help = vad kunden tänker här
field-touchpoint-feeling-help = vad kunden känner här
field-touchpoint-emotion-help = -2 mycket negativt, -1 negativt, 0 neutralt, 1 positivt, 2 mycket positivt; utelämna tills det är bedömt
field-touchpoint-pain-points-help = vad som gör ont
field-touchpoint-moment-of-truth-help = ett ögonblick som avgör om kunden stannar
field-touchpoint-evidence-help = vad iakttagelserna bygger på (se `evidence` nedan)
field-touchpoint-frontstage-help = blueprint: vad medarbetarna gör inför kunden (se `actions` nedan)
field-touchpoint-backstage-help = blueprint: vad medarbetarna gör utom synhåll för kunden (se `actions` nedan)
field-touchpoint-support-help = blueprint: systemen och processerna bakom (se `actions` nedan)
field-touchpoint-fail-point-help = blueprint: vad som går fel här
field-touchpoint-wait-help = blueprint: hur länge kunden väntar här: `15m`, `2h`, `3d`, `1w` eller en summa som `1h30m`
field-touchpoint-web-links-help = webbadresser om den: en inspelning, en instrumentpanel (se `web_links` nedan)
field-evidence-source-help = varifrån iakttagelsen kommer
field-evidence-note-help = vad som hittades, t.ex. "38 % avhopp vid leveranssteget, kv. 1"
field-evidence-url-help = var man kan läsa mer: intervjuanteckningarna, instrumentpanelen, inspelningen (`https://…`)
field-action-text-help = vad som görs, t.ex. "Sjuksköterskan kontrollerar remissen"
field-action-department-help = avdelningen som gör det: dess id
field-link-title-help = vart adressen leder, t.ex. "Ärende CX-112"
field-link-url-help = adressen med sitt schema: `https://…`, `mailto:…`
field-opportunity-id-help = förbättringsmöjlighetens id (`op-…`), skapat av titeln; ändras aldrig
field-opportunity-title-help = förändringen med några ord
field-opportunity-description-help = förändringen med några meningar
field-opportunity-touchpoints-help = kontaktpunkterna den förbättrar
field-opportunity-stage-help = fasen den förbättrar, när det inte gäller enskilda kontaktpunkter
field-opportunity-impact-help = 1 är lågt, 5 är högt
field-opportunity-effort-help = 1 är lågt, 5 är högt
field-opportunity-votes-help = röster räknar teamets prickar; 0 eller fler
field-opportunity-owner-help = avdelningen som genomför den: dess id (i en fil med schema 1: dess namn)
field-opportunity-status-help = hur långt förändringen har kommit
field-opportunity-web-links-help = webbadresser om den: ärendet som levererar den (se `web_links` nedan)
field-opportunity-issue-help = adressen till dess ärende i ärendehanteringen; `cjm issues push` sparar den
field-opportunity-issue-state-help = ärendets status i ärendehanteringen (open, closed); `cjm issues pull` sparar det
field-metric-id-help = mätetalets id (`me-…`), skapat av namnet; ändras aldrig
field-metric-name-help = t.ex. "NPS efter leverans"
field-metric-kind-help = typ av mått
field-metric-measures-help = vad som mäts, exakt
field-metric-links-help = faserna, kontaktpunkterna eller förbättringsmöjligheterna det mäter
field-metric-unit-help = `%`, `poäng`, `minuter`…
field-metric-baseline-help = där vi börjar
field-metric-target-help = dit vi vill nå
field-metric-source-help = varifrån siffrorna kommer (enkätverktyg, analys, CRM…)
field-metric-readings-help = mätningar över tid, äldst först (se `readings` nedan)
field-metric-web-links-help = webbadresser om det: instrumentpanelen det kommer från (se `web_links` nedan)
field-reading-date-help = mätningens dag
field-reading-value-help = det uppmätta värdet

# A required value left empty (a reading's date or value).
value-must-be-set = måste anges
# A required text left empty (a team member's name).
value-must-not-be-empty = får inte vara tomt
