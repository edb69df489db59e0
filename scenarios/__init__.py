"""The bundled model files (*.wtm), shipped inside the windtunnel package."""
