#!/usr/bin/env bash
# Installs what the tests need (Debian's chromium for the browser tests, the pip
# requirements) and runs the whole test suite. Used by the README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install -q -r requirements.txt
# two workers: most of the suite is single-threaded Python (AppTest, tracing, compiling);
# pytest.ini adds --dist loadgroup (the browser tests on one worker, one server)
exec python3 -m pytest -q -n "${NTK_TEST_WORKERS:-2}" "$@"
