# Tangenterna i dialogerna: återställningskopian, filen ändrad på disk,
# förhandsvisningen av en sammanslagning, kartan öppen i en annan cjm,
# skillnadsvyn och frågorna om att avsluta, ta bort och migrera (hjälpen,
# docs/keys.md, sidfoten).

group-dialogs = Dialoger
action-restore = Återställ de osparade ändringarna från återställningskopian
action-show-difference = Visa skillnaden mellan de två versionerna
action-discard = Kasta de osparade ändringarna (frågas två gånger)
action-merge = Slå samman filen på disk med dina ändringar (förhandsvisning först)
action-reload = Ladda om filen från disk och släpp dina ändringar (frågas två gånger)
action-overwrite = Skriv över filen på disk med din version (frågas två gånger)
action-open-read-only = Öppna skrivskyddad: det går bara att spara till en annan fil
action-open-anyway = Öppna ändå
action-yes = Ja
action-no = Nej

mode-recovery = Återställningskopia hittad
mode-disk-changed = Filen ändrades på disk
mode-merge-preview = Förhandsvisning av sammanslagningen
mode-opened-elsewhere = Öppen i en annan cjm
mode-difference = Skillnad
mode-quit-question = Avsluta utan att spara?
mode-delete-question = Ta bort?
mode-migrate-question = Migrera till schema 2
mode-question-about = Alla andra tangenter lämnar frågan öppen.
mode-question-no-about = Alla andra tangenter svarar nej.
mode-scrolled-about = Texten går att bläddra i; inget ändras förrän du svarar på frågan bakom.
mode-recovery-quit = Avsluta och bestäm senare (återställningskopian finns kvar)
mode-recovery-cancel = Tillbaka från ”kasta dem för gott?”; själva frågan väntar på ett svar
mode-recovery-discard = Kasta återställningskopian för gott (frågas två gånger)
mode-disk-save = Spara kartan igen där filen låg (när den är borta)
mode-disk-save-as = Behåll din: spara den som en annan fil
mode-disk-cancel = Stäng frågan utan att spara
mode-merge-preview-merge = Slå samman (behåller båda; att spara är upp till dig)
mode-dialog-back = Tillbaka till frågan
mode-scroll-top = Gå till början
mode-scroll-bottom = Gå till slutet
mode-elsewhere-quit = Avsluta och lämna kartan åt den andra cjm
mode-quit-quit = Avsluta utan att spara (en återställningskopia behåller ändringarna om den kunde skrivas)
mode-quit-save = Spara (försök igen när det inte gick att spara)
mode-quit-save-as = Spara som en annan fil
mode-quit-discard = Kasta ändringarna och avsluta, när de inte kunde behållas någonstans (frågas två gånger)
mode-question-no = Nej: stanna
mode-delete-yes = Ta bort objektet
mode-migrate-yes = Ja: migrera; för ett par namn, en avdelning
mode-migrate-no = Nej: inte nu; för ett par namn, två avdelningar
mode-migrate-cancel = Avbryt; kartan förblir som den är
hint-no = nej
