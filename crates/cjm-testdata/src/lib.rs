//! Realistic maps of any size, made from a seed: the test data of the
//! benchmarks and of the tests that need a large map.
//!
//! [`generate`] builds a valid map with a given number of touchpoints and
//! everything else in proportion to it: stages, personas, team, pain points,
//! evidence, opportunities, metrics with readings. Texts are written in
//! English, Polish and Russian, with some Japanese and emoji, in roughly the
//! mix of an international company's workshop. [`revise`] makes a later
//! version of a map, as a colleague's day of edits would (fields changed,
//! items added and removed), for diff and merge.
//!
//! Everything is pure and deterministic: the same arguments give the same
//! map, on every platform, so benchmark figures can be compared between runs
//! and tests can compare bytes.

use std::collections::{HashMap, HashSet};

use cjm_core::model::{
    Channel, Date, Emotion, Evidence, EvidenceSource, Focus, FreshIds, Goal, Id, IdKind, Map,
    MapKind, Metric, MetricKind, Opportunity, Participant, Persona, Reading, Role, Score, Shared,
    Stage, Status, Touchpoint, Vocabulary,
};

/// A small, fast, well-known pseudo-random generator (SplitMix64). Its
/// sequence depends only on the seed, so generated maps are reproducible.
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // Multiply-shift: uniform enough for test data, and never divides by zero.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = usize::try_from(high - low).unwrap_or(0) + 1;
        low + self.below(span) as i64
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn pick_vocab<V: Vocabulary>(&mut self) -> V {
        *self.pick(V::all())
    }
}

/// The languages texts are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    English,
    Polish,
    Russian,
    Japanese,
}

impl Lang {
    /// English most of the time, then Polish, Russian and a little Japanese.
    fn pick(rng: &mut Rng) -> Lang {
        match rng.below(20) {
            0..=11 => Lang::English,
            12..=15 => Lang::Polish,
            16..=18 => Lang::Russian,
            _ => Lang::Japanese,
        }
    }

    fn words(self) -> &'static Words {
        match self {
            Lang::English => &ENGLISH,
            Lang::Polish => &POLISH,
            Lang::Russian => &RUSSIAN,
            Lang::Japanese => &JAPANESE,
        }
    }
}

/// The phrases texts of one language are made from.
struct Words {
    /// Journey phases, for stage names.
    phases: &'static [&'static str],
    /// Goals of a customer in a stage.
    goals: &'static [&'static str],
    /// What a touchpoint is about ("Order confirmation email").
    things: &'static [&'static str],
    /// Where it happens, joined after the thing ("on mobile").
    places: &'static [&'static str],
    doing: &'static [&'static str],
    thinking: &'static [&'static str],
    /// Feelings, with the emotion score they usually come with.
    feeling: &'static [(&'static str, i64)],
    pains: &'static [&'static str],
    /// Evidence notes with their source; `#` is replaced by a number.
    notes: &'static [(EvidenceSource, &'static str)],
    /// Opportunity titles.
    ideas: &'static [&'static str],
    /// What a metric measures.
    measures: &'static [&'static str],
}

static ENGLISH: Words = Words {
    phases: &[
        "Awareness",
        "Research",
        "Comparison",
        "Purchase",
        "Onboarding",
        "First use",
        "Getting help",
        "Billing",
        "Renewal",
        "Loyalty",
    ],
    goals: &[
        "Find out whether this company can solve the problem",
        "Compare the options without a sales call",
        "Pay a fair price and know what happens next",
        "Get started without reading a manual",
        "Get an answer the same day",
        "Understand the bill",
    ],
    things: &[
        "Order confirmation email",
        "Product page",
        "Delivery tracking",
        "Returns portal",
        "Price comparison",
        "Loyalty programme sign-up",
        "Invoice",
        "Password reset",
        "Live chat",
        "Store pickup",
        "Contract renewal letter",
        "Welcome call",
        "Size guide",
        "Checkout",
        "Review request",
        "Appointment booking",
    ],
    places: &[
        "on mobile",
        "on the website",
        "in the app",
        "at the counter",
        "by phone",
        "in the newsletter",
        "for business customers",
        "after 18:00",
    ],
    doing: &[
        "Scrolls through the page twice looking for the delivery date, then gives up and opens the chat.",
        "Fills in the form, loses the input when the session times out, starts again.",
        "Reads the reviews, filters them by fit and saves two products for later.",
        "Calls the hotline and waits 14 minutes in the queue.",
        "Forwards the email to a partner with the question “is this the one we wanted?”",
        "Compares our offer with two competitors in three browser tabs.",
    ],
    thinking: &[
        "Why do I have to type my address again?",
        "If this goes wrong, will anyone call me back?",
        "That was easier than I expected.",
        "I'm not sure the discount is applied.",
        "Is this the same price I saw in the ad?",
    ],
    feeling: &[
        ("Relieved", 1),
        ("Impatient", -1),
        ("Confused, a little annoyed", -1),
        ("Confident 👍", 1),
        ("Worried about the cost", -2),
        ("Pleasantly surprised 🎉", 2),
        ("Neither here nor there", 0),
    ],
    pains: &[
        "Delivery costs appear only at the last step",
        "The form forgets everything after a timeout",
        "No way to talk to a person in the evening",
        "The size chart disagrees with the reviews",
        "Two emails with different delivery dates",
        "The app asks for a password reset every month",
        "Refunds take up to 14 days with no status",
    ],
    notes: &[
        (
            EvidenceSource::Analytics,
            "Web analytics, last quarter: # sessions end on this page",
        ),
        (
            EvidenceSource::Interview,
            "Customer interviews, n = #: most named this step as the hardest",
        ),
        (
            EvidenceSource::SupportLog,
            "Support tickets, January: # contacts about this topic",
        ),
        (EvidenceSource::Survey, "Post-purchase survey, n = #"),
        (
            EvidenceSource::Observation,
            "Usability test with # participants",
        ),
        (
            EvidenceSource::SalesData,
            "Sales data: # orders a month touch this step",
        ),
        (
            EvidenceSource::SocialListening,
            "Social listening: # mentions of this step last month",
        ),
    ],
    ideas: &[
        "Show the delivery date on the product page",
        "Save the form as the customer types",
        "Evening chat with trained advisors",
        "One size chart for every brand",
        "Proactive message when a parcel is late",
        "Refund status in the app",
        "Single sign-on for the customer portal",
        "Plain-language invoice",
    ],
    measures: &[
        "Share of customers who finish the step without contacting support",
        "Average satisfaction after the step, 1–5",
        "Minutes from first contact to solution",
        "Share of customers who come back within 12 months",
    ],
};

static POLISH: Words = Words {
    phases: &[
        "Świadomość",
        "Poszukiwanie informacji",
        "Porównanie ofert",
        "Zakup",
        "Dostawa",
        "Pierwsze użycie",
        "Reklamacja",
        "Lojalność",
    ],
    goals: &[
        "Znaleźć sklep, któremu można zaufać",
        "Zapłacić uczciwą cenę i wiedzieć, kiedy przyjdzie paczka",
        "Szybko załatwić zwrot bez drukowania etykiety",
        "Dostać odpowiedź jeszcze dziś",
    ],
    things: &[
        "Potwierdzenie zamówienia",
        "Strona produktu",
        "Śledzenie przesyłki",
        "Zwrot towaru",
        "Płatność BLIK-iem",
        "Odbiór w paczkomacie",
        "Faktura",
        "Czat z doradcą",
        "Program lojalnościowy",
        "Zgłoszenie reklamacji",
    ],
    places: &[
        "w aplikacji",
        "na stronie",
        "w salonie",
        "przez telefon",
        "dla firm",
        "po godzinach",
    ],
    doing: &[
        "Przegląda opinie, filtruje je po rozmiarze i zapisuje dwa produkty na później.",
        "Dzwoni na infolinię i czeka 12 minut w kolejce.",
        "Wypełnia formularz reklamacji, a po wygaśnięciu sesji zaczyna od nowa.",
        "Porównuje ceny w trzech zakładkach przeglądarki.",
    ],
    thinking: &[
        "Dlaczego znowu muszę wpisywać adres?",
        "Czy ktoś w ogóle to przeczyta?",
        "Poszło szybciej, niż myślałam.",
        "Czy rabat na pewno się naliczył?",
    ],
    feeling: &[
        ("Ulga", 1),
        ("Zniecierpliwienie", -1),
        ("Zagubienie, lekka złość", -2),
        ("Zadowolenie 😊", 2),
        ("Niepokój o koszty", -1),
        ("Obojętność", 0),
    ],
    pains: &[
        "Koszt dostawy widać dopiero na końcu",
        "Formularz gubi dane po wygaśnięciu sesji",
        "Brak kontaktu z człowiekiem wieczorem",
        "Dwa e-maile z różnymi terminami dostawy",
        "Zwrot pieniędzy trwa do 14 dni bez informacji o statusie",
    ],
    notes: &[
        (
            EvidenceSource::Analytics,
            "Analityka strony, ostatni kwartał: # sesji kończy się na tej stronie",
        ),
        (EvidenceSource::Interview, "Wywiady z klientami, n = #"),
        (
            EvidenceSource::SupportLog,
            "Zgłoszenia do obsługi klienta w styczniu: #",
        ),
        (EvidenceSource::Survey, "Ankieta po zakupie, n = #"),
    ],
    ideas: &[
        "Termin dostawy widoczny na stronie produktu",
        "Automatyczny zapis formularza",
        "Wieczorny czat z doradcami",
        "Status zwrotu w aplikacji",
        "Faktura napisana prostym językiem",
    ],
    measures: &[
        "Odsetek klientów, którzy kończą krok bez kontaktu z obsługą",
        "Średnia ocena zadowolenia po kroku, 1–5",
        "Czas od zgłoszenia do rozwiązania w minutach",
    ],
};

static RUSSIAN: Words = Words {
    phases: &[
        "Осведомлённость",
        "Поиск информации",
        "Сравнение",
        "Покупка",
        "Доставка",
        "Поддержка",
        "Лояльность",
    ],
    goals: &[
        "Понять, можно ли доверять магазину",
        "Заплатить честную цену и знать срок доставки",
        "Быстро получить ответ на вопрос",
    ],
    things: &[
        "Подтверждение заказа",
        "Страница товара",
        "Отслеживание посылки",
        "Возврат товара",
        "Оплата картой",
        "Чат с консультантом",
        "Счёт-фактура",
        "Программа лояльности",
    ],
    places: &[
        "в приложении",
        "на сайте",
        "в магазине",
        "по телефону",
        "для бизнеса",
    ],
    doing: &[
        "Читает отзывы и сохраняет два товара на потом.",
        "Звонит на горячую линию и ждёт 15 минут.",
        "Заполняет форму заново после ошибки сессии.",
    ],
    thinking: &[
        "Почему снова нужно вводить адрес?",
        "Получится ли вернуть деньги?",
        "Проще, чем я думала.",
    ],
    feeling: &[
        ("Облегчение", 1),
        ("Нетерпение", -1),
        ("Растерянность", -2),
        ("Радость 🙂", 2),
    ],
    pains: &[
        "Стоимость доставки видна только в конце",
        "Форма теряет данные после тайм-аута",
        "Вечером нельзя поговорить с человеком",
        "Возврат денег занимает до 14 дней",
    ],
    notes: &[
        (
            EvidenceSource::Analytics,
            "Веб-аналитика за квартал: # сессий заканчиваются здесь",
        ),
        (EvidenceSource::Interview, "Интервью с клиентами, n = #"),
        (
            EvidenceSource::SupportLog,
            "Обращения в поддержку за январь: #",
        ),
    ],
    ideas: &[
        "Показывать срок доставки на странице товара",
        "Автосохранение формы",
        "Вечерний чат с консультантами",
        "Статус возврата в приложении",
    ],
    measures: &[
        "Доля клиентов, прошедших шаг без обращения в поддержку",
        "Средняя оценка удовлетворённости, 1–5",
    ],
};

static JAPANESE: Words = Words {
    phases: &["認知", "情報収集", "比較検討", "購入", "配送", "サポート"],
    goals: &["信頼できる店を見つける", "配送日を知って安心する"],
    things: &[
        "注文確認メール",
        "商品ページ",
        "配送状況の確認",
        "返品手続き",
        "チャット相談",
        "ポイント会員登録",
    ],
    places: &["（アプリ）", "（ウェブ）", "（店舗）", "（電話）"],
    doing: &[
        "レビューを読み、商品を二つ保存する。",
        "電話で問い合わせ、10分待つ。",
    ],
    thinking: &["また住所を入力するの？", "思ったより簡単だった。"],
    feeling: &[("安心", 1), ("いらいら", -1), ("満足 😀", 2)],
    pains: &["送料が最後の画面まで分からない", "夜は担当者と話せない"],
    notes: &[
        (EvidenceSource::Survey, "アンケート、n = #"),
        (EvidenceSource::SupportLog, "問い合わせ件数（1月）：#"),
    ],
    ideas: &["商品ページに配送日を表示", "フォームの自動保存"],
    measures: &["サポートに連絡せずに完了した顧客の割合"],
};

/// Areas of a large company, for the map's title and for stage names
/// beyond the first few phases.
const AREAS: &[&str] = &[
    "Retail",
    "Business customers",
    "Mortgages",
    "Insurance",
    "Mobile",
    "Sklep internetowy",
    "Logistyka",
    "Розница",
    "Marketplace",
    "Subscriptions",
];

const DEPARTMENTS: &[&str] = &[
    "Marketing",
    "E-commerce and IT",
    "Customer Service",
    "Logistics",
    "Finance",
    "Sales",
    "Product",
    "Obsługa klienta",
    "Dział reklamacji",
    "Отдел доставки",
    "Legal",
    "HR",
];

const FIRST_NAMES: &[&str] = &[
    "Hannah",
    "Marek",
    "Zofia",
    "Łukasz",
    "Ольга",
    "Дмитрий",
    "Claire",
    "Søren",
    "Zoë",
    "花子",
    "Ahmed",
    "Małgorzata",
    "Jürgen",
    "Chloé",
];

const LAST_NAMES: &[&str] = &[
    "Dawson",
    "Nowak",
    "Wiśniewska",
    "Смирнова",
    "Кузнецов",
    "Okafor",
    "Müller",
    "山田",
    "Kowalczyk",
    "Nair",
    "Brzęczyszczykiewicz",
];

const SEGMENTS: &[&str] = &[
    "First-time buyers",
    "Loyal repeat customers",
    "Small business owners",
    "Students",
    "Klienci 60+",
    "Постоянные клиенты",
    "Families with children 👪",
    "初めての購入者",
];

const UNITS: &[&str] = &["%", "score 1–5", "minutes", "orders", "NPS points", "zł"];

const SOURCES: &[&str] = &[
    "Web analytics",
    "CRM",
    "Survey tool",
    "Ankieta NPS",
    "Call centre reports",
];

const PARKING_LOT: &[&str] = &[
    "Warehouse shift pattern in the peak season – take to the Operations meeting",
    "Program partnerski z bankiem – osobny projekt",
    "Accessibility audit of the whole site – not part of this journey",
    "Перевод сайта на казахский язык",
];

/// The first day of the data: created dates, readings and reviews follow it.
fn epoch() -> Date {
    Date::constant(2024, 1, 1)
}

/// `start` plus `days` (or `start` itself past the last date there is).
fn plus_days(start: Date, days: i64) -> Date {
    start
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(start)
}

/// Ids already used in a map under construction, so new ones are unique.
///
/// Many generated items share a name, so [`Id::generate`] alone would try
/// `-2`, `-3`, … up to the next free number for each of them: quadratic in
/// the map's size. [`FreshIds`] goes on from the last number per name,
/// which gives the same ids in linear time (ids are only ever added).
#[derive(Default)]
struct Ids {
    taken: HashSet<Id>,
    fresh: FreshIds,
}

impl Ids {
    fn of(map: &Map) -> Self {
        Ids {
            taken: map.ids().map(|(_, id)| id.clone()).collect(),
            fresh: FreshIds::default(),
        }
    }

    /// A fresh id for an item of `kind` named `name`: what
    /// [`Id::generate`] gives for the ids taken so far.
    fn make(&mut self, kind: IdKind, name: &str) -> Id {
        let taken = &self.taken;
        let id = self
            .fresh
            .generate(kind, name, |candidate| taken.contains(candidate));
        self.taken.insert(id.clone());
        id
    }
}

/// A touchpoint name: a thing, often with where it happens.
fn touchpoint_name(rng: &mut Rng, words: &Words) -> String {
    let thing = rng.pick(words.things);
    if rng.chance(70) {
        let place = rng.pick(words.places);
        if place.starts_with('（') {
            format!("{thing}{place}")
        } else {
            format!("{thing} {place}")
        }
    } else {
        (*thing).to_owned()
    }
}

/// A piece of evidence: a source and a note with a plausible number in it,
/// or now and then an assumption the team has no data for yet.
fn evidence(rng: &mut Rng, words: &Words) -> Evidence {
    if rng.chance(15) {
        return Evidence {
            source: EvidenceSource::Assumption,
            note: String::new(),
            url: String::new(),
        };
    }
    let (source, note) = *rng.pick(words.notes);
    // Interviews and usability tests have a handful of people, data has more.
    let count = match source {
        EvidenceSource::Interview | EvidenceSource::Observation => rng.between(5, 40),
        _ => rng.between(50, 2400),
    };
    Evidence {
        source,
        note: note.replace('#', &count.to_string()),
        url: String::new(),
    }
}

/// `count` different texts of `texts` (fewer when there are not that many).
fn distinct(rng: &mut Rng, texts: &[&str], count: usize) -> Vec<String> {
    let mut chosen: Vec<String> = Vec::new();
    for _ in 0..count {
        let text = *rng.pick(texts);
        if !chosen.iter().any(|c| c == text) {
            chosen.push(text.to_owned());
        }
    }
    chosen
}

/// How many touchpoints each of `stages` stages gets: `total` split with
/// some columns fuller than others, as on a real wall.
fn stage_sizes(rng: &mut Rng, stages: usize, total: usize) -> Vec<usize> {
    if stages == 0 {
        return Vec::new();
    }
    let weights: Vec<usize> = (0..stages).map(|_| 2 + rng.below(4)).collect();
    let sum: usize = weights.iter().sum::<usize>().max(1);
    let mut sizes: Vec<usize> = weights.iter().map(|w| total * w / sum).collect();
    let mut missing = total - sizes.iter().sum::<usize>();
    let mut i = 0;
    while missing > 0 {
        sizes[i % stages] += 1;
        missing -= 1;
        i += 1;
    }
    sizes
}

/// A number kept in tenths as a decimal: 347 → 34.7.
fn tenths(value: i64) -> f64 {
    value as f64 / 10.0
}

/// [`generate`]'s map as the text of its file, in canonical form: what the
/// `generate` example prints, and how the core crate's own unit tests take
/// generated maps (a type of this crate's `cjm_core` is not the one of a
/// unit-test build of the core, the text is).
pub fn generate_toml(touchpoints: usize, seed: u64) -> String {
    cjm_core::format::to_toml(&generate(touchpoints, seed))
}

/// A valid map with `touchpoints` touchpoints and everything else in
/// proportion, the same for the same `seed`.
///
/// Per 1,000 touchpoints there are about 16 stages, 12 personas, 400
/// opportunities, 100 metrics (with up to a year of monthly readings), 850
/// pain points and 1,250 pieces of evidence; small maps keep at least 5
/// stages, 2 personas and a few opportunities and metrics. Nothing in the
/// map is left out for being large: the counts grow without limit except
/// stages (at most 60) and personas (at most 50).
pub fn generate(touchpoints: usize, seed: u64) -> Map {
    let mut rng = Rng::new(seed);
    let mut ids = Ids::default();
    let kinds = [
        MapKind::CurrentState,
        MapKind::FutureState,
        MapKind::Service,
    ];
    let kind = *rng.pick(&kinds);
    let mut map = Map::new(
        format!(
            "{} – customer journey, {touchpoints} touchpoints",
            rng.pick(AREAS)
        ),
        kind,
    );
    map.language = "en".to_owned();
    map.created = Some(plus_days(epoch(), rng.between(0, 300)));
    map.owner = person(&mut rng);
    map.review_by = Some(plus_days(epoch(), rng.between(400, 900)));
    map.parking_lot = PARKING_LOT
        .iter()
        .filter(|_| rng.chance(60))
        .map(|s| (*s).to_owned())
        .collect();
    map.goal = Goal {
        focus: Some(rng.pick_vocab::<Focus>()),
        statement: "Understand where customers give up between the first visit and the second order, and fix the three worst moments first.".to_owned(),
        scope: "From the first ad or recommendation to the second order, about 12 months later.\nWholesale and gift vouchers are out of scope.".to_owned(),
        success_criteria: vec![
            "Every touchpoint is backed by a source that is not an assumption".to_owned(),
            "Repeat purchase rate rises from 27% to 35% within 12 months".to_owned(),
        ],
        ..Goal::default()
    };

    let persona_count = (touchpoints / 80).clamp(2, 50);
    for n in 0..persona_count {
        let segment = *rng.pick(SEGMENTS);
        let name = format!("{}, {segment}", rng.pick(FIRST_NAMES));
        let id = ids.make(IdKind::Persona, &name);
        let words = Lang::pick(&mut rng).words();
        map.personas.push(Persona {
            id,
            name,
            primary: n == 0,
            segment: segment.to_owned(),
            description: format!("{}\n{}", rng.pick(words.doing), rng.pick(words.thinking)),
            needs: (*rng.pick(words.goals)).to_owned(),
            frustrations: (*rng.pick(words.pains)).to_owned(),
            jobs_to_be_done: (0..rng.below(3))
                .map(|_| {
                    format!(
                        "When I shop, I want to {}",
                        rng.pick(ENGLISH.goals).to_lowercase()
                    )
                })
                .collect(),
            quote: (*rng.pick(words.thinking)).to_owned(),
            ..Persona::default()
        });
    }

    let team_size = (8 + touchpoints / 250).min(40);
    for n in 0..team_size {
        map.team.push(Participant {
            name: person(&mut rng),
            department: (*rng.pick(DEPARTMENTS)).to_owned(),
            role: match n {
                0 => Role::Facilitator,
                _ if rng.chance(10) => Role::Customer,
                _ if rng.chance(5) => Role::Guest,
                _ => Role::Participant,
            },
            ..Participant::new("")
        });
    }

    let stage_count = ((touchpoints as f64).sqrt() / 2.0).round() as usize;
    let stage_count = stage_count.clamp(5, 60);
    for n in 0..stage_count {
        let words = Lang::pick(&mut rng).words();
        let phase = words.phases[n % words.phases.len()];
        let name = if n < words.phases.len() {
            phase.to_owned()
        } else {
            format!("{phase} · {}", rng.pick(AREAS))
        };
        let id = ids.make(IdKind::Stage, &name);
        map.stages.push(Stage {
            id,
            name,
            customer_goal: if rng.chance(80) {
                (*rng.pick(words.goals)).to_owned()
            } else {
                String::new()
            },
            description: if rng.chance(30) {
                format!("{}\n{}", rng.pick(words.doing), rng.pick(words.thinking))
            } else {
                String::new()
            },
            ..Stage::default()
        });
    }

    let sizes = stage_sizes(&mut rng, stage_count, touchpoints);
    for (s, &size) in sizes.iter().enumerate() {
        let stage = map.stages[s].id.clone();
        for _ in 0..size {
            let tp = touchpoint(&mut rng, &mut ids, stage.clone(), &map.personas);
            map.touchpoints.push(tp.into());
        }
    }

    let opportunity_count = (touchpoints * 2 / 5).max(3);
    for _ in 0..opportunity_count {
        let o = opportunity(&mut rng, &mut ids, &map);
        map.opportunities.push(o.into());
    }

    let metric_count = (touchpoints / 10).max(3);
    for _ in 0..metric_count {
        let m = metric(&mut rng, &mut ids, &map);
        map.metrics.push(m.into());
    }
    map
}

/// A person's full name.
fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))
}

/// Some text of `words` `percent` times in a hundred, else nothing.
fn maybe(rng: &mut Rng, percent: usize, texts: &[&str]) -> String {
    if rng.chance(percent) {
        (*rng.pick(texts)).to_owned()
    } else {
        String::new()
    }
}

fn touchpoint(rng: &mut Rng, ids: &mut Ids, stage: Id, personas: &[Persona]) -> Touchpoint {
    let words = Lang::pick(rng).words();
    let name = touchpoint_name(rng, words);
    let id = ids.make(IdKind::Touchpoint, &name);
    let persona_ids = if rng.chance(30) && !personas.is_empty() {
        let first = rng.below(personas.len());
        let mut chosen = vec![personas[first].id.clone()];
        let second = rng.below(personas.len());
        if second != first && rng.chance(40) {
            chosen.push(personas[second].id.clone());
        }
        chosen
    } else {
        Vec::new()
    };
    let pain_count = match rng.below(20) {
        0..=7 => 0,
        8..=14 => 1,
        15..=18 => 2,
        _ => 3,
    };
    // The score goes with the feeling, now and then a step off it.
    let (feeling, score) = *rng.pick(words.feeling);
    let score = if rng.chance(20) {
        (score + rng.between(-1, 1)).clamp(Emotion::MIN, Emotion::MAX)
    } else {
        score
    };
    let emotion = Emotion::new(score);
    let evidence_count = match rng.below(10) {
        0..=1 => 0,
        2..=5 => 1,
        6..=8 => 2,
        _ => 3,
    };
    Touchpoint {
        id,
        stage,
        name,
        channel: rng.chance(90).then(|| rng.pick_vocab::<Channel>()),
        owner: maybe(rng, 85, DEPARTMENTS),
        personas: persona_ids,
        doing: maybe(rng, 80, words.doing),
        thinking: maybe(rng, 75, words.thinking),
        feeling: if rng.chance(75) {
            feeling.to_owned()
        } else {
            String::new()
        },
        emotion: rng.chance(85).then_some(emotion).flatten(),
        pain_points: distinct(rng, words.pains, pain_count),
        moment_of_truth: rng.chance(8),
        evidence: (0..evidence_count).map(|_| evidence(rng, words)).collect(),
        ..Touchpoint::default()
    }
}

/// An opportunity about one to three neighbouring touchpoints, or about a stage.
fn opportunity(rng: &mut Rng, ids: &mut Ids, map: &Map) -> Opportunity {
    let words = Lang::pick(rng).words();
    let title = (*rng.pick(words.ideas)).to_owned();
    let id = ids.make(IdKind::Opportunity, &title);
    let mut o = Opportunity::new(id, title);
    if rng.chance(75) && !map.touchpoints.is_empty() {
        let first = rng.below(map.touchpoints.len());
        let stage = &map.touchpoints[first].stage;
        let count = 1 + rng.below(3);
        o.touchpoints = map.touchpoints[first..]
            .iter()
            .take(count)
            .take_while(|t| t.stage == *stage)
            .map(|t| t.id.clone())
            .collect();
    } else if !map.stages.is_empty() {
        o.stage = Some(rng.pick(&map.stages).id.clone());
    }
    o.description = maybe(rng, 60, words.pains);
    if rng.chance(80) {
        o.impact = Score::new(rng.between(Score::MIN, Score::MAX));
        o.effort = Score::new(rng.between(Score::MIN, Score::MAX));
    }
    o.votes = rng.below(9) as u32;
    o.owner = maybe(rng, 70, DEPARTMENTS);
    o.status = rng.pick_vocab::<Status>();
    o
}

/// A metric linked to a stage, a touchpoint or an opportunity, with readings.
fn metric(rng: &mut Rng, ids: &mut Ids, map: &Map) -> Metric {
    let words = Lang::pick(rng).words();
    let kind = rng.pick_vocab::<MetricKind>();
    // In English whatever the interface language: generated maps are the same everywhere.
    let label = cjm_core::i18n::text(cjm_core::i18n::Lang::En, &kind.label_id(), &[]);
    let name = format!("{} – {}", label, rng.pick(words.things));
    let id = ids.make(IdKind::Metric, &name);
    let mut m = Metric::new(id, name, kind);
    m.measures = (*rng.pick(words.measures)).to_owned();
    for _ in 0..1 + rng.below(3) {
        let link = match rng.below(3) {
            0 if !map.stages.is_empty() => rng.pick(&map.stages).id.clone(),
            1 if !map.opportunities.is_empty() => rng.pick(&map.opportunities).id.clone(),
            _ if !map.touchpoints.is_empty() => rng.pick(&map.touchpoints).id.clone(),
            _ => continue,
        };
        if !m.links.contains(&link) {
            m.links.push(link);
        }
    }
    m.unit = maybe(rng, 80, UNITS);
    m.source = maybe(rng, 70, SOURCES);
    // Values are kept in tenths, so each is written and read back exactly.
    let baseline = rng.between(50, 900);
    let target = baseline + rng.between(-50, 100);
    if rng.chance(70) {
        m.baseline = Some(tenths(baseline));
        m.target = Some(tenths(target));
    }
    // Monthly readings that drift from the baseline towards the target.
    let start = plus_days(epoch(), rng.between(0, 200));
    let months = rng.below(13);
    let mut value = baseline;
    m.readings = (0..months)
        .map(|month| {
            value += (target - value) / 6 + rng.between(-15, 15);
            Reading {
                date: plus_days(start, 30 * month as i64),
                value: tenths(value),
            }
        })
        .collect();
    m
}

/// `cards` with each of `new_cards` after the last card of its stage (in
/// the order given), keeping the map grouped by stage; those of a stage
/// without cards go at the end, grouped by stage in order of first
/// appearance. The same as inserting them one by one after the stage's last
/// card, in one pass.
fn after_last_of_stage(
    cards: Vec<Shared<Touchpoint>>,
    new_cards: Vec<Shared<Touchpoint>>,
) -> Vec<Shared<Touchpoint>> {
    let mut out = Vec::with_capacity(cards.len() + new_cards.len());
    // The stages of the new cards in order of first appearance, and their cards.
    let mut order: Vec<Id> = Vec::new();
    let mut by_stage: HashMap<Id, Vec<Shared<Touchpoint>>> = HashMap::new();
    for t in new_cards {
        if !by_stage.contains_key(&t.stage) {
            order.push(t.stage.clone());
        }
        by_stage.entry(t.stage.clone()).or_default().push(t);
    }
    let mut last: HashMap<Id, usize> = HashMap::new();
    for (i, t) in cards.iter().enumerate() {
        last.insert(t.stage.clone(), i);
    }
    for (i, t) in cards.into_iter().enumerate() {
        let after = (last.get(&t.stage) == Some(&i))
            .then(|| by_stage.remove(&t.stage))
            .flatten();
        out.push(t);
        out.extend(after.unwrap_or_default());
    }
    for stage in order {
        out.extend(by_stage.remove(&stage).unwrap_or_default());
    }
    out
}

/// A later version of `map`, as after a day of a colleague's edits: about
/// one touchpoint in twenty changed (renamed, re-rated, a pain point added),
/// one in a hundred deleted (with the references to it) and one in a
/// hundred added, opportunities re-voted and metrics given a new reading.
/// The result is valid when `map` is; `seed` decides what changes.
pub fn revise(map: &Map, seed: u64) -> Map {
    let mut rng = Rng::new(seed);
    let mut out = map.clone();
    let mut ids = Ids::of(map);

    for t in &mut out.touchpoints {
        if !rng.chance(5) {
            continue;
        }
        let words = Lang::pick(&mut rng).words();
        match rng.below(4) {
            0 => t.name = touchpoint_name(&mut rng, words),
            1 => t.emotion = Emotion::new(rng.between(Emotion::MIN, Emotion::MAX)),
            2 => {
                let pain = *rng.pick(words.pains);
                if !t.pain_points.iter().any(|p| p == pain) {
                    t.pain_points.push(pain.to_owned());
                }
            }
            _ => t.evidence.push(evidence(&mut rng, words)),
        }
    }

    let removed: HashSet<Id> = out
        .touchpoints
        .iter()
        .filter(|_| rng.chance(1))
        .map(|t| t.id.clone())
        .collect();
    out.touchpoints.retain(|t| !removed.contains(&t.id));
    for o in &mut out.opportunities {
        o.touchpoints.retain(|id| !removed.contains(id));
    }
    for m in &mut out.metrics {
        m.links.retain(|id| !removed.contains(id));
    }

    let added = map.touchpoints.len() / 100;
    let mut new_cards: Vec<Shared<Touchpoint>> = Vec::new();
    for _ in 0..added {
        if out.touchpoints.is_empty() || out.stages.is_empty() {
            break;
        }
        let stage = rng.pick(&out.stages).id.clone();
        new_cards.push(touchpoint(&mut rng, &mut ids, stage, &out.personas).into());
    }
    out.touchpoints = after_last_of_stage(std::mem::take(&mut out.touchpoints), new_cards);

    for o in &mut out.opportunities {
        if rng.chance(10) {
            o.votes += 1 + rng.below(3) as u32;
        }
        if rng.chance(3) {
            o.status = rng.pick_vocab::<Status>();
        }
    }
    for m in &mut out.metrics {
        if rng.chance(20) {
            let date = m.readings.last().map_or(epoch(), |r| plus_days(r.date, 30));
            let last = m.readings.last().map_or(500, |r| (r.value * 10.0) as i64);
            let value = tenths(last + rng.between(-15, 15));
            m.readings.push(Reading { date, value });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_is_uniform_enough_and_never_out_of_range() {
        let mut rng = Rng::new(7);
        let mut counts = [0usize; 5];
        for _ in 0..10_000 {
            counts[rng.below(5)] += 1;
        }
        assert!(
            counts.iter().all(|&c| (1_800..2_200).contains(&c)),
            "{counts:?}"
        );
        assert_eq!(rng.below(0), 0);
        assert!((0..1000).all(|_| (-2..=2).contains(&rng.between(-2, 2))));
    }

    #[test]
    fn stage_sizes_add_up_to_the_total() {
        let mut rng = Rng::new(1);
        for total in [0, 1, 7, 100, 10_000] {
            let sizes = stage_sizes(&mut rng, 16, total);
            assert_eq!(sizes.len(), 16);
            assert_eq!(sizes.iter().sum::<usize>(), total);
        }
    }

    #[test]
    fn sizes_are_exact_and_proportions_hold() {
        let map = generate(1_000, 42);
        assert_eq!(map.touchpoints.len(), 1_000);
        assert_eq!(map.stages.len(), 16);
        assert_eq!(map.personas.len(), 12);
        assert_eq!(map.opportunities.len(), 400);
        assert_eq!(map.metrics.len(), 100);
        assert_eq!(map.personas.iter().filter(|p| p.primary).count(), 1);
        let tiny = generate(0, 1);
        assert!(tiny.touchpoints.is_empty());
        assert_eq!(tiny.stages.len(), 5);
        assert!(cjm_core::model::validate(&tiny).is_empty());
    }
    /// The ids of a generated map are what [`Id::generate`] gives when
    /// every item is added in turn, as before ids were made in linear time.
    #[test]
    fn ids_are_those_of_id_generate() {
        let map = generate(3_000, 7);
        let mut taken = HashSet::new();
        for (kind, id) in map.ids() {
            let name = match kind {
                IdKind::Persona => map.personas.iter().find(|p| p.id == *id).map(|p| &p.name),
                IdKind::Stage => map.stages.iter().find(|s| s.id == *id).map(|s| &s.name),
                IdKind::Touchpoint => map
                    .touchpoints
                    .iter()
                    .find(|t| t.id == *id)
                    .map(|t| &t.name),
                IdKind::Opportunity => map
                    .opportunities
                    .iter()
                    .find(|o| o.id == *id)
                    .map(|o| &o.title),
                IdKind::Metric => map.metrics.iter().find(|m| m.id == *id).map(|m| &m.name),
                _ => None,
            };
            let Some(name) = name else { continue };
            let expected = Id::generate(kind, name, |c| taken.contains(c));
            assert_eq!(*id, expected);
            taken.insert(expected);
        }
        assert!(taken.len() > 4_000);
    }

    /// New cards of a revision sit after the last card of their stage, as
    /// when each is inserted there in turn; a stage without cards gets its
    /// new cards at the end.
    #[test]
    fn revised_cards_are_placed_as_if_inserted_one_by_one() {
        let card = |id: &str, stage: &str| {
            Shared::new(Touchpoint {
                id: Id::new(id),
                stage: Id::new(stage),
                ..Touchpoint::default()
            })
        };
        let cards = vec![
            card("a1", "a"),
            card("b1", "b"),
            card("a2", "a"),
            card("c1", "c"),
        ];
        let new_cards = vec![
            card("x1", "x"),
            card("a3", "a"),
            card("y1", "y"),
            card("c2", "c"),
            card("x2", "x"),
            card("a4", "a"),
        ];
        let mut one_by_one = cards.clone();
        for t in new_cards.clone() {
            let at = one_by_one
                .iter()
                .rposition(|c| c.stage == t.stage)
                .map_or(one_by_one.len(), |i| i + 1);
            one_by_one.insert(at, t);
        }
        let ids = |cards: &[Shared<Touchpoint>]| {
            cards.iter().map(|t| t.id.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(
            ids(&after_last_of_stage(cards, new_cards)),
            ids(&one_by_one)
        );
        assert_eq!(
            ids(&one_by_one),
            ["a1", "b1", "a2", "a3", "a4", "c1", "c2", "x1", "x2", "y1"]
        );
    }
}
