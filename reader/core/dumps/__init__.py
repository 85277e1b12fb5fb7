"""The saved ``.txt`` article dumps: finding and reading the files, parsing
records, importing them in parallel; export file names.
"""
