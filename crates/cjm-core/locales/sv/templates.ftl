# Templates of `cjm new`: the stages a new map starts with, its first
# persona and the prompt above [goal]. Keys in the prompt stay English.

template-stage-awareness = Medvetenhet
template-stage-engagement = Engagemang
template-stage-evaluation = Utvärdering
template-stage-purchase = Köp
template-stage-post-purchase = Efter köpet
template-stage-loyalty = Lojalitet
template-stage-morning = Morgon
template-stage-afternoon = Eftermiddag
template-stage-evening = Kväll
template-stage-night = Natt
template-stage-before = Före
template-stage-during = Under
template-stage-after = Efter
template-primary-persona = Primär persona
template-untitled = Namnlös kundresa
template-goal-prompt-why = Varför kartlägger vi den här kundresan? focus = optimise-service | growth | new-product | onboarding | other
template-goal-prompt-what = statement: vad vi vill ta reda på eller förändra; scope: var resan börjar och slutar.

# The departments a new map starts with (rename, add or remove them), and
# the service template's first touchpoint with its blueprint lanes.
template-departments-prompt = Avdelningarna äger kontaktpunkterna och tjänsteritningens aktiviteter: byt namn på dem, lägg till eller ta bort så att de stämmer med företaget.
template-department-marketing = Marknad
template-department-sales = Försäljning
template-department-customer-service = Kundtjänst
template-department-logistics = Leverans och logistik
template-department-it = IT
template-blueprint-prompt = En tjänsteritning (service blueprint): det kunden ser personalen göra (frontstage), det som sker utom synhåll (backstage) och systemen och partnerna bakom (support).
template-touchpoint-first-contact = Första kontakten med personalen
template-action-frontstage = Det personalen gör inför kunden
template-action-backstage = Det som sker bakom kulisserna, utom synhåll för kunden
template-action-support = System och partner som får det att fungera
