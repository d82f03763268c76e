# What an undo or a redo changed.
