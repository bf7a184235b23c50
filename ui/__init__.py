"""The judgment dock (判定面板) and its widgets. Layouts are .ui files loaded at run time; logic lives in core/."""
