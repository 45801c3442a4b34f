"""The rules, each defined once, in Python: text folding, money units, places, periods and stages,
headers, row kinds. SQL applies what etl/normalize/sql_rules.py derives from them.
"""
