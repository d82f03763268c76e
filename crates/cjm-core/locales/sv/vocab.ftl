# The closed vocabularies of the file (kinds of map, channels, evidence
# sources...) as people read them; the file keeps its English spellings.

vocab-map-kind-current-state = Nuläge
vocab-map-kind-future-state = Önskat läge
vocab-map-kind-day-in-the-life = En dag i kundens liv
vocab-map-kind-service = Tjänst

vocab-focus-optimise-service = Förbättra en tjänst
vocab-focus-growth = Hitta tillväxt
vocab-focus-new-product = Utforma en ny produkt
vocab-focus-onboarding = Förbättra onboarding
vocab-focus-other = Annat

vocab-role-facilitator = Facilitator
vocab-role-participant = Deltagare
vocab-role-customer = Kund
vocab-role-guest = Gäst

vocab-channel-web = Webb
vocab-channel-mobile-app = Mobilapp
vocab-channel-email = E-post
vocab-channel-phone = Telefon
vocab-channel-chat = Chatt
vocab-channel-store = Butik
vocab-channel-social = Sociala medier
vocab-channel-ads = Annonser
vocab-channel-word-of-mouth = Mun till mun
vocab-channel-mail = Brev
vocab-channel-event = Evenemang
vocab-channel-other = Annat

vocab-evidence-source-interview = Intervju
vocab-evidence-source-survey = Enkät
vocab-evidence-source-analytics = Analys
vocab-evidence-source-support-log = Supportärenden
vocab-evidence-source-sales-data = Försäljningsdata
vocab-evidence-source-observation = Observation
vocab-evidence-source-social-listening = Bevakning av sociala medier
vocab-evidence-source-competitor = Konkurrentanalys
vocab-evidence-source-assumption = Antagande

vocab-status-idea = Idé
vocab-status-planned = Planerad
vocab-status-in-progress = Pågår
vocab-status-done = Klar
vocab-status-dropped = Avbruten

vocab-metric-kind-csat = CSAT
vocab-metric-kind-nps = NPS
vocab-metric-kind-ces = CES
vocab-metric-kind-conversion = Konvertering
vocab-metric-kind-churn = Kundbortfall
vocab-metric-kind-retention = Kundlojalitet
vocab-metric-kind-time = Tid
vocab-metric-kind-count = Antal
vocab-metric-kind-other = Annat

vocab-conflict-kind-both-changed = Ändrat på båda sidor
vocab-conflict-kind-deleted-edited = Borttaget på ena sidan, ändrat på den andra
vocab-conflict-kind-deleted-referenced = Borttaget på ena sidan, fortfarande använt på den andra
vocab-conflict-kind-order = Olika ordning på båda sidor
vocab-conflict-kind-same-id = Tillagt på båda sidor med samma id
