"""Tests of app/core/models."""
