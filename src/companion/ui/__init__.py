"""The Qt Widgets user interface: the main window, its pages, dialogs and item models."""
