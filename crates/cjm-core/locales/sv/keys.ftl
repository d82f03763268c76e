# Key bindings: action names and descriptions, help and footer.
