# The closed vocabularies of the file (kinds of map, channels, evidence
# sources...) as people read them; the file keeps its English spellings.

vocab-map-kind-current-state = Current state
vocab-map-kind-future-state = Future state
vocab-map-kind-day-in-the-life = Day in the life
vocab-map-kind-service = Service

vocab-focus-optimise-service = Optimise a service
vocab-focus-growth = Find growth
vocab-focus-new-product = Design a new product
vocab-focus-onboarding = Improve onboarding
vocab-focus-other = Other

vocab-role-facilitator = Facilitator
vocab-role-participant = Participant
vocab-role-customer = Customer
vocab-role-guest = Guest

vocab-channel-web = Web
vocab-channel-mobile-app = Mobile app
vocab-channel-email = Email
vocab-channel-phone = Phone
vocab-channel-chat = Chat
vocab-channel-store = Store
vocab-channel-social = Social media
vocab-channel-ads = Ads
vocab-channel-word-of-mouth = Word of mouth
vocab-channel-mail = Mail
vocab-channel-event = Event
vocab-channel-other = Other

vocab-evidence-source-interview = Interview
vocab-evidence-source-survey = Survey
vocab-evidence-source-analytics = Analytics
vocab-evidence-source-support-log = Support log
vocab-evidence-source-sales-data = Sales data
vocab-evidence-source-observation = Observation
vocab-evidence-source-social-listening = Social listening
vocab-evidence-source-competitor = Competitor analysis
vocab-evidence-source-assumption = Assumption

vocab-status-idea = Idea
vocab-status-planned = Planned
vocab-status-in-progress = In progress
vocab-status-done = Done
vocab-status-dropped = Dropped

vocab-metric-kind-csat = CSAT
vocab-metric-kind-nps = NPS
vocab-metric-kind-ces = CES
vocab-metric-kind-conversion = Conversion
vocab-metric-kind-churn = Churn
vocab-metric-kind-retention = Retention
vocab-metric-kind-time = Time
vocab-metric-kind-count = Count
vocab-metric-kind-other = Other

vocab-conflict-kind-both-changed = Changed on both sides
vocab-conflict-kind-deleted-edited = Deleted on one side, changed on the other
vocab-conflict-kind-deleted-referenced = Deleted on one side, still used on the other
vocab-conflict-kind-order = Reordered differently on both sides
vocab-conflict-kind-same-id = Added on both sides under the same id
