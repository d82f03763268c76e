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
