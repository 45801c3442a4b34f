"""What every stage uses: the settings, the error family, DuckDB helpers, durable writes, a full disk
said as such, and the storage version of the warehouse file.
"""
