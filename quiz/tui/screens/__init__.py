"""One screen per step: sets, question (with its feedback), source, results; and help."""
