"""Data files shipped inside the windtunnel package: JSON Schema, icons, themes, help."""
