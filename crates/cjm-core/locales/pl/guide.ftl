# The guided workshop: steps, questions, examples, hints, review.

## The steps' names

step-setup = Przygotowanie
step-goal = Cel
step-team = Zespół
step-target-group = Grupa docelowa
step-stages = Etapy
step-touchpoints = Inwentaryzacja punktów styku
step-emotions = Emocje
step-opportunities = Szanse
step-metrics = Mierniki
step-review = Podsumowanie

## What the facilitator asks the room, step by step

question-stages-day-1 = Jak wygląda dzień klienta od rana do wieczora – opowiedzmy go jego słowami.
question-stages-day-2 = W którym momencie tego dnia w ogóle się pojawiamy i co dzieje się tuż przed i tuż po?
question-stages-service-1 = Co dzieje się przed usługą: jak klient do nas trafia i jak się przygotowuje?
question-stages-service-2 = Co dzieje się w trakcie usługi, krok po kroku, tak jak przeżywa to klient?
question-stages-service-3 = Co dzieje się potem: kontakt po usłudze, płatność, reklamacje, powrót?
question-stages-future-1 = Przez jakie etapy klient powinien przechodzić – nazwijmy je jego słowami.
question-stages-future-2 = Który etap dzisiejszej ścieżki znika albo zmienia się najbardziej?
question-touchpoints-day-1 = Z czego klient korzysta o tej porze dnia: z jakich ludzi, aplikacji, miejsc?
question-touchpoints-day-2 = Które z tych chwil należą do nas i który dział za nie odpowiada?
question-touchpoints-day-3 = Co jeszcze walczy tu o jego czas i uwagę?
question-setup-1 = Jak nazwiemy tę podróż, żeby każdy wiedział, o którą chodzi?
question-setup-2 = Mapujemy stan obecny, stan docelowy czy cały dzień z życia klienta?
question-goal-1 = Po co poświęcamy na to czas? Jaką decyzję mapa ma nam ułatwić?
question-goal-2 = Gdzie na tym warsztacie zaczyna się, a gdzie kończy podróż klienta?
question-goal-3 = Po czym za trzy miesiące poznamy, że ta praca się opłaciła?
question-team-1 = Kto jest na sali i w imieniu którego działu mówi każda osoba?
question-team-2 = Którego działu, który ma kontakt z klientem, dziś brakuje?
question-target-group-1 = Czyją podróż śledzimy? Opiszmy jeden prawdziwy typ klienta.
question-target-group-2 = Co ten klient chce załatwić i czego się obawia?
question-target-group-3 = Co wiemy z danych, a co tylko zakładamy?
question-stages-1 = Przez jakie etapy przechodzi klient – nazwijmy je jego słowami.
question-stages-2 = Czy podróż trwa dalej po zakupie? Gdzie naprawdę się kończy?
question-touchpoints-1 = Gdzie na tym etapie klient się z nami styka: jakim kanałem, w jakiej chwili?
question-touchpoints-2 = Który dział odpowiada za ten kontakt? Kto odpowie, gdy coś pójdzie źle?
question-touchpoints-3 = Które kontakty dzieją się poza naszym wzrokiem (znajomi, opinie, porównywarki)?
question-emotions-1 = Co klient tu robi, co myśli i co czuje?
question-emotions-2 = Jak ocenia tę chwilę w skali od -2 do +2?
question-emotions-3 = Skąd to wiemy: z wywiadu, ankiety, zgłoszeń do obsługi – czy tylko z naszych założeń?
question-opportunities-1 = Gdzie krzywa emocji spada najniżej i które problemy bolą najbardziej?
question-opportunities-2 = Co możemy tam zmienić? Duże czy małe – zapiszmy każdy pomysł.
question-opportunities-3 = Rozdajcie kropki pomysłom, które dla klienta znaczą najwięcej.
question-metrics-1 = Po czym poznamy, że ten etap się poprawił? Co mierzymy już dziś?
question-metrics-2 = Ile wynosi ta liczba teraz, a ile powinna?
question-review-1 = Kto po dzisiejszym dniu dba o to, żeby mapa żyła?
question-review-2 = Kiedy spojrzymy na nią znowu, ze świeżymi danymi?
question-review-3 = Które luki zamkniemy przed następnym przeglądem?

## A short example for each step

example-stages-day = Pobudka → Dojazd do pracy → W pracy → Odbiór dzieci → Wieczór → Noc.
example-stages-service = Przed: rezerwacja, dojazd → W trakcie: recepcja, usługa → Po: płatność, kontakt po wizycie.
example-touchpoints-day = Dojazd do pracy: tablica odjazdów (aplikacja, Dział cyfrowy); kontrola biletów w tramwaju (osobiście, Eksploatacja).
example-setup = „Sklep internetowy – pierwsze zamówienie”, stan obecny, po polsku.
example-goal = Nacisk: usprawnienie usługi. „Dowiedzieć się, dlaczego klienci po pierwszym zakupie nie wracają”.
example-team = Anna (Obsługa klienta), Piotr (Logistyka), Sara (Marketing), Jonas (Finanse).
example-target-group = „Hanna, 34 lata, weekendowa turystka: kupuje sprzęt w sieci, czyta opinie, nie znosi ukrytych kosztów”.
example-stages = Świadomość → Rozważanie → Zakup → Dostawa → Zwroty → Powrót.
example-touchpoints = Zakup: strona kasy (www, E-commerce); potwierdzenie zamówienia (e-mail, CRM).
example-emotions = Kasa: „Ile kosztuje dostawa?” Irytacja: -1. Źródło: analityka.
example-opportunities = „Pokazać koszt dostawy na stronie produktu” – wpływ 4, nakład 1.
example-metrics = Konwersja w kasie: punkt wyjścia 32 %, cel 40 %, z analityki strony.
example-review = Właścicielka: Klara (Doświadczenia klienta). Przegląd do: pierwszego dnia następnego kwartału.

## The timer and the workshop's clock

timer-up = czas minął (+{ $over })
timer-left = zostało { $left }
timer-clock = warsztat { $elapsed } z { $planned }
guide-store-damaged = { $path }: { $why }; zaczynam od nowa

## The step's screen

guide-example = Przykład:{ " " }
guide-timer-starts = (t startuje)
guide-step-title = { " " }Krok { $number } z { $count } – { $name }
guide-done = koniec
guide-next = dalej: { $name }
guide-more-lines = ▼ { $count ->
    [one] jeszcze { $count } wiersz
    [few] jeszcze { $count } wiersze
    [many] jeszcze { $count } wierszy
   *[other] jeszcze { $count } wiersza
}: PgDn
guide-page-back = ▲ PgUp wraca
guide-invite-departments = Podróż klienta przechodzi przez wiele działów: zaproś sprzedaż, obsługę, wsparcie, dostawy, finanse, HR… (a dodaje osobę)
guide-none = brak
guide-inventory-note = Działy bez punktów styku: { $idle } · Etapy bez punktów styku: { $empty }
guide-every-stage-measured = Każdy etap ma miernik.
guide-stages-unmeasured = Etapy bez miernika: { $stages } (powiąż miernik z etapem w jego `links`)
guide-dots = Kropki (po { $budget }; { $prev } { $next } wybór, { $give } daje, { $take } odbiera):
guide-pains-more = { " " }▼ jeszcze { $count }: { $down }{ " " }
guide-team-to-vote = { " " }dodaj zespół w kroku 3, aby głosować
guide-pains-title = { " " }Zacznij tutaj: problemy i trudne chwile{ " " }
guide-pains-paged = { " " }Problemy i trudne chwile { $first }–{ $last } z { $total }: { $down } / { $up }{ " " }
guide-owner = Właściciel: { $owner } · Przegląd do: { $review } · Zapisano w { $path }
guide-not-set = nie ustawiono (Enter)
guide-no-gaps = Żadnych otwartych luk. Dobra robota.
guide-gaps = Otwarte luki: { $warnings ->
    [one] { $warnings } ostrzeżenie
    [few] { $warnings } ostrzeżenia
    [many] { $warnings } ostrzeżeń
   *[other] { $warnings } ostrzeżenia
}, { $notes ->
    [one] { $notes } uwaga
    [few] { $notes } uwagi
    [many] { $notes } uwag
   *[other] { $notes } uwagi
} (tak jak pokazuje je `cjm check`)
guide-review-paged = { " " }Mapa do tej pory · wiersze { $first }–{ $last } z { $total }: { $down } / { $up }{ " " }
guide-review-title = { " " }Mapa do tej pory{ " " }

## The workshop's length (`--length`, the config file)

length-not-a-length = `{ $text }` to nie jest długość warsztatu: napisz np. 2h, 90m, 1h30m albo 3h
length-empty = długość warsztatu jest pusta; musi wynosić od 10m do 24h
length-out-of-range = `{ $text }` to długość warsztatu, której nie da się zaplanować; musi wynosić od 10m do 24h

## Krok blueprintu usługi (po inwentaryzacji punktów styku; dla map usług włączony)

step-blueprint = Blueprint usługi
question-blueprint-1 = Co nasi ludzie robią w tym punkcie styku na oczach klienta?
question-blueprint-2 = Co musi się wydarzyć na zapleczu, żeby to zadziałało, i który dział to robi? Jakie systemy albo procesy to wspierają?
question-blueprint-3 = Gdzie tu najczęściej coś się sypie i jak długo klient czeka?
example-blueprint = Zamówienie karty: doradca sprawdza adres (Placówka); back office zatwierdza limit; w tle system kart. Psuje się przy starym adresie; czekanie 5d.
guide-blueprint-offer = { $key } dodaje po tym kroku blueprint usługi (pasy, punkty awarii, czekanie)
guide-blueprint-gaps = Bez zaplecza: { $backstage } z { $count ->
    [one] { $count } punktu styku
   *[other] { $count } punktów styku
} · bez działu: { $owner } (jak liczy `cjm check`)
guide-blueprint-no-touchpoints = Nie ma jeszcze punktów styku: najpierw wypiszcie je w kroku inwentaryzacji.
guide-blueprint-how = { $edit } na punkcie styku: pasy, punkt awarii i czekanie · { $toggle } pomija ten krok
guide-blueprint-who = { " " }Kto robi „{ $action }”? { $lane } – „{ $touchpoint }”{ " " }
