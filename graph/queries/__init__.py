"""All the project's Cypher: the API's reads, the writer's, the run log's, the hash's, the schema's."""
