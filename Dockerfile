# Image for compose.yaml: one image, several process types (web, workers, beat).
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_PYTHON_DOWNLOADS=never UV_LINK_MODE=copy \
    PATH="/app/.venv/bin:$PATH"
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/* && pip install --no-cache-dir uv && useradd -m portal
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --locked --no-dev --no-install-project
COPY . .
RUN python manage.py compile_catalogues \
    && DJANGO_SETTINGS_MODULE=portal.settings.dev python manage.py collectstatic --noinput -v0 \
    && chown -R portal /app/var
USER portal
EXPOSE 8000
CMD ["gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"]
