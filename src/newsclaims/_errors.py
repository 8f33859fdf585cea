"""Errors that ``parse_article`` raises, each documented in ``docs/errors.md``.

``parse_article`` never raises on a ``str`` by itself; the errors here are
raised only for limits the caller chose to set.
"""

from __future__ import annotations

__all__ = ["InputTooLongError"]


class InputTooLongError(ValueError):
    """The text is longer than the ``max_length`` the caller set.

    A ``ValueError``, so code that already handles bad values handles it.

    Attributes:
        length: the length of the text, in characters (code points).
        max_length: the limit the caller set.
    """

    def __init__(self, length: int, max_length: int) -> None:
        super().__init__(f"text has {length:,} characters, more than max_length={max_length:,}")
        self.length = length
        self.max_length = max_length

    def __reduce__(self) -> tuple[type[InputTooLongError], tuple[int, int]]:
        # Picklable with its own arguments, so it survives a process pool.
        return (type(self), (self.length, self.max_length))
