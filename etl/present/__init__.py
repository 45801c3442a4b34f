"""What people read: the analyst report, Data Docs, exports, the data dictionary, the run summary,
the status of each source and the terminal's tables. Nothing here changes what a version loads
(etl/warehouse/fingerprint.py leaves this folder out of the code fingerprint).
"""
