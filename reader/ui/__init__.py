"""The desktop window: all Qt code lives here, on top of the Qt-free core.

Data flows one way: importers write the store, models read it (through
:class:`reader.ui.services.library.Library`), views show the models.
"""
