"""Date and number formats of the site languages Django has none for
(settings.FORMAT_MODULE_PATH)."""
