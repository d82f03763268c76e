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
