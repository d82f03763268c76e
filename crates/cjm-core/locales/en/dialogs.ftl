# The keys of the dialogs: the recovery copy, the file changed on disk, the
# merge preview, the map open in another cjm, the difference view, and the
# quit, delete and migrate questions (help, docs/keys.md, the footer).

group-dialogs = Dialogs
action-restore = Restore the unsaved changes from the recovery copy
action-show-difference = Show the difference between the two versions
action-discard = Discard the unsaved changes (asked twice)
action-merge = Merge the file on disk with your changes (a preview first)
action-reload = Reload the file from disk, dropping your changes (asked twice)
action-overwrite = Overwrite the file on disk with your version (asked twice)
action-open-read-only = Open read-only: saving goes only to another file
action-open-anyway = Open it anyway
action-yes = Yes
action-no = No

mode-recovery = Recovery copy found
mode-disk-changed = File changed on disk
mode-merge-preview = Merge preview
mode-opened-elsewhere = Open in another cjm
mode-difference = Difference
mode-quit-question = Quit without saving?
mode-delete-question = Delete?
mode-migrate-question = Migrate to schema 2
mode-question-about = Any other key leaves the question open.
mode-question-no-about = Any other key answers no.
mode-scrolled-about = The text scrolls; nothing changes until you answer the question behind it.
mode-recovery-quit = Quit and decide later (the recovery copy stays)
mode-recovery-cancel = Back from "discard them for good?"; the question itself waits for an answer
mode-recovery-discard = Discard the recovery copy for good (asked twice)
mode-disk-save = Save the map again where the file was (when it is gone)
mode-disk-save-as = Keep yours: save it as another file
mode-disk-cancel = Close the question without saving
mode-merge-preview-merge = Merge (keeps both; saving is up to you)
mode-dialog-back = Back to the question
mode-scroll-top = Go to the top
mode-scroll-bottom = Go to the bottom
mode-elsewhere-quit = Quit and leave the map to the other cjm
mode-quit-quit = Quit without saving (a recovery copy keeps the changes when one could be written)
mode-quit-save = Save (retry when saving failed)
mode-quit-save-as = Save as another file
mode-quit-discard = Discard the changes and quit, when they could not be kept anywhere (asked twice)
mode-question-no = No: stay
mode-delete-yes = Delete the item
mode-migrate-yes = Yes: migrate; for a pair of names, one department
mode-migrate-no = No: not now; for a pair of names, two departments
mode-migrate-cancel = Stop; the map stays as it is
hint-no = no
