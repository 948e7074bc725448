# The two commands of the quick start are `make run` and `make test`; the rest is for developers.
SHELL := /bin/bash
PYTHON ?= python3.11
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
VENV_PY := .venv/bin/python
MANAGE := $(VENV_PY) manage.py

.PHONY: run test install node-tools uv lint format messages ci bench soak faults check-deploy audit clean

uv:
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || \
		$(PYTHON) -m pip install --quiet --disable-pip-version-check uv

install: uv
	@$(UV) sync --python $(PYTHON) --locked --quiet
	@$(MANAGE) compile_catalogues -v0 >/dev/null

## node-tools: the test suite's npm development tools (package.json: the Nu HTML Checker, run by
## Java). Only `make test` asks for them, and without npm it goes on (the HTML validity test then
## skips, or fails under REQUIRE_SERVICES=1): `make run` needs no Node.js. --ignore-scripts: the
## vnu-jar package would otherwise try to download a Java runtime of its own; Debian's is used.
node-tools: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the HTML validity test needs it (apt-get install npm), then make test"; fi

## run: the whole portal with demo content: web, worker and beat (Ctrl-C stops all three).
## portal/supervise.py runs the Procfile: a process that stops is named with its exit code and
## last lines and started again while the others keep running; one that keeps stopping stops all.
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
	@$(VENV_PY) -m portal.supervise Procfile

## test: the whole test suite (set DATABASE_URL, CELERY_BROKER_URL and REDIS_URL to use real services)
## TEST_WORKERS parallel processes, each with its own test database, Redis databases and var/
## directory (portal/settings/_xdist.py); TEST_WORKERS=0 runs everything in one process.
## Two passes: transactional tests flush the database, so they run after all the others
## (exit code 5, "no tests selected", is fine for a pass that a PYTEST_ARGS path leaves empty).
TEST_WORKERS ?= 2
PYTEST := $(VENV_PY) -m pytest $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadfile)
test: install node-tools
	@$(PYTEST) -m "not transactional" $(PYTEST_ARGS) || [ $$? -eq 5 ]
	@$(PYTEST) -m "transactional" $(PYTEST_ARGS) || [ $$? -eq 5 ]

lint: install
	@$(VENV_PY) -m ruff check .
	@$(VENV_PY) -m ruff format --check .

format: install
	@$(VENV_PY) -m ruff check --fix .
	@$(VENV_PY) -m ruff format .

## messages: refresh the catalogues of every language in settings.LANGUAGES from the code
messages: install
	@$(MANAGE) refresh_catalogues

check-deploy: install
	@DJANGO_SETTINGS_MODULE=portal.settings.production \
	DJANGO_SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=portal.example.jp \
	DATABASE_URL=postgres://portal@127.0.0.1:5432/portal PORTAL_PUBLIC_BASE_URL=https://portal.example.jp \
		$(MANAGE) check --deploy --fail-level WARNING

## audit: known vulnerabilities in the locked dependencies (QUALITY F5). Needs the PyPI JSON API
## (or OSV, AUDIT_SERVICE=osv); a package that could not be checked fails the run, never a silent pass.
AUDIT_SERVICE ?= pypi
audit: install
	@mkdir -p var && $(UV) export --format requirements-txt --no-hashes --no-emit-project --quiet > var/audit-requirements.txt
	@$(VENV_PY) -m pip_audit --requirement var/audit-requirements.txt --disable-pip --no-deps \
		--strict --vulnerability-service $(AUDIT_SERVICE) --progress-spinner off 2>&1 \
		| grep -v "encouraged to fully hash\|pip-compile" ; status=$${PIPESTATUS[0]}; \
	if [ $$status -ne 0 ]; then \
		echo "pip-audit FAILED (exit $$status): a known vulnerability, or packages NOT AUDITED because"; \
		echo "the vulnerability service ($(AUDIT_SERVICE)) could not be reached. This is not a pass."; \
		exit $$status; \
	fi

## faults: the whole fault suite (QUALITY I1-I6, H1, H3): private PostgreSQL, Redis and SMTP
## servers and real web, worker and beat processes; `make test` runs only its fast cases
faults: install
	@PORTAL_FAULTS=all $(VENV_PY) -m pytest -p no:cacheprovider -s tests/faults $(PYTEST_ARGS)

## bench: every benchmark in tests/bench on PostgreSQL and Redis (gunicorn, nginx and wrk for the
## HTTP ones; installed with apt-get when missing), printed as one table. Not a test: nothing fails.
## DATABASE_URL names the PostgreSQL server (throw-away bench databases are made on it) and
## CELERY_BROKER_URL the Redis the bulk benchmark's worker uses (DB 10 unless set).
bench: install
	@if ! command -v wrk >/dev/null 2>&1 || ! { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; }; then \
		echo "bench: installing wrk and nginx"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx >/dev/null; \
		if [ -f /run/nginx.pid ]; then /usr/sbin/nginx -s quit || true; fi; \
	fi
	@DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal} \
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/10} $(VENV_PY) -m tests.bench

## soak: `make run` from this checkout with a fresh var/ and no services, 300 bulk uploads and 1,000
## page requests in a row; then every mail sent once and web, worker and beat still their first
## processes (tests/bench/soak.py). Takes several minutes.
soak: install
	@env -u DATABASE_URL -u CELERY_BROKER_URL -u REDIS_URL -u REQUIRE_SERVICES \
		$(VENV_PY) -m tests.bench.soak $(SOAK_ARGS)

## ci: what .ci/run runs once services are up
ci: lint check-deploy
	@if [ "$${PORTAL_CI_AUDIT:-0}" = "1" ]; then $(MAKE) --no-print-directory audit; else \
		echo "pip-audit NOT RUN: set PORTAL_CI_AUDIT=1 where PyPI's JSON API is reachable (make audit)"; fi
	@$(MANAGE) makemigrations --check --dry-run -v1
	@$(MANAGE) compilemessages --ignore='.venv/*' -v0
	@$(MAKE) --no-print-directory test

clean:
	rm -rf var/ .pytest_cache .ruff_cache
