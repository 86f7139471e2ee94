"""Import of article files into an archive (the text and metadata of each file come from
:mod:`desktop.core.extract`), and the demo corpus."""
