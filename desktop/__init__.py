"""GCM Archive: a desktop archive of news articles on the Global Compact for Migration."""

__version__ = "0.1.0"
