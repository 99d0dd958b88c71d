"""One module per `kam` command, each exposing `command`. Thin: options in, one call, done."""
