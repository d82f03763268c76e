# The closed vocabularies of the file (kinds of map, channels, evidence
# sources...) as people read them; the file keeps its English spellings.

vocab-map-kind-current-state = Stan obecny
vocab-map-kind-future-state = Stan docelowy
vocab-map-kind-day-in-the-life = Dzień z życia klienta
vocab-map-kind-service = Usługa

vocab-focus-optimise-service = Usprawnić usługę
vocab-focus-growth = Znaleźć wzrost
vocab-focus-new-product = Zaprojektować nowy produkt
vocab-focus-onboarding = Poprawić wdrożenie klienta
vocab-focus-other = Inny

vocab-role-facilitator = Moderator warsztatu
vocab-role-participant = Uczestnik
vocab-role-customer = Klient
vocab-role-guest = Gość

vocab-channel-web = Strona WWW
vocab-channel-mobile-app = Aplikacja mobilna
vocab-channel-email = E-mail
vocab-channel-phone = Telefon
vocab-channel-chat = Czat
vocab-channel-store = Sklep stacjonarny
vocab-channel-social = Media społecznościowe
vocab-channel-ads = Reklamy
vocab-channel-word-of-mouth = Poczta pantoflowa
vocab-channel-mail = Poczta tradycyjna
vocab-channel-event = Wydarzenie
vocab-channel-other = Inny

vocab-evidence-source-interview = Wywiad
vocab-evidence-source-survey = Ankieta
vocab-evidence-source-analytics = Analityka
vocab-evidence-source-support-log = Zgłoszenia do obsługi
vocab-evidence-source-sales-data = Dane sprzedażowe
vocab-evidence-source-observation = Obserwacja
vocab-evidence-source-social-listening = Monitoring mediów społecznościowych
vocab-evidence-source-competitor = Analiza konkurencji
vocab-evidence-source-assumption = Założenie

vocab-status-idea = Pomysł
vocab-status-planned = Zaplanowana
vocab-status-in-progress = W realizacji
vocab-status-done = Zrealizowana
vocab-status-dropped = Porzucona

vocab-metric-kind-csat = CSAT
vocab-metric-kind-nps = NPS
vocab-metric-kind-ces = CES
vocab-metric-kind-conversion = Konwersja
vocab-metric-kind-churn = Odejścia klientów
vocab-metric-kind-retention = Utrzymanie klientów
vocab-metric-kind-time = Czas
vocab-metric-kind-count = Liczba
vocab-metric-kind-other = Inny

vocab-conflict-kind-both-changed = Zmienione po obu stronach
vocab-conflict-kind-deleted-edited = Usunięte po jednej stronie, zmienione po drugiej
vocab-conflict-kind-deleted-referenced = Usunięte po jednej stronie, wciąż używane po drugiej
vocab-conflict-kind-order = Inaczej uporządkowane po obu stronach
vocab-conflict-kind-same-id = Dodane po obu stronach z tym samym id
