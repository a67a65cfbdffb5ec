"""One module per subcommand; each has ``register(subparsers, shared_parent, said)``, said translating its help."""
