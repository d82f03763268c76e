# The terminal app: board, views, dialogs, palette.
