"""crisisplan: joint crisis plans and "need to know" sharing (Mental Health Crisis Care Concordat B8)."""

__version__ = "0.1.0"
