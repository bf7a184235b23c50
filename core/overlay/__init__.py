"""The overlay engine: patches cut by reference layers, ellipsoidal areas, validity terms."""
