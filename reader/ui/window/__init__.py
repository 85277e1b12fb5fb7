"""The main window: its panes and layouts, and every command as an action."""
