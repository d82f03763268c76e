# The session: saving files, the file on disk changing, edits, recovery copies.

## Saving a file

save-symlink-loop = { $path } is a loop of symbolic links
save-is-directory = the path is a directory
save-not-regular = { $path } is not a regular file (a FIFO, a device or a socket), so cjm does not replace it
save-read-only = the file is read-only
# $kept: none (neither owner nor group kept) or group (the group kept)
save-owner-changed = the file belonged to user { $user } and group { $group }; cjm may not keep { $kept ->
    [group] that owner
   *[none] that owner and group
} on the new copy, so it now belongs to user { $new_user } and group { $new_group }

## The map's file read again

ondisk-not-regular = this is { $what } now, not a regular file
ondisk-conflict-markers = the file has git merge-conflict markers (<<<<<<<); finish the merge first
ondisk-invalid = the file is not a valid map any more; `cjm check` shows why
ondisk-not-utf8 = the file is not UTF-8 text any more
ondisk-not-a-map-at = it is not a valid map any more (line { $line }: { $problem })
ondisk-not-a-map-because = it is not a valid map any more ({ $problem })
ondisk-not-a-map = it is not a valid map any more
ondisk-cannot-check = cannot read the file to check that nobody changed it: { $problem }
ondisk-no-longer-regular = { $path } is not a regular file any more ({ $what })
ondisk-folder-read-only = the folder { $folder } is read-only
ondisk-folder-shared = the folder { $folder } is shared (sticky): only the owner of { $file } may replace it; save under another name
ondisk-permission-denied = permission denied: your user may not create files in the folder { $folder }
ondisk-read-only-filesystem = the disk is mounted read-only
ondisk-full = the disk is full
ondisk-quota = your disk quota is used up
ondisk-no-folder = the folder { $folder } does not exist
ondisk-not-a-folder = { $folder } is not a folder, so nothing can be saved in it
ondisk-already-exists = { $path } already exists, and cjm never overwrites another file
ondisk-is-a-folder = { $path } is a folder

## The editor of a field: why the typed text is no value (shown while typing)

edit-item-gone = belongs to an item that no longer exists
edit-choice-required = choose one of the values
edit-read-only = ids never change, so references and merges survive renames
edit-not-a-choice = one of: { $allowed }
edit-too-small = a whole number, { $min } or more
edit-out-of-range = a whole number from { $min } to { $max }
edit-not-a-number = a number such as 42 or 3.5
edit-not-yes-or-no = yes or no
edit-not-a-date = `{ $text }` is not a date; write YYYY-MM-DD, e.g. 2026-03-31
# $kind is a load-noun
edit-wrong-kind = `{ $id }` is a { $kind }
edit-unknown-id-near = no `{ $id }`; did you mean `{ $near }`?
edit-unknown-id = no `{ $id }`; known: { $known }
edit-no-source = line { $line }: start with a source ({ $sources }), then `: note`
edit-not-a-reading = line { $line }: write `YYYY-MM-DD value`, e.g. 2026-03-31 42
edit-on-line = line { $line }: { $problem }
edit-reading-not-a-number = line { $line }: `{ $value }` is not a number
edit-bad-link = line { $line }: { $problem }; write `address title`
edit-unknown-department-near = no department `{ $name }`; did you mean { $near }?
edit-unknown-department = no department `{ $name }`; add it to the departments first

## Recovery copies: kept when the app stops with unsaved changes.
## $what is farewell-yours or farewell-found-earlier.

rescue-kept = cjm: { $what } kept in a recovery copy:
    {"  "}{ $at }
    To get them back, run `cjm { $file }` again and choose “restore”.
rescue-write-failed = cjm: could not write the recovery copy { $at } ({ $error }); the unsaved changes to { $file } are lost
rescue-no-folder-lost = cjm: no data folder is known (is HOME set?), so the unsaved changes to { $file } could not be kept
rescue-no-data-folder = no data folder is known (is HOME set?)
rescue-unreachable = cjm: the unsaved changes could not be reached; a recovery copy is written every few seconds while there are unsaved changes, and the latest, if any, is in the data folder
rescue-writer-failed = the recovery copy could not be written (an error in cjm); save the map to keep the changes
rescue-writer-sealed = cjm is ending: the last recovery copy is written by the rescue
recovery-not-a-folder = { $folder } is not a folder
recovery-folder-not-private = { $folder } can be read by other users; make it private (chmod 700) to keep recovery copies there
recovery-not-a-map = not a valid map
