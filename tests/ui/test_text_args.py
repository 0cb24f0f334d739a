"""fill(): placeholders of a translated string are replaced in one pass, so a value that itself
contains "%2" (a file or model name can) is never read as a placeholder."""

from app.ui.text_args import fill


def test_a_value_holding_a_placeholder_is_kept_as_it_is():
    assert fill("Delete %1 (%2) from the library?", "odd-%2-name.gguf", "1.0 GB") == (
        "Delete odd-%2-name.gguf (1.0 GB) from the library?"
    )
    # what chained str.replace gave: the name's "%2" replaced by the size
    chained = "Delete %1 (%2) from the library?".replace("%1", "odd-%2-name.gguf").replace("%2", "1.0 GB")
    assert chained != fill("Delete %1 (%2) from the library?", "odd-%2-name.gguf", "1.0 GB")


def test_order_in_the_translation_may_differ_and_missing_values_stay_visible():
    assert fill("%2 : %1", "a", "b") == "b : a"
    assert fill("%1 of %3", 1) == "1 of %3"
    assert fill("Checking... %1%", 40) == "Checking... 40%"
