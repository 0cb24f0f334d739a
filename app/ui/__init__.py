"""Hearth's Qt Widgets front end: a thin layer over :mod:`app.core`."""
