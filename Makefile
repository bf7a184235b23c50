# WPZF 卫片执法 — developer tasks. Every target installs what it needs first (Debian 12, run as root or via sudo).
# The repository root is the plugin package `wpzf`; .build/plugins/wpzf links to it for QGIS and the tests.

PY        := /usr/bin/python3
ROOT      := $(CURDIR)
BUILD     := $(ROOT)/.build
PLUGINDIR := $(BUILD)/plugins
QGIS_ENV  := QGIS_PLUGINPATH=$(PLUGINDIR) PYTHONPATH=$(PLUGINDIR):/usr/share/qgis/python/plugins
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VERSION   := $(shell sed -n 's/^version=//p' metadata.txt)
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

# Debian packages: QGIS itself, test tools, what the reports and dossiers need.
DEBS := python3-qgis qgis qgis-providers gdal-bin python3-gdal \
        python3-pytest python3-pytestqt python3-mock \
        python3-geopandas python3-shapely python3-pyproj python3-numpy python3-scipy \
        python3-openpyxl python3-pil python3-docx python3-matplotlib \
        xvfb xauth fonts-noto-cjk poppler-utils \
        qttools5-dev-tools pyqt5-dev-tools zip make git python3-pip \
        libreoffice-calc-nogui python3-venv
# A shared work package on PostgreSQL/PostGIS (issue 17): the server for `make db` and the tests.
PG_DEBS := postgresql-15 postgresql-15-postgis-3 python3-psycopg2

# Shapely 2 (the overlay engine) for the system Python: Debian 12 ships 1.8. The wheel alone (--no-deps) sits beside
# Debian's numpy 1.24, geopandas 0.12 and QGIS; letting pip pull numpy 2 would break Debian's pandas.
SHAPELY := shapely==2.0.7

.PHONY: deps db link test qt6check unit fast demo bench package deploy i18n i18n-update clean

deps:
	@missing=$$(for p in $(DEBS) $(PG_DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "Debian packages present."; fi
	@$(PY) -c "import shapely, sys; sys.exit(int(shapely.__version__.split('.')[0]) < 2)" 2>/dev/null || \
	  { echo "Installing $(SHAPELY) for $(PY)"; \
	    $(SUDO) $(PY) -m pip install -q --break-system-packages --no-deps --root-user-action=ignore "$(SHAPELY)"; }

# A throw-away PostgreSQL 15 + PostGIS cluster for the tests (.build/pg, 127.0.0.1:54329, database wpzf_test, the
# county roles of docs/sql/wpzf_roles.sql); `/usr/bin/python3 tools/pg_cluster.py stop` stops it.
db: deps
	$(PY) tools/pg_cluster.py start

link:
	@mkdir -p $(PLUGINDIR) && ln -sfn $(ROOT) $(PLUGINDIR)/wpzf

# Everything: the QGIS 4 / Qt6 check, unit + Processing + dock tests, then the real QGIS desktop under xvfb.
# The test cluster is stopped afterwards only when this run started it (another session may be using it).
test: deps link i18n qt6check
	@if $(PY) tools/pg_cluster.py status >/dev/null 2>&1; then started=; else $(PY) tools/pg_cluster.py start || exit 1; started=1; fi; \
	cd $(ROOT) && QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests; rc=$$?; \
	if [ -n "$$started" ]; then $(PY) tools/pg_cluster.py stop; fi; exit $$rc

# QGIS 4 / Qt6 readiness: QGIS's own pyqt5_to_pyqt6 script (../shared/tools, run in a venv with PyQt6 from PyPI as
# its README says) must find nothing to change in a copy of the plugin, and no QGIS enum value may be unscoped.
QT6VENV  := $(BUILD)/qt6venv
QT6TOOL  := $(ROOT)/../shared/tools/pyqt5_to_pyqt6.py

qt6check: link
	@test -f $(QT6TOOL) || { echo "missing $(QT6TOOL) (../shared beside the checkout)"; exit 1; }
	@[ -x $(QT6VENV)/bin/python ] || { $(PY) -m venv $(QT6VENV) && \
	  $(QT6VENV)/bin/pip install -q --disable-pip-version-check PyQt6 PyQt6-QScintilla tokenize-rt; }
	@rm -rf $(BUILD)/qt6 && mkdir -p $(BUILD)/qt6/before $(BUILD)/qt6/after
	@git ls-files -z '*.py' | xargs -0 cp --parents -t $(BUILD)/qt6/before
	@cp -r $(BUILD)/qt6/before/. $(BUILD)/qt6/after
	@cd $(BUILD)/qt6/after && $(QT6VENV)/bin/python $(QT6TOOL) . >/dev/null 2>&1 || true
	@diff -r -u $(BUILD)/qt6/before $(BUILD)/qt6/after || { echo "pyqt5_to_pyqt6 would change the lines above"; exit 1; }
	@QT_QPA_PLATFORM=offscreen $(PY) tools/scoped_enums.py | tail -1
	@QT_QPA_PLATFORM=offscreen $(PY) tools/scoped_enums.py >/dev/null

# The QGIS-free tier (rules/: the plan's rules, deadlines, ratios, reports' figures) alone, in seconds.
UNIT_TESTS := tests/test_rules_*.py tests/test_periodic.py tests/test_ratio_text.py tests/test_fields_doc.py

unit: link
	cd $(ROOT) && WPZF_RULES_ONLY=1 $(PY) -m pytest -q -p no:cacheprovider $(UNIT_TESTS)

# Everything except the real QGIS desktop (quicker while working).
fast: deps db link i18n
	cd $(ROOT) && QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests -m "not e2e"

demo: deps link i18n
	$(PY) tools/demo.py --out $(ROOT)/demo-out

bench: deps link
	$(PY) bench/run_all.py

i18n:
	@for ts in i18n/*.ts; do lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# Refresh the .ts sources from the code (translators then edit them with Qt Linguist).
i18n-update:
	$(PY) tools/i18n_update.py

# Plugin zip from committed files only (git archive honours export-ignore), with compiled translations.
package: i18n
	rm -rf $(BUILD)/pkg dist && mkdir -p $(BUILD)/pkg dist
	git archive --format=tar --prefix=wpzf/ HEAD | tar -x -C $(BUILD)/pkg
	cp i18n/*.qm $(BUILD)/pkg/wpzf/i18n/
	cd $(BUILD)/pkg && zip -qr $(ROOT)/dist/wpzf-$(VERSION).zip wpzf
	@echo "dist/wpzf-$(VERSION).zip"

deploy: package
	mkdir -p $(PROFILE_DIR) && rm -rf $(PROFILE_DIR)/wpzf
	cd $(PROFILE_DIR) && unzip -q $(ROOT)/dist/wpzf-$(VERSION).zip
	@echo "Installed into $(PROFILE_DIR)/wpzf — enable it in QGIS: 插件 > 管理并安装插件."

clean:
	-@[ -d $(BUILD)/pg ] && $(PY) tools/pg_cluster.py stop
	rm -rf $(BUILD) dist demo-out bench-out i18n/*.qm
