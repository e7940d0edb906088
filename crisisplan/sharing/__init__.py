"""crisisplan.sharing"""
