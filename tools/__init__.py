"""Developer tooling for WPZF (sample data, demo helpers); kept out of the plugin zip."""
