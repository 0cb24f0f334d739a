"""The errors a download can end with, and the transient failure that is retried."""

from __future__ import annotations


# ------------------------------------------------------------------ errors
class DownloadError(Exception):
    """A download failed; the message is one readable line. ``kind`` sorts failures for the UI."""

    kind = "other"


class NotEnoughSpaceError(DownloadError):
    kind = "space"


class ChecksumMismatchError(DownloadError):
    kind = "checksum"


class DownloadBusyError(DownloadError):
    kind = "busy"


class DownloadStopped(Exception):
    """The transfer stopped because the user paused or cancelled it (not a failure)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class TooSlowError(DownloadError):
    """The server sent too little for too long; the partial file is kept for a later resume."""

    kind = "slow"


class Transient(Exception):
    """A failure worth retrying (network drop, timeout, 5xx)."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after
