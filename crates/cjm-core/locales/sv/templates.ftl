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
