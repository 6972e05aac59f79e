"""What every page type builds on: the blocks all pages share and the testimonials they quote.

`home` and `cases` both build on this layer; it depends on neither.
"""
