"""What an article is made of once cleaned: cleaning and sanitizing, its rules,
links, media, plain text, and the HTML shown.
"""
