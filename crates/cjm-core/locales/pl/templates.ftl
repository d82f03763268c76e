# Templates of `cjm new`: the stages a new map starts with, its first
# persona and the prompt above [goal]. Keys in the prompt stay English.

template-stage-awareness = Świadomość
template-stage-engagement = Zaangażowanie
template-stage-evaluation = Ocena
template-stage-purchase = Zakup
template-stage-post-purchase = Po zakupie
template-stage-loyalty = Lojalność
template-stage-morning = Rano
template-stage-afternoon = Popołudnie
template-stage-evening = Wieczór
template-stage-night = Noc
template-stage-before = Przed
template-stage-during = W trakcie
template-stage-after = Po
template-primary-persona = Persona główna
template-untitled = Podróż bez nazwy
template-goal-prompt-why = Po co mapujemy tę podróż klienta? focus = optimise-service | growth | new-product | onboarding | other
template-goal-prompt-what = statement: czego chcemy się dowiedzieć albo co zmienić; scope: gdzie podróż się zaczyna i gdzie kończy.

# The departments a new map starts with (rename, add or remove them), and
# the service template's first touchpoint with its blueprint lanes.
template-departments-prompt = Działy odpowiadają za punkty styku i działania na planie usługi: zmień ich nazwy, dodaj lub usuń je tak, by pasowały do firmy.
template-department-marketing = Marketing
template-department-sales = Sprzedaż
template-department-customer-service = Obsługa klienta
template-department-logistics = Logistyka i dostawy
template-department-it = IT
template-blueprint-prompt = Blueprint usługi (service blueprint): co klient widzi, że robią pracownicy (frontstage), co dzieje się poza jego wzrokiem (backstage) oraz systemy i partnerzy, którzy za tym stoją (support).
template-touchpoint-first-contact = Pierwszy kontakt z pracownikiem
template-action-frontstage = Co pracownik robi na oczach klienta
template-action-backstage = Co dzieje się na zapleczu, poza wzrokiem klienta
template-action-support = Systemy i partnerzy, dzięki którym to działa
