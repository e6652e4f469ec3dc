"""The style of the dialogs and the help page, kept with them: read when one is first shown."""

DIALOG_CSS = """
.dialog, HelpScreen {
    align: center middle;
}
.dialog-box, #help-box {
    width: 64;
    max-width: 100%;
    height: auto;
    max-height: 100%;
    padding: 1 2;
    border: thick $primary;
    background: $surface;
}
#help-box {
    width: 84;
    height: 90%;
}
#help-body {
    height: 1fr;
}
.dialog-title {
    text-style: bold;
    margin-bottom: 1;
}
.dialog-buttons {
    height: auto;
    margin-top: 1;
    align-horizontal: right;
}
.dialog-buttons Button {
    margin-left: 1;
}
#tag-list {
    height: auto;
    max-height: 16;
}
.dialog-hint {
    color: $text-muted;
}
"""
