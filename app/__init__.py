"""Hearth: an offline desktop chat application for Google's open Gemma models."""

__version__ = "0.1.0"
APP_NAME = "Hearth"
