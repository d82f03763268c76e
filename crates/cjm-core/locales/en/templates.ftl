# Templates of `cjm new`: the stages a new map starts with, its first
# persona and the prompt above [goal]. Keys in the prompt stay English.

template-stage-awareness = Awareness
template-stage-engagement = Engagement
template-stage-evaluation = Evaluation
template-stage-purchase = Purchase
template-stage-post-purchase = Post-purchase
template-stage-loyalty = Loyalty
template-stage-morning = Morning
template-stage-afternoon = Afternoon
template-stage-evening = Evening
template-stage-night = Night
template-stage-before = Before
template-stage-during = During
template-stage-after = After
template-primary-persona = Primary persona
template-untitled = Untitled journey
template-goal-prompt-why = Why are we mapping this journey? focus = optimise-service | growth | new-product | onboarding | other
template-goal-prompt-what = statement: what we want to learn or change; scope: where the journey starts and ends.

# The departments a new map starts with (rename, add or remove them), and
# the service template's first touchpoint with its blueprint lanes.
template-departments-prompt = Departments own the touchpoints and the blueprint's actions: rename, add or remove them to match the company.
template-department-marketing = Marketing
template-department-sales = Sales
template-department-customer-service = Customer service
template-department-logistics = Delivery and logistics
template-department-it = IT
template-blueprint-prompt = A service blueprint: what the customer sees staff do (frontstage), what happens out of sight (backstage) and the systems and partners behind it (support).
template-touchpoint-first-contact = First contact with our staff
template-action-frontstage = What our staff do in front of the customer
template-action-backstage = What happens out of the customer's sight
template-action-support = Systems and partners that make it work
