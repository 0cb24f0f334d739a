"""Tests of app/core/history."""
