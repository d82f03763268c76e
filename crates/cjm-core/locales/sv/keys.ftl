# Key bindings: action names and descriptions, help and footer.

## What each action does (help, the command palette): action-<config name>

action-help = Visa eller dölj den här hjälpen
action-quit = Avsluta (frågar om det finns osparade ändringar)
action-save = Spara kartan
action-save-as = Spara kartan som en annan fil (och fortsätt redigera den)
action-left = Välj fasen till vänster
action-right = Välj fasen till höger
action-up = Välj objektet ovanför
action-down = Välj objektet nedanför
action-add = Lägg till något här (kontaktpunkt, persona, förbättringsmöjlighet…)
action-add-stage = Lägg till en fas efter den valda
action-edit = Öppna det valda objektet / redigera fältet
action-delete = Ta bort det valda objektet (frågar) / töm ett fält
action-undo = Ångra den senaste ändringen
action-redo = Gör om det som ångrades
action-move-to-previous-stage = Flytta kortet (eller fasen) åt vänster
action-move-to-next-stage = Flytta kortet (eller fasen) åt höger
action-move-up = Flytta kortet eller raden uppåt
action-move-down = Flytta kortet eller raden nedåt
action-cancel = Avbryt / stäng
action-emotion-very-negative = Bedöm känslan -2 (mycket negativ)
action-emotion-negative = Bedöm känslan -1 (negativ)
action-emotion-neutral = Bedöm känslan 0 (neutral)
action-emotion-positive = Bedöm känslan +1 (positiv)
action-emotion-very-positive = Bedöm känslan +2 (mycket positiv)
action-view-board = Tavla: faser och rader
action-view-curve = Känslokurva, stor
action-view-opportunities = Förbättringsmöjligheter: effekt × insats
action-view-personas = Personor
action-view-metrics = Mätetal
action-view-inventory = Vem i företaget möter kunden (avdelning × fas)
action-view-overview = Karta, mål och team
action-view-checks = Workshopkontroller och sammanslagningskonflikter
action-view-compare = Jämför med kartan som den här bygger på
action-item-history = Det valda objektets historik från git / tillbaka till dess fält
action-find = Hitta vad som helst på namn eller text
action-palette = Kommandopalett: varje åtgärd på namn
action-filter-persona = Filter: nästa personas kundresa
action-filter-channel = Filter: nästa kanal
action-filter-owner = Filter: nästa ägande avdelning
action-clear-filters = Visa allt (rensa filter)
action-next-step = Workshop: nästa steg (sparar kartan)
action-previous-step = Workshop: föregående steg (sparar kartan)
action-jump-to-step = Workshop: gå till ett steg
action-timer = Workshop: starta eller pausa tidsramen
action-next-voter = Röstning: nästa deltagare
action-previous-voter = Röstning: föregående deltagare
action-add-dot = Röstning: ge den valda idén en prick
action-remove-dot = Röstning: ta tillbaka en prick
action-scroll-step-down = Workshop: bläddra ned i stegets frågor eller granskningens anmärkningar
action-scroll-step-up = Workshop: bläddra upp i stegets frågor eller granskningens anmärkningar
action-park-idea = Workshop: parkera en idé på parkeringsplatsen, från vilket steg som helst
action-new-line = I ett textfält: börja en ny rad
action-page-up = Bläddra upp en sida
action-page-down = Bläddra ned en sida

## The help's sections: group-<group>

group-general = Allmänt
group-move-around = Förflytta dig
group-edit-the-map = Redigera kartan
group-rate-emotions = Bedöm känslor
group-views = Vyer
group-filters = Filter
group-workshop = Workshop
group-edit-a-field = Redigera ett fält
group-scroll = Bläddra

## The keymaps' modes

mode-board = Tavla och vyer
mode-form = Formulär – navigera
mode-form-edit = Formulär – redigera ett fält
mode-help = Hjälp
mode-board-about = Bokstäver kör kommandon.
mode-form-about = En bokstav börjar redigera det valda textfältet med den bokstaven; på ett val gör den inget annat än att säga hur det ändras. Kommandon ligger på tangenter som inte skrivs av misstag.
mode-form-edit-about = Allt du skriver hamnar i fältet.
mode-form-cancel = Stäng formuläret
mode-form-edit-field = Redigera det valda fältet
mode-form-up = Välj fältet ovanför
mode-form-down = Välj fältet nedanför
mode-form-left = Ändra ett val eller minska värdet
mode-form-right = Ändra ett val eller öka värdet
mode-form-delete = Töm det valda fältet
mode-form-edit-accept = Godta texten
mode-form-edit-cancel = Sluta redigera (frågar först om texten ändrats)
mode-help-up = Bläddra uppåt
mode-help-down = Bläddra nedåt
mode-help-close = Stäng hjälpen

## The footer's short hints

hint-field = fält
hint-change = ändra
hint-clear = töm
hint-edit = redigera
hint-accept = godta
hint-cancel = avbryt
hint-scroll = bläddra
hint-page = sida
hint-close = stäng
hint-new-line = ny rad
hint-park = parkera
hint-help = hjälp
hint-add = ny
hint-delete = ta bort
hint-find = sök
hint-undo = ångra
hint-save = spara
hint-history = historik
hint-fields = fält
hint-back = tillbaka
hint-quit = avsluta

## The help screen

help-or = { " " }eller{ " " }
help-title = { " " }Hjälp – { $close } stänger{ " " }
help-title-mode = { " " }Hjälp: { $mode } – { $close } stänger{ " " }
help-lines-more = rad { $first }–{ $last } av { $total } · { $keys } mer
help-lines-end = rad { $first }–{ $last } av { $total } · slut · { $keys } tillbaka

## The config file's keys

key-not-a-key = `{ $text }` är ingen tangent; skriv t.ex. "q", "H", "ctrl-s", "alt-enter", "esc", "left", "f2"

# Dialog modes: finder and palette, home, picker, name prompt, merge conflict.
mode-finder = Sök och kommandopalett
mode-home = Startskärm
mode-picker = Väljare
mode-prompt = Skriva ett namn
mode-conflict = Sammanslagningskonflikt
mode-combine = Sammanslagningskonflikt – kombinerat värde
mode-list-about = Det du skriver smalnar av listan (accenter och versaler spelar ingen roll); Backsteg tar bort en bokstav.
mode-text-about = Allt du skriver hamnar i texten.
mode-conflict-about = Alla andra tangenter lämnar konflikten öppen för att avgöras senare.
mode-list-up = Markera raden ovanför
mode-list-down = Markera raden nedanför
mode-home-open = Öppna kartan, eller skapa den från mallen eller exemplet
mode-home-quit = Avsluta
mode-list-page-up = Flytta upp tio rader
mode-list-page-down = Flytta ner tio rader
mode-finder-go = Gå till det markerade / kör kommandot
mode-close-unchanged = Stäng utan ändring
mode-picker-choose = Välj; i ett listfält godkänn de markerade; på ”ny avdelning…” namnge en
mode-prompt-accept = Godkänn namnet
mode-conflict-later = Avgör senare (konflikten förblir öppen)
mode-combine-settle = Lös konflikten med det här värdet
mode-combine-back = Tillbaka till frågan
mode-dialog-help = Visa tangenterna i den här dialogen
hint-opens = öppnar
hint-quits = avslutar
hint-settle = löser konflikten med det här värdet
hint-keep-ours = behåll vårt
hint-take-theirs = ta deras
hint-combine-ours = kombinera, utgå från vårt
hint-combine-theirs = från deras
group-lists = Listor
group-merge-conflicts = Sammanslagningskonflikter
action-first = Gå till första raden
action-last = Gå till sista raden
action-mark = Markera eller avmarkera raden (ett listfält tar alla markerade)
action-clear-query = Rensa det du skrivit
action-take-ours = Behåll vår sida av konflikten
action-take-theirs = Ta deras sida av konflikten
action-combine-ours = Kombinera värdena, utgå från vårt
action-combine-theirs = Kombinera värdena, utgå från deras
conflict-any-other-key = { $keys } · annan tangent: avgör senare
action-view-blueprint = Tjänsteritning (service blueprint) för steget, bana för bana
action-toggle-blueprint = Visa eller dölj ritningens banor på tavlan
action-open-link = Öppna det markerade objektets länk (välj om det finns flera)
action-migrate = Flytta en karta från schema 1 till schema 2 (frågar först)
