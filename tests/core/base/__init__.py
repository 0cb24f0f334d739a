"""Tests of app/core/base."""
