# cjm diff: the semantic difference between two maps.

diff-no-differences = Различий нет (комментарии не сравниваются).
diff-not-set = не задано
diff-moved = перенесено
diff-from-stage-to = с этапа { $from } на { $to }
diff-now-after = теперь после { $item }
diff-now-first = теперь первым
diff-new-order = те же элементы, новый порядок
diff-added = добавлено
diff-removed = удалено
diff-changed = изменено
diff-emotion-per-stage = Эмоции по этапам
diff-emotion-per-stage-note = среднее по оценённым точкам контакта, от -2 до +2
diff-emotion-per-stage-legend = Средняя эмоция оценённых точек контакта, от -2 до +2.
diff-stage = Этап
diff-before = До
diff-after = После
diff-change = Изменение
diff-section-map = Карта
diff-section-goal = Цель
diff-section-personas = Персоны
diff-section-team = Команда
diff-section-stages = Этапы
diff-section-touchpoints = Точки контакта
diff-section-opportunities = Возможности
diff-section-metrics = Метрики
diff-section-conflicts = Конфликты
