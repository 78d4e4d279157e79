"""The bundled demo: a sample dump written for dateline, and a readable summary of it."""
