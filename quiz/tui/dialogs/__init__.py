"""Small modal dialogs: confirm, pick a tag."""
