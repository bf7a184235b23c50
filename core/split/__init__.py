"""Splitting patches into parts along reference boundaries."""
