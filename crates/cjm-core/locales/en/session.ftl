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
