"""All Qt code of Offline Reader; ``reader.core`` never imports it."""
