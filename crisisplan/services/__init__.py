"""crisisplan.services"""
