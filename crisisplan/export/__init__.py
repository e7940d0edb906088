"""crisisplan.export"""
