"""The Qt user interface: thin widgets over desktop.core."""
