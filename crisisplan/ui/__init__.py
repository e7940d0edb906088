"""crisisplan.ui"""
