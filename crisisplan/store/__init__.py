"""crisisplan.store"""
