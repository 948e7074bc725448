"""The fault suite (QUALITY I1–I6, H1, H3): real processes, private services."""
