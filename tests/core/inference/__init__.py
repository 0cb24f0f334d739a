"""Tests of app/core/inference."""
