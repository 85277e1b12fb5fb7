"""PDF export and printing: Qt without widgets, so the command line exports without a window."""
