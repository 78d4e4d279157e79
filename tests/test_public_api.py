import dateline


def test_all_is_sorted_and_complete():
    assert dateline.__all__ == sorted(dateline.__all__)
    for name in dateline.__all__:
        assert hasattr(dateline, name), name
