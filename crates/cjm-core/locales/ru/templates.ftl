# Templates of `cjm new`: the stages a new map starts with, its first
# persona and the prompt above [goal]. Keys in the prompt stay English.

template-stage-awareness = Осведомлённость
template-stage-engagement = Вовлечение
template-stage-evaluation = Оценка
template-stage-purchase = Покупка
template-stage-post-purchase = После покупки
template-stage-loyalty = Лояльность
template-stage-morning = Утро
template-stage-afternoon = День
template-stage-evening = Вечер
template-stage-night = Ночь
template-stage-before = До
template-stage-during = Во время
template-stage-after = После
template-primary-persona = Основная персона
template-untitled = Путь без названия
template-goal-prompt-why = Зачем мы строим карту этого пути клиента? focus = optimise-service | growth | new-product | onboarding | other
template-goal-prompt-what = statement: что мы хотим узнать или изменить; scope: где путь начинается и где заканчивается.
