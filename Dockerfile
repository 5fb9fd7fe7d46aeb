# The API image for docker-compose.yml: the project installed with its pinned dependencies, and data/.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY ontology ontology
COPY graph graph
COPY loaders loaders
COPY api api
COPY data data
RUN pip install --no-cache-dir -c constraints.txt . && useradd --system kg && chown -R kg /app
USER kg
EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
