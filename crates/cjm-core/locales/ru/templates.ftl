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

# The departments a new map starts with (rename, add or remove them), and
# the service template's first touchpoint with its blueprint lanes.
template-departments-prompt = Отделы отвечают за точки контакта и действия сервисного блюпринта: переименуйте, добавьте или удалите их, чтобы они соответствовали вашей компании.
template-department-marketing = Маркетинг
template-department-sales = Продажи
template-department-customer-service = Клиентский сервис
template-department-logistics = Логистика и доставка
template-department-it = ИТ
template-blueprint-prompt = Сервисный блюпринт: что клиент видит в действиях сотрудников (frontstage), что происходит вне его поля зрения (backstage) и какие системы и партнёры за этим стоят (support).
template-touchpoint-first-contact = Первый контакт с сотрудником
template-action-frontstage = Что сотрудник делает на глазах у клиента
template-action-backstage = Что происходит за кулисами, вне поля зрения клиента
template-action-support = Системы и партнёры, которые это обеспечивают
