"""crisisplan.forms"""
