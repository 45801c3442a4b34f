"""`gdmp`: the one command line of the pipeline (gdmp/cli.py). `python -m gdmp` runs it too."""
