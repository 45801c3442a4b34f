"""What one run knows about its publications as it goes (prepared, then an outcome), and the progress
lines of a long load.
"""
