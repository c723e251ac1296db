"""One module per ``canmex`` sub-command; see ``flows.cli``."""
