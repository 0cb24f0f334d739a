"""Hearth's benchmarks: each measures Hearth against a baseline side by side in one run and prints
a table of ratios. Run them all with ``make bench`` (``python -m bench``); see bench/RESULTS.md."""
