"""The review states the reads leave out unless asked: shared by the reads, the reviews and the read model."""

from __future__ import annotations

# Facts the read endpoints leave out unless asked (`?include=rejected`): a corrected one is shown by
# the fact that corrects it.
HIDDEN_STATES = ("rejected", "corrected")


def hidden_states(include_rejected: bool) -> list[str]:
    """The review states a read leaves out."""
    return [] if include_rejected else list(HIDDEN_STATES)
