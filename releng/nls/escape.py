#!/usr/bin/env python3
"""Writes a .properties file with every non-ASCII character as a \\uXXXX escape (NLS reads ISO-8859-1).

Usage: escape.py < utf8-input > output.properties
"""
import sys

text = sys.stdin.read()
sys.stdout.write(''.join(c if ord(c) < 128 else '\\u%04x' % ord(c) for c in text))
