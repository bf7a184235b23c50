"""Processing provider `wpzf` and its algorithms (one file per algorithm: alg_<id>.py)."""
