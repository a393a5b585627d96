"""`zodiac`: the command line for people: run the stack, migrate, and call the services."""
