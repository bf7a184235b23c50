"""Pure-Python rules of 卫片执法: field names, categories, policy, checks.

Nothing in this package imports Qt or QGIS, so it can be tested and reused anywhere.
"""
