#!/usr/bin/env python3
"""Writes a UTF-8 properties file as ISO-8859-1 with \\uXXXX escapes (what NLS reads): native2ascii.py in out"""
import sys

with open(sys.argv[1], encoding="utf-8") as source:
    text = source.read()
with open(sys.argv[2], "w", encoding="ascii") as target:
    target.write("".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text))
