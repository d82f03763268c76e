# The closed vocabularies of the file (kinds of map, channels, evidence
# sources...) as people read them; the file keeps its English spellings.

vocab-map-kind-current-state = Текущее состояние
vocab-map-kind-future-state = Целевое состояние
vocab-map-kind-day-in-the-life = День из жизни клиента
vocab-map-kind-service = Услуга

vocab-focus-optimise-service = Улучшить сервис
vocab-focus-growth = Найти точки роста
vocab-focus-new-product = Спроектировать новый продукт
vocab-focus-onboarding = Улучшить онбординг
vocab-focus-other = Другое

vocab-role-facilitator = Фасилитатор
vocab-role-participant = Участник
vocab-role-customer = Клиент
vocab-role-guest = Гость

vocab-channel-web = Сайт
vocab-channel-mobile-app = Мобильное приложение
vocab-channel-email = Эл. почта
vocab-channel-phone = Телефон
vocab-channel-chat = Чат
vocab-channel-store = Магазин
vocab-channel-social = Соцсети
vocab-channel-ads = Реклама
vocab-channel-word-of-mouth = Сарафанное радио
vocab-channel-mail = Почта
vocab-channel-event = Мероприятие
vocab-channel-other = Другое

vocab-evidence-source-interview = Интервью
vocab-evidence-source-survey = Опрос
vocab-evidence-source-analytics = Аналитика
vocab-evidence-source-support-log = Обращения в поддержку
vocab-evidence-source-sales-data = Данные продаж
vocab-evidence-source-observation = Наблюдение
vocab-evidence-source-social-listening = Мониторинг соцсетей
vocab-evidence-source-competitor = Анализ конкурентов
vocab-evidence-source-assumption = Предположение

vocab-status-idea = Идея
vocab-status-planned = Запланировано
vocab-status-in-progress = В работе
vocab-status-done = Сделано
vocab-status-dropped = Отменено

vocab-metric-kind-csat = CSAT
vocab-metric-kind-nps = NPS
vocab-metric-kind-ces = CES
vocab-metric-kind-conversion = Конверсия
vocab-metric-kind-churn = Отток
vocab-metric-kind-retention = Удержание
vocab-metric-kind-time = Время
vocab-metric-kind-count = Количество
vocab-metric-kind-other = Другое

vocab-conflict-kind-both-changed = Изменено с обеих сторон
vocab-conflict-kind-deleted-edited = Удалено с одной стороны, изменено с другой
vocab-conflict-kind-deleted-referenced = Удалено с одной стороны, но используется с другой
vocab-conflict-kind-order = По-разному переупорядочено с обеих сторон
vocab-conflict-kind-same-id = Добавлено с обеих сторон под одним id
