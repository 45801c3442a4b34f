"""Prefect tasks: thin wrappers that give the plain functions in etl/ retries, names and logs."""
