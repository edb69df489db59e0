"""Windtunnel: an offline workbench for wind-tunnelling policy options on influence maps."""

__version__ = "0.1.0"
