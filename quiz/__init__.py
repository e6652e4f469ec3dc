"""factquiz: a fact-checking quiz for the terminal."""

__version__ = "0.1.0"
