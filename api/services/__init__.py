"""The local services `kg` runs: the project's Neo4j server and the API, on one process helper."""
