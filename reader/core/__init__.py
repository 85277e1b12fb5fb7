"""The Qt-free domain of Offline Reader: parsing, cleaning, the store, import, feeds."""
