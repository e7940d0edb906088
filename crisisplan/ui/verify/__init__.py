"""Checking a crisis card offline: the verify dialog and its status banner."""
