"""Pure logic over the brief: no I/O, no documents."""
