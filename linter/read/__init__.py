"""Readers that turn a file's bytes into paragraphs: `docx` reads Word files with lxml.

Kept free of imports so that `linter.containers` may use `linter.read.xml` without a cycle.
"""
