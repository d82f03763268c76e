# The guided workshop: steps, questions, examples, hints, review.

## The steps' names

step-setup = Förberedelse
step-goal = Mål
step-team = Team
step-target-group = Målgrupp
step-stages = Faser
step-touchpoints = Inventering av kontaktpunkter
step-emotions = Känslor
step-opportunities = Förbättringsmöjligheter
step-metrics = Mätetal
step-review = Avstämning

## What the facilitator asks the room, step by step

question-stages-day-1 = Hur ser kundens dag ut, från morgon till kväll, med kundens egna ord?
question-stages-day-2 = Var under dagen dyker vi över huvud taget upp, och vad händer strax före och efter?
question-stages-service-1 = Vad händer före tjänsten: hur hittar kunden den och hur förbereder hen sig?
question-stages-service-2 = Vad händer under tjänsten, steg för steg, som kunden upplever det?
question-stages-service-3 = Vad händer efteråt: uppföljning, betalning, klagomål, att komma tillbaka?
question-stages-future-1 = Vilka faser ska kunden gå igenom, med kundens egna ord?
question-stages-future-2 = Vilken fas i dagens kundresa försvinner eller förändras mest?
question-touchpoints-day-1 = Vad använder kunden vid den här tiden på dagen: vilka människor, appar, platser?
question-touchpoints-day-2 = Vilka av de här stunderna är våra, och vilken avdelning äger dem?
question-touchpoints-day-3 = Vad mer konkurrerar här om kundens tid och uppmärksamhet?
question-setup-1 = Vad kallar vi den här kundresan, så att alla vet vilken det gäller?
question-setup-2 = Kartlägger vi nuläget, önskat läge eller en hel dag i kundens liv?
question-goal-1 = Varför lägger vi tid på det här? Vilket beslut ska kartan hjälpa oss att fatta?
question-goal-2 = Var börjar och slutar kundresan i den här workshopen?
question-goal-3 = Hur vet vi om tre månader att arbetet lönade sig?
question-team-1 = Vilka är i rummet, och vilken avdelning talar var och en för?
question-team-2 = Vilken avdelning som möter kunden saknas i dag?
question-target-group-1 = Vems kundresa följer vi? Beskriv en verklig typ av kund.
question-target-group-2 = Vad försöker kunden få gjort, och vad oroar hen?
question-target-group-3 = Vad vet vi från data, och vad gissar vi bara?
question-stages-1 = Vilka faser går kunden igenom, med kundens egna ord?
question-stages-2 = Fortsätter resan efter köpet? Var slutar den egentligen?
question-touchpoints-1 = Var möter kunden oss i den här fasen: i vilken kanal, i vilket ögonblick?
question-touchpoints-2 = Vilken avdelning äger den kontakten? Vem svarar om något går fel?
question-touchpoints-3 = Vilka kontakter sker utanför vår synvinkel (vänner, recensioner, jämförelsesajter)?
question-emotions-1 = Vad gör kunden här, vad tänker hen, hur känns det?
question-emotions-2 = På en skala från -2 till +2, hur känns det här ögonblicket för kunden?
question-emotions-3 = Hur vet vi det: en intervju, en enkät, supportärenden – eller bara vårt antagande?
question-opportunities-1 = Var går känslokurvan som lägst, och vilka smärtpunkter gör mest ont?
question-opportunities-2 = Vad kan vi ändra där? Stort som smått – skriv ner varje idé.
question-opportunities-3 = Ge era prickar till de idéer som betyder mest för kunden.
question-metrics-1 = Hur vet vi att den här fasen blev bättre? Vad mäter vi redan i dag?
question-metrics-2 = Vad är siffran nu, och vad borde den vara?
question-review-1 = Vem håller kartan levande efter i dag?
question-review-2 = När tittar vi på den igen, med färska data?
question-review-3 = Vilka luckor stänger vi före nästa avstämning?

## A short example for each step

example-stages-day = Vaknar → Pendlar till jobbet → På jobbet → Hämtar barnen → Kväll → Natt.
example-stages-service = Före: bokning, resan dit → Under: reception, själva tjänsten → Efter: betalning, uppföljning.
example-touchpoints-day = Pendlar till jobbet: avgångstavla (app, Digitalt); biljettkontroll på spårvagnen (personligen, Trafik).
example-setup = ”Webbutik – första beställningen”, nuläge, på svenska.
example-goal = Fokus: förbättra en tjänst. ”Ta reda på varför förstagångsköpare inte beställer igen.”
example-team = Anna (Kundservice), Piotr (Logistik), Sara (Marknad), Jonas (Ekonomi).
example-target-group = ”Hanna, 34, helgvandrare: köper utrustning på nätet, läser recensioner, hatar oväntade kostnader.”
example-stages = Medvetenhet → Utvärdering → Köp → Leverans → Retur → Återkomst.
example-touchpoints = Köp: kassasidan (webb, E-handel); orderbekräftelse (e-post, CRM).
example-emotions = Kassan: ”Var står fraktkostnaden?” Irriterad: -1. Källa: webbanalys.
example-opportunities = ”Visa fraktkostnaden på produktsidan” – effekt 4, insats 1.
example-metrics = Konvertering i kassan: utgångsläge 32 %, mål 40 %, från webbanalysen.
example-review = Ägare: Klara (Kundupplevelse). Ses över senast: första dagen i nästa kvartal.

## The timer and the workshop's clock

timer-up = tiden är slut (+{ $over })
timer-left = { $left } kvar
timer-clock = workshop { $elapsed } av { $planned }
guide-store-damaged = { $path }: { $why }; börjar om från början

## The step's screen

guide-example = Exempel:{ " " }
guide-timer-starts = (t startar)
guide-step-title = { " " }Steg { $number } av { $count } – { $name }
guide-done = klart
guide-next = nästa: { $name }
guide-more-lines = ▼ { $count ->
    [one] { $count } rad
   *[other] { $count } rader
} till: PgDn
guide-page-back = ▲ PgUp går tillbaka
guide-invite-departments = Kundresor går genom flera avdelningar: bjud in sälj, service, support, leverans, ekonomi, HR… (a lägger till en person)
guide-none = inga
guide-inventory-note = Avdelningar som inte äger något än: { $idle } · Faser utan kontaktpunkter: { $empty }
guide-every-stage-measured = Varje fas har ett mätetal.
guide-stages-unmeasured = Faser utan mätetal än: { $stages } (koppla ett mätetal till en fas i dess `links`)
guide-dots = Prickar ({ $budget } var; { $prev } { $next } väljer, { $give } ger, { $take } tar tillbaka):
guide-pains-more = { " " }▼ { $count } till: { $down }{ " " }
guide-team-to-vote = { " " }lägg till teamet i steg 3 för att rösta
guide-pains-title = { " " }Börja här: smärtpunkter och svackor{ " " }
guide-pains-paged = { " " }Smärtpunkter och svackor { $first }–{ $last } av { $total }: { $down } / { $up }{ " " }
guide-owner = Ägare: { $owner } · Ses över senast: { $review } · Sparad i { $path }
guide-not-set = inte angivet (Enter)
guide-no-gaps = Inga öppna luckor. Bra jobbat.
guide-gaps = Öppna luckor: { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}, { $notes ->
    [one] { $notes } anmärkning
   *[other] { $notes } anmärkningar
} (som `cjm check` rapporterar dem)
guide-review-paged = { " " }Kartan hittills · rad { $first }–{ $last } av { $total }: { $down } / { $up }{ " " }
guide-review-title = { " " }Kartan hittills{ " " }

## The workshop's length (`--length`, the config file)

length-not-a-length = `{ $text }` är ingen workshoplängd: skriv t.ex. 2h, 90m, 1h30m eller 3h
length-empty = workshopens längd är tom; den måste vara från 10m till 24h
length-out-of-range = `{ $text }` är ingen workshoplängd som går att planera; den måste vara från 10m till 24h

## Tjänsteritningens steg (efter inventeringen av kontaktpunkter; på för tjänstekartor)

step-blueprint = Tjänsteritning
question-blueprint-1 = Vad gör våra medarbetare vid den här kontaktpunkten, inför kunden?
question-blueprint-2 = Vad måste hända bakom kulisserna för att det ska fungera, och vilken avdelning gör det? Vilka system eller processer bär det?
question-blueprint-3 = Var brukar det gå snett här, och hur länge får kunden vänta?
example-blueprint = Kortbeställning: rådgivaren kollar adressen (Kontoret); backoffice godkänner kreditgränsen; kortsystemet i bakgrunden. Felar vid gammal adress; väntan 5d.
guide-blueprint-offer = { $key } lägger till tjänsteritningen efter steget (spår, felpunkter, väntan)
guide-blueprint-gaps = Tom baksida: { $backstage } av { $count ->
    [one] { $count } kontaktpunkt
   *[other] { $count } kontaktpunkter
} · utan avdelning: { $owner } (som `cjm check` räknar)
guide-blueprint-no-touchpoints = Inga kontaktpunkter än: lista dem först i inventeringssteget.
guide-blueprint-how = { $edit } på en kontaktpunkt: spår, felpunkt och väntan · { $toggle } hoppar över steget
guide-blueprint-who = { " " }Vem gör ”{ $action }”? { $lane } – ”{ $touchpoint }”{ " " }
