"""Exit statuses shared by the commands (a module of its own so commands need not import the app)."""

#: Every document was coded but some inputs were skipped as bad.
EXIT_SKIPPED = 3
