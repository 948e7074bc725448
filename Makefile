# The two commands of the quick start are `make run` and `make test`; the rest is for developers.
SHELL := /bin/bash
PYTHON ?= python3.11
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
VENV_PY := .venv/bin/python
MANAGE := $(VENV_PY) manage.py

.PHONY: run test install uv lint format messages ci bench check-deploy clean

uv:
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || \
		$(PYTHON) -m pip install --quiet --disable-pip-version-check uv

install: uv
	@$(UV) sync --python $(PYTHON) --locked --quiet
	@$(MANAGE) compile_catalogues -v0 >/dev/null

## run: the whole portal with demo content: web, worker and beat (Ctrl-C stops all three)
run: install
	@$(MANAGE) migrate --noinput -v0
	@$(MANAGE) seed_demo --quiet
	@echo ""
	@echo "  Portal:  http://127.0.0.1:$${PORTAL_PORT:-8000}/   (redirects to /ja/)"
	@echo "  Admin:   http://127.0.0.1:$${PORTAL_PORT:-8000}/admin/"
	@echo "  Login:   demo-officer / Demo#Officer2026"
	@echo "           The first sign-in asks you to set up an authenticator app (two-step verification)."
	@echo "  Mail:    written to var/mail/"
	@echo "  Stop:    Ctrl-C"
	@echo ""
	@$(VENV_PY) -m honcho start -f Procfile

## test: the whole test suite (set DATABASE_URL, CELERY_BROKER_URL and REDIS_URL to use real services)
test: install
	@$(VENV_PY) -m pytest $(PYTEST_ARGS)

lint: install
	@$(VENV_PY) -m ruff check .
	@$(VENV_PY) -m ruff format --check .

format: install
	@$(VENV_PY) -m ruff check --fix .
	@$(VENV_PY) -m ruff format .

## messages: refresh the catalogues of all eight languages from the code
messages: install
	@for l in ja en zh_Hant zh_Hans ko es pt tl; do \
		$(MANAGE) makemessages -l $$l --ignore='.venv/*' --ignore='var/*' --ignore='tests/*' --no-obsolete -v0; \
	done

check-deploy: install
	@DJANGO_SETTINGS_MODULE=portal.settings.production \
	DJANGO_SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=portal.example.jp \
	DATABASE_URL=postgres://portal@127.0.0.1:5432/portal \
		$(MANAGE) check --deploy --fail-level WARNING

bench: install
	@$(VENV_PY) -m tests.bench

## ci: what .ci/run runs once services are up
ci: lint check-deploy
	@$(MANAGE) makemigrations --check --dry-run -v1
	@$(MANAGE) compilemessages --ignore='.venv/*' -v0
	@$(MAKE) --no-print-directory test

clean:
	rm -rf var/ .pytest_cache .ruff_cache
