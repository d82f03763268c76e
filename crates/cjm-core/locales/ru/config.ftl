# The config file: its warnings.
