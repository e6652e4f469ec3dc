"""The quiz app (Textual). The only part of factquiz that imports textual."""
