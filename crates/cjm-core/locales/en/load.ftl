# Loading a map: errors in the file, with their hints.
